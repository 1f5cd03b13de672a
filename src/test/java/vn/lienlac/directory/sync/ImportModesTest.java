package vn.lienlac.directory.sync;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.lienlac.directory.sync.Imports.batch;
import static vn.lienlac.directory.sync.Imports.invalidPhone;
import static vn.lienlac.directory.sync.Imports.mother;
import static vn.lienlac.directory.sync.Imports.newPhone;
import static vn.lienlac.directory.sync.Imports.request;
import static vn.lienlac.directory.sync.Imports.snapshot;
import static vn.lienlac.directory.sync.Imports.student;
import static vn.lienlac.directory.sync.Imports.withErrors;
import static vn.lienlac.directory.sync.SyncTestSupport.change;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.lienlac.directory.TestSchools;
import vn.lienlac.platform.error.ApiException;
import vn.lienlac.platform.error.ErrorCode;

/** Dry runs, rejected and partially valid imports, the import log, and the change notification. */
@QuarkusTest
class ImportModesTest {

    private static final String EVERY_TABLE = """
            SELECT concat_ws(',', (SELECT count(*) FROM school_class), (SELECT max(updated_at) FROM school_class),
                (SELECT count(*) FROM student), (SELECT max(updated_at) FROM student),
                (SELECT count(*) FROM enrollment), (SELECT max(ended_at) FROM enrollment),
                (SELECT count(*) FROM guardian), (SELECT max(updated_at) FROM guardian),
                (SELECT count(*) FROM student_guardian), (SELECT max(updated_at) FROM student_guardian),
                (SELECT count(*) FROM staff), (SELECT count(*) FROM teaching_assignment),
                (SELECT count(*) FROM directory_import), (SELECT count(*) FROM directory_event))""";

    @Inject
    TestSchools schools;
    @Inject
    SyncTestSupport sync;
    @Inject
    ImportLog importLog;
    @Inject
    DirectoryChangedRecorder changes;

    @Test
    void dryRunWritesNothingAndListsTheChanges() {
        String school = schools.newSchool();
        sync.students(snapshot(school), batch(student(2, school + "-1", "6A1"), student(3, school + "-2", "6A1")));
        List<String> before = sync.column(EVERY_TABLE);

        ImportReport report = sync.students(request(school, ImportMode.SNAPSHOT, true, false), batch(
                student(2, school + "-1", "6A2"), student(3, school + "-3", "6A1", mother("Lê Thị Tư", newPhone()))));

        assertEquals(before, sync.column(EVERY_TABLE));
        assertEquals(ImportStatus.DRY_RUN, report.status());
        assertNull(report.importId());
        assertEquals(new ImportCounts(2, 1, 1, 1, 0, 0), report.counts());
        assertEquals(school + "-3", change(report, ChangeEntity.STUDENT, ChangeAction.CREATED).key());
        assertEquals(school + "-2", change(report, ChangeEntity.STUDENT, ChangeAction.DEACTIVATED).key());
        assertEquals("6A2", change(report, ChangeEntity.CLASS, ChangeAction.CREATED).key());
        change(report, ChangeEntity.GUARDIAN, ChangeAction.CREATED);
    }

    @Test
    void invalidRowsWithoutSkipInvalidRecordARejectedImportAndNothingElse() {
        String school = schools.newSchool();
        var batch = withErrors(List.of(student(2, school + "-1", "6A1")), invalidPhone(3));

        ApiException failure = assertThrows(ApiException.class, () -> sync.students(snapshot(school), batch));

        assertEquals(ErrorCode.IMPORT_REJECTED, failure.code());
        assertTrue(failure.detail().startsWith("1 dòng không hợp lệ"), failure.detail());
        assertEquals(List.of(invalidPhone(3)), failure.errors());
        assertEquals(List.of("REJECTED|2|1|1|INVALID_PHONE"), sync.column("""
                SELECT i.status || '|' || i.row_count || '|' || i.invalid_count || '|' || i.error_count || '|'
                    || (i.errors -> 0 ->> 'code')
                FROM directory_import i JOIN school s ON s.id = i.school_id WHERE s.code = $1""", school));
        assertEquals(0, schools.count("SELECT count(*) FROM student WHERE student_code = $1", school + "-1"));
        assertEquals(List.of(), sync.events(school));
    }

    @Test
    void dryRunWithInvalidRowsReportsTheValidRowsAndTheErrors() {
        String school = schools.newSchool();
        var batch = withErrors(List.of(student(2, school + "-1", "6A1")), invalidPhone(3));

        ImportReport report = sync.students(request(school, ImportMode.SNAPSHOT, true, false), batch);

        assertEquals(ImportStatus.DRY_RUN, report.status());
        assertEquals(new ImportCounts(2, 1, 0, 0, 0, 1), report.counts());
        assertEquals(List.of(invalidPhone(3)), report.errors());
        assertEquals(0, schools.count("""
                SELECT count(*) FROM directory_import i JOIN school s ON s.id = i.school_id WHERE s.code = $1""",
                school));
    }

    @Test
    void skipInvalidAppliesTheValidRowsAndDeactivatesNobody() {
        String school = schools.newSchool();
        sync.students(snapshot(school), batch(student(2, school + "-1", "6A1"), student(3, school + "-2", "6A1")));
        var batch = withErrors(List.of(student(2, school + "-1", "6A2")), invalidPhone(3));

        ImportReport report = sync.students(request(school, ImportMode.SNAPSHOT, false, true), batch);

        assertEquals(ImportStatus.APPLIED, report.status());
        assertEquals(new ImportCounts(2, 0, 1, 0, 0, 1), report.counts());
        assertTrue(report.warnings().stream().anyMatch(w -> w.code().equals("SNAPSHOT_DEACTIVATION_SKIPPED")));
        assertEquals(List.of("true"), sync.column("SELECT active FROM student WHERE student_code = $1", school + "-2"));
        assertEquals(List.of("APPLIED|1"), sync.column("""
                SELECT i.status || '|' || i.invalid_count FROM directory_import i JOIN school s ON s.id = i.school_id
                WHERE s.code = $1 ORDER BY i.started_at DESC LIMIT 1""", school));
    }

    @Test
    void unknownSchoolIsNotFound() {
        ApiException failure = assertThrows(ApiException.class,
                () -> sync.students(snapshot("KHONG-CO"), batch(student(2, "X-1", "6A1"))));

        assertEquals(ErrorCode.NOT_FOUND, failure.code());
        assertEquals("Không tìm thấy trường KHONG-CO.", failure.detail());
    }

    @Test
    void importLogListsTheSchoolsImportsNewestFirst() {
        String school = schools.newSchool();
        ImportReport first = sync.students(snapshot(school), batch(student(2, school + "-1", "6A1")));
        ImportReport second = sync.students(snapshot(school), batch(student(2, school + "-1", "6A2")));

        List<ImportSummary> log = importLog.listForSchool(school, 10).await().atMost(Duration.ofSeconds(30));

        assertEquals(List.of(second.importId(), first.importId()), log.stream().map(ImportSummary::id).toList());
        ImportSummary latest = log.get(0);
        assertEquals(school, latest.schoolCode());
        assertEquals(ImportKind.STUDENTS, latest.kind());
        assertEquals(ImportStatus.APPLIED, latest.status());
        assertEquals(second.counts(), latest.counts());
        assertEquals("test-admin", latest.actor());
        assertEquals("0f".repeat(32), latest.fileSha256());
        assertEquals(latest, importLog.find(second.importId()).await().atMost(Duration.ofSeconds(30)));
    }

    @Test
    void importLogOfAnUnknownSchoolIsNotFoundAndAnUnknownImportIsNull() {
        ApiException failure = assertThrows(ApiException.class,
                () -> importLog.listForSchool("KHONG-CO", 10).await().atMost(Duration.ofSeconds(30)));

        assertEquals(ErrorCode.NOT_FOUND, failure.code());
        assertNull(importLog.find(UUID.randomUUID()).await().atMost(Duration.ofSeconds(30)));
    }

    @Test
    void appliedChangesAreAnnouncedAfterCommit() {
        String school = schools.newSchool();

        ImportReport report = sync.students(snapshot(school), batch(student(2, school + "-1", "6A1")));

        await().atMost(Duration.ofSeconds(10))
                .until(() -> changes.received().contains(new DirectoryChanged(school, report.importId())));
    }
}
