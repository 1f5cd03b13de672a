package vn.lienlac.chat.membership;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;
import vn.lienlac.directory.TestSchools;
import vn.lienlac.directory.importing.ParsedBatch;
import vn.lienlac.directory.model.GuardianRecord;
import vn.lienlac.directory.model.StaffRecord;
import vn.lienlac.directory.model.StudentRecord;
import vn.lienlac.directory.sync.Imports;
import vn.lienlac.directory.sync.SyncTestSupport;

/**
 * A school of 1,000 students in 40 classes (two guardians each) and 50 teachers: logs how long its groups take to
 * follow the directory. Speed is measured here, not asserted; the benchmark in load-tests/ holds the targets.
 */
@QuarkusTest
class GroupReconcileSpeedTest {

    private static final Logger LOG = Logger.getLogger(GroupReconcileSpeedTest.class);
    private static final int STUDENTS = 1_000;
    private static final int CLASSES = 40;

    @Inject
    TestSchools schools;
    @Inject
    SyncTestSupport sync;
    @Inject
    ChatDirectory directory;
    @Inject
    RosterReconciler membership;

    @Test
    void groupsOfASchoolOfAThousandStudentsFollowItsImports() {
        String school = schools.newSchool();
        List<StudentRecord> students = students(school);
        sync.staff(Imports.snapshot(school), Imports.batch(teachers(school).toArray(StaffRecord[]::new)));

        long start = System.nanoTime();
        sync.students(Imports.snapshot(school), new ParsedBatch<>(students, List.of(), List.of(), STUDENTS));
        long imported = System.nanoTime();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(10))
                .until(() -> directory.groupEvents(school) == expectedJoins());
        long filled = System.nanoTime();

        membership.reconcile(school).await().atMost(Duration.ofSeconds(30));
        long noop = System.nanoTime();

        StudentRecord leaving = students.get(0);
        String mother = directory.guardian(leaving.guardians().get(0).phone());
        long group = directory.classGroup(school, leaving.className(), "CLASS");
        sync.students(Imports.snapshot(school), new ParsedBatch<>(students.subList(1, STUDENTS), List.of(),
                List.of(), STUDENTS - 1));
        long reimported = System.nanoTime();
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(5))
                .until(() -> !directory.members(group).contains(mother));
        long left = System.nanoTime();

        LOG.infof("Chat groups of %d students: filled %d ms after the import (%d events); an unchanged reconcile"
                + " %d ms; a guardian removed by a snapshot left %d ms after the import returned (the import: %d ms)",
                STUDENTS, millis(imported, filled), expectedJoins(), millis(filled, noop), millis(reimported, left),
                millis(start, imported));
        assertEquals(expectedJoins() + 2, directory.groupEvents(school), "the mother and the father left");
    }

    /** Each class: its homeroom teacher, the two subject teachers of its group of eight classes, 50 guardians. */
    private static long expectedJoins() {
        return CLASSES * (3 + 2 * STUDENTS / CLASSES) + 50;
    }

    private static List<StudentRecord> students(String school) {
        List<StudentRecord> students = new ArrayList<>(STUDENTS);
        for (int i = 0; i < STUDENTS; i++) {
            students.add(Imports.student(i + 2, school + "-" + i, className(i % CLASSES),
                    Imports.mother("Mẹ Học Sinh " + i, Imports.newPhone()),
                    Imports.father("Bố Học Sinh " + i, Imports.newPhone())));
        }
        return students;
    }

    /** A homeroom teacher per class, and ten subject teachers who each teach eight classes. */
    private static List<StaffRecord> teachers(String school) {
        List<StaffRecord> teachers = new ArrayList<>();
        for (int c = 0; c < CLASSES; c++) {
            teachers.add(Imports.teacher(c + 2, school + "-CN" + c, className(c), List.of(), List.of()));
        }
        for (int t = 0; t < 10; t++) {
            List<String> classes = new ArrayList<>();
            for (int c = (t % 5) * 8; c < (t % 5) * 8 + 8; c++) {
                classes.add(className(c));
            }
            teachers.add(Imports.teacher(CLASSES + t + 2, school + "-BM" + t, null,
                    List.of(t < 5 ? "Toán" : "Ngữ văn"), classes));
        }
        return teachers;
    }

    private static String className(int c) {
        return (6 + c / 10) + "A" + (1 + c % 10);
    }

    private static long millis(long from, long to) {
        return (to - from) / 1_000_000;
    }
}
