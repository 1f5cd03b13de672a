package vn.lienlac.directory.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.lienlac.directory.sync.Imports.mother;
import static vn.lienlac.directory.sync.Imports.newPhone;
import static vn.lienlac.directory.sync.Imports.snapshot;
import static vn.lienlac.directory.sync.Imports.student;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.lienlac.directory.TestSchools;
import vn.lienlac.directory.importing.ParsedBatch;
import vn.lienlac.directory.model.StudentRecord;

@QuarkusTest
class ConcurrentImportTest {

    @Inject
    TestSchools schools;
    @Inject
    SyncTestSupport sync;
    @Inject
    DirectorySync directorySync;

    @Test
    void concurrentImportsOfOneSchoolRunOneAfterTheOther() {
        String school = schools.newSchool();
        List<String> phones = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            phones.add(newPhone());
        }

        List<ImportReport> reports = Uni.join().all(
                        directorySync.syncStudents(snapshot(school), school(school, "6A1", phones)),
                        directorySync.syncStudents(snapshot(school), school(school, "6A2", phones)))
                .andFailFast().await().atMost(Duration.ofSeconds(60));

        assertEquals(Set.of(50, 0), Set.of(reports.get(0).counts().created(), reports.get(1).counts().created()));
        assertEquals(50, schools.count("""
                SELECT count(*) FROM student st JOIN school s ON s.id = st.school_id WHERE s.code = $1""", school));
        assertEquals(50, schools.count("""
                SELECT count(*) FROM enrollment e JOIN student st ON st.id = e.student_id
                JOIN school s ON s.id = st.school_id WHERE s.code = $1 AND e.active""", school));
        assertEquals(1, schools.count("""
                SELECT count(DISTINCT e.class_id) FROM enrollment e JOIN student st ON st.id = e.student_id
                JOIN school s ON s.id = st.school_id WHERE s.code = $1 AND e.active""", school));
        assertEquals(50, schools.count("SELECT count(*) FROM guardian WHERE phone = ANY($1)",
                (Object) phones.toArray(String[]::new)));
        assertEquals(50, schools.count("""
                SELECT count(*) FROM student_guardian sg JOIN guardian g ON g.id = sg.guardian_id
                WHERE g.phone = ANY($1) AND sg.active""", (Object) phones.toArray(String[]::new)));
    }

    private static ParsedBatch<StudentRecord> school(String school, String className, List<String> phones) {
        List<StudentRecord> records = new ArrayList<>();
        for (int i = 0; i < phones.size(); i++) {
            records.add(student(i + 2, school + "-" + i, className, mother("Phụ Huynh " + i, phones.get(i))));
        }
        return new ParsedBatch<>(records, List.of(), List.of(), records.size());
    }
}
