package vn.lienlac.directory.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;
import vn.lienlac.directory.TestSchools;
import vn.lienlac.directory.importing.ParsedBatch;
import vn.lienlac.directory.model.Gender;
import vn.lienlac.directory.model.GuardianRecord;
import vn.lienlac.directory.model.Relationship;
import vn.lienlac.directory.model.StudentRecord;

/**
 * Imports a generated school of 1,000 students (about 1,700 guardians) and logs how long it takes. Speed is measured
 * here, not asserted: the benchmark in load-tests/ holds the targets.
 */
@QuarkusTest
class ImportSpeedTest {

    private static final Logger LOG = Logger.getLogger(ImportSpeedTest.class);
    private static final int STUDENTS = 1_000;

    @Inject
    TestSchools schools;
    @Inject
    SyncTestSupport sync;

    @Test
    void schoolOfAThousandStudentsImportsAndReimports() {
        String school = schools.newSchool();
        ParsedBatch<StudentRecord> batch = generated(school);

        long start = System.nanoTime();
        ImportReport first = sync.students(Imports.snapshot(school), batch);
        long firstMillis = (System.nanoTime() - start) / 1_000_000;
        start = System.nanoTime();
        ImportReport again = sync.students(Imports.snapshot(school), batch);
        long againMillis = (System.nanoTime() - start) / 1_000_000;

        LOG.infof("Imported %d students with %d guardians in %d ms; unchanged re-import in %d ms", STUDENTS,
                schools.count("SELECT count(DISTINCT sg.guardian_id) FROM student_guardian sg "
                        + "JOIN student st ON st.id = sg.student_id JOIN school s ON s.id = st.school_id "
                        + "WHERE s.code = $1", school), firstMillis, againMillis);
        assertEquals(STUDENTS, first.counts().created());
        assertEquals(STUDENTS, again.counts().unchanged());
    }

    /** 1,000 students in 28 classes; every student has a mother, seven in ten a father, one in ten a sibling. */
    static ParsedBatch<StudentRecord> generated(String school) {
        List<StudentRecord> records = new ArrayList<>(STUDENTS);
        List<GuardianRecord> previous = List.of();
        for (int i = 0; i < STUDENTS; i++) {
            List<GuardianRecord> guardians;
            if (i % 10 == 9) {
                guardians = previous;
            } else {
                guardians = new ArrayList<>();
                guardians.add(new GuardianRecord(Relationship.MOTHER, "Mẹ Học Sinh " + i, Imports.newPhone()));
                if (i % 10 < 7) {
                    guardians.add(new GuardianRecord(Relationship.FATHER, "Bố Học Sinh " + i, Imports.newPhone()));
                }
            }
            String className = (6 + i % 4) + "A" + (1 + i / 4 % 7);
            records.add(new StudentRecord(i + 2, school + "-" + i, "Học Sinh Số " + i,
                    LocalDate.of(2012 + i % 4, 1 + i % 12, 1 + i % 28), i % 2 == 0 ? Gender.MALE : Gender.FEMALE,
                    className, guardians));
            previous = guardians;
        }
        return new ParsedBatch<>(records, List.of(), List.of(), records.size());
    }
}
