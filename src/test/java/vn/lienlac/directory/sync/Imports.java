package vn.lienlac.directory.sync;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import vn.lienlac.directory.importing.ImportFormat;
import vn.lienlac.directory.importing.ParsedBatch;
import vn.lienlac.directory.importing.RowError;
import vn.lienlac.directory.model.Gender;
import vn.lienlac.directory.model.GuardianRecord;
import vn.lienlac.directory.model.Relationship;
import vn.lienlac.directory.model.StaffRecord;
import vn.lienlac.directory.model.StaffRole;
import vn.lienlac.directory.model.StudentRecord;

/** Builds import requests and records for tests, with phone numbers unique in the test database. */
public final class Imports {

    public static final String YEAR = "2026-2027";
    private static final AtomicInteger PHONES = new AtomicInteger();

    private Imports() {
    }

    /** A phone number no other test uses. */
    public static String newPhone() {
        return "+849" + String.format("%08d", PHONES.incrementAndGet());
    }

    public static ImportRequest snapshot(String school) {
        return request(school, ImportMode.SNAPSHOT, false, false);
    }

    public static ImportRequest delta(String school) {
        return request(school, ImportMode.DELTA, false, false);
    }

    public static ImportRequest request(String school, ImportMode mode, boolean dryRun, boolean skipInvalid) {
        return new ImportRequest(school, mode, ImportFormat.JSON, YEAR, dryRun, skipInvalid, "hoc-sinh.xlsx",
                "0f".repeat(32), "test-admin");
    }

    @SafeVarargs
    public static <T> ParsedBatch<T> batch(T... records) {
        return new ParsedBatch<>(List.of(records), List.of(), List.of(), records.length);
    }

    /** A batch whose source also had invalid rows with these errors (one row each). */
    public static <T> ParsedBatch<T> withErrors(List<T> records, RowError... errors) {
        return new ParsedBatch<>(records, Arrays.asList(errors), List.of(), records.size() + errors.length);
    }

    public static RowError invalidPhone(int row) {
        return new RowError(row, "SĐT cha", "INVALID_PHONE", "Số điện thoại không hợp lệ");
    }

    public static StudentRecord student(int row, String code, String className, GuardianRecord... guardians) {
        return new StudentRecord(row, code, "Học Sinh " + code, LocalDate.of(2014, 9, 1), Gender.FEMALE, className,
                List.of(guardians));
    }

    public static GuardianRecord father(String name, String phone) {
        return new GuardianRecord(Relationship.FATHER, name, phone);
    }

    public static GuardianRecord mother(String name, String phone) {
        return new GuardianRecord(Relationship.MOTHER, name, phone);
    }

    /** A teacher whose other fields depend only on the code, so that building it twice gives equal records. */
    public static StaffRecord teacher(int row, String code, String homeroomClass, List<String> subjects,
            List<String> classes) {
        String phone = "+849" + String.format("%08d", Math.floorMod(code.hashCode(), 100_000_000));
        return new StaffRecord(row, code, "Giáo Viên " + code, LocalDate.of(1985, 3, 8), null, StaffRole.TEACHER,
                phone, code.toLowerCase() + "@truong.edu.vn", homeroomClass, subjects, classes);
    }
}
