package vn.lienlac.directory.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.lienlac.directory.importing.ImportFixtures.csv;
import static vn.lienlac.directory.importing.ImportFixtures.csvLines;
import static vn.lienlac.directory.importing.ImportFixtures.onlyError;
import static vn.lienlac.directory.importing.ImportFixtures.students;
import static vn.lienlac.directory.importing.ImportFixtures.warning;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.lienlac.directory.model.Gender;
import vn.lienlac.directory.model.GuardianRecord;
import vn.lienlac.directory.model.Relationship;
import vn.lienlac.directory.model.StudentRecord;
import vn.lienlac.platform.error.ApiException;
import vn.lienlac.platform.error.ErrorCode;

/** Student rows from CSV (the file rules) and JSON (the same rules, other row and column names). */
class StudentImportReaderTest {

    private static final String HEADER = "Mã học sinh,Họ và tên,Ngày sinh,Giới tính,Lớp,Họ tên cha,SĐT cha,"
            + "Họ tên mẹ,SĐT mẹ";

    private static ParsedBatch<StudentRecord> readCsv(String... lines) {
        return students().read(csvLines(lines), ImportFormat.CSV);
    }

    @Test
    void columnsAreFoundByVietnameseHeaderInAnyOrderAndSpelling() {
        var batch = readCsv(
                "SĐT MẸ,lop,Ho va ten,Số điện thoại cha,Ngày sinh,Mã HS,Họ tên mẹ,Họ tên cha,GIỚI TÍNH",
                "0987 654 321,6a1,Nguyễn Văn An,0912345678,05/09/2013,HS001,Lê Thị Hoa,Nguyễn Văn Bình,Nam");

        assertEquals(List.of(), batch.errors());
        assertEquals(List.of(), batch.warnings());
        assertEquals(List.of(new StudentRecord(2, "HS001", "Nguyễn Văn An", LocalDate.of(2013, 9, 5), Gender.MALE,
                "6A1", List.of(
                        new GuardianRecord(Relationship.FATHER, "Nguyễn Văn Bình", "+84912345678"),
                        new GuardianRecord(Relationship.MOTHER, "Lê Thị Hoa", "+84987654321")))), batch.records());
        assertEquals(1, batch.rowCount());
    }

    @Test
    void csvWithByteOrderMarkAndSemicolonsIsRead() {
        var batch = students().read(csv("\uFEFFMã học sinh;Họ và tên;Ngày sinh;Lớp\r\n"
                + "HS001;\"Trần Thị Bích Ngọc\";12/1/2014;Lớp 5A\r\n"), ImportFormat.CSV);

        assertEquals(List.of(), batch.errors());
        StudentRecord student = batch.records().get(0);
        assertEquals("HS001", student.studentCode());
        assertEquals("Trần Thị Bích Ngọc", student.fullName());
        assertEquals("5A", student.className());
    }

    @Test
    void delimiterComesFromTheHeaderLineNotFromListsInDataRows() {
        var batch = readCsv("Trường THCS Nguyễn Du; Quận 1",
                "Mã học sinh,Họ và tên,Ngày sinh,Lớp",
                "HS001,Vũ Gia Huy;;;;;;,01/06/2013,6A1");

        assertEquals(List.of(), batch.errors());
        assertEquals("Vũ Gia Huy;;;;;;", batch.records().get(0).fullName());
    }

    @Test
    void quotedFieldsMayHoldTheDelimiter() {
        var batch = readCsv("Mã học sinh,Họ và tên,Ngày sinh,Lớp", "HS001,\"Phạm, Minh Khôi\",2014-02-03,5A");

        assertEquals("Phạm, Minh Khôi", batch.records().get(0).fullName());
        assertEquals(LocalDate.of(2014, 2, 3), batch.records().get(0).dateOfBirth());
    }

    @Test
    void decomposedNamesAreStoredComposed() {
        String nfd = Normalizer.normalize("Đỗ Thị Thuỷ Tiên", Normalizer.Form.NFD);

        var batch = readCsv(HEADER, "HS001," + nfd + ",01/06/2013,,6A1,,,Hoàng Thị Lụa,0912345678");

        assertEquals("Đỗ Thị Thuỷ Tiên", batch.records().get(0).fullName());
        assertTrue(Normalizer.isNormalized(batch.records().get(0).fullName(), Normalizer.Form.NFC));
    }

    @Test
    void fatherAndMotherSharingOnePhoneWrittenDifferentlyAreBothKeptWithAWarning() {
        var batch = readCsv(HEADER,
                "HS001,Vũ Gia Huy,01/06/2013,Nam,6A1,Vũ Văn Long,0912 345 678,Đinh Thị Mai,(+84) 912.345.678");

        List<GuardianRecord> guardians = batch.records().get(0).guardians();
        assertEquals(List.of("+84912345678", "+84912345678"), guardians.stream().map(GuardianRecord::phone).toList());
        RowError shared = warning(batch, "SHARED_PHONE");
        assertEquals(2, shared.row());
        assertEquals("SĐT mẹ", shared.column());
        assertTrue(shared.message().contains("0912 345 678"), shared.message());
    }

    @Test
    void invalidPhoneIsAnErrorOnItsColumnAsWrittenQuotingTheValue() {
        var batch = readCsv("Mã học sinh,Họ và tên,Ngày sinh,Lớp,Họ tên cha,Số điện thoại cha",
                "HS001,Vũ Gia Huy,01/06/2013,6A1,Vũ Văn Long,0912 345 678",
                "HS002,Lý Thu Hà,02/07/2013,6A1,Lý Văn Nam,024 3825 1234");

        RowError error = onlyError(batch);
        assertEquals(new RowError(3, "Số điện thoại cha", "INVALID_PHONE", error.message()), error);
        assertTrue(error.message().contains("“024 3825 1234”"), error.message());
        assertEquals(List.of("HS001"), batch.records().stream().map(StudentRecord::studentCode).toList());
        assertEquals(2, batch.rowCount());
    }

    @ParameterizedTest
    @ValueSource(strings = {"31/02/2013", "2013/06/01", "1-6-2013", "tháng 6"})
    void impossibleOrUnreadableBirthDateIsInvalid(String date) {
        RowError error = onlyError(readCsv(HEADER, "HS001,Vũ Gia Huy," + date + ",Nam,6A1,,,,"));

        assertEquals(new RowError(2, "Ngày sinh", "INVALID_DATE", error.message()), error);
    }

    @Test
    void birthDateAfterTodayIsInTheFuture() {
        RowError error = onlyError(readCsv(HEADER, "HS001,Vũ Gia Huy,16/03/2026,Nam,6A1,,,,"));

        assertEquals("FUTURE_DATE", error.code());
    }

    @Test
    void studentBornBefore1990IsATypingMistake() {
        assertEquals("INVALID_DATE", onlyError(readCsv(HEADER, "HS001,Vũ Gia Huy,31/12/1989,Nam,6A1,,,,")).code());
    }

    @ParameterizedTest
    @ValueSource(strings = {"5/9/2013", "05/09/2013", "2013-09-05"})
    void birthDateMayBeDayFirstOrIso(String date) {
        var batch = readCsv(HEADER, "HS001,Vũ Gia Huy," + date + ",Nam,6A1,,,,");

        assertEquals(LocalDate.of(2013, 9, 5), batch.records().get(0).dateOfBirth());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Nữ", "nữ", "nu", "F", "female", "FEMALE"})
    void genderAcceptsVietnameseAndEnglishSpellings(String gender) {
        var batch = readCsv(HEADER, "HS001,Lý Thu Hà,02/07/2013," + gender + ",6A1,,,,");

        assertEquals(Gender.FEMALE, batch.records().get(0).gender());
    }

    @Test
    void blankGenderIsUnknown() {
        assertNull(readCsv(HEADER, "HS001,Lý Thu Hà,02/07/2013,,6A1,,,,").records().get(0).gender());
    }

    @Test
    void unrecognisedGenderIsAnError() {
        RowError error = onlyError(readCsv(HEADER, "HS001,Lý Thu Hà,02/07/2013,Khác,6A1,,,,"));

        assertEquals(new RowError(2, "Giới tính", "INVALID_GENDER", error.message()), error);
    }

    @Test
    void repeatedStudentCodeMakesLaterRowsErrorsNamingTheFirstRow() {
        var batch = readCsv(HEADER,
                "HS001,Vũ Gia Huy,01/06/2013,Nam,6A1,,,,",
                "HS002,Lý Thu Hà,02/07/2013,Nữ,6A1,,,,",
                " HS001 ,Vũ Gia Bảo,03/08/2013,Nam,6A2,,,,");

        RowError error = onlyError(batch);
        assertEquals(new RowError(4, "Mã học sinh", "DUPLICATE_CODE", error.message()), error);
        assertTrue(error.message().contains("dòng 2"), error.message());
        assertEquals(2, batch.records().size());
    }

    @Test
    void requiredCellsLeftEmptyAreErrorsOnEachColumn() {
        var batch = readCsv(HEADER, " ,,,,,,,,,", "HS002,,02/07/2013,Nữ,6A1,,,,");

        assertEquals(List.of(new RowError(3, "Họ và tên", "REQUIRED", "“Họ và tên” không được để trống.")),
                batch.errors());
        assertEquals(1, batch.rowCount());
    }

    @Test
    void nameLongerThan150CharactersIsTooLong() {
        RowError error = onlyError(readCsv(HEADER, "HS001," + "Nguyễn ".repeat(30) + ",01/06/2013,,6A1,,,,"));

        assertEquals("TOO_LONG", error.code());
        assertEquals("Họ và tên", error.column());
    }

    @Test
    void guardianNameWithoutPhoneIsSkippedWithAWarning() {
        var batch = readCsv(HEADER, "HS001,Vũ Gia Huy,01/06/2013,Nam,6A1,Vũ Văn Long,,Đinh Thị Mai,0987654321");

        assertEquals(List.of(Relationship.MOTHER),
                batch.records().get(0).guardians().stream().map(GuardianRecord::relationship).toList());
        assertEquals("Họ tên cha", warning(batch, "GUARDIAN_WITHOUT_PHONE").column());
    }

    @Test
    void guardianPhoneWithoutNameIsAnErrorOnTheNameColumn() {
        RowError error = onlyError(readCsv(HEADER, "HS001,Vũ Gia Huy,01/06/2013,Nam,6A1,,0912345678,,"));

        assertEquals(new RowError(2, "Họ tên cha", "REQUIRED", error.message()), error);
    }

    @Test
    void unknownColumnIsAWarningOnTheHeaderRowAndIgnored() {
        var batch = readCsv("STT,Mã học sinh,Họ và tên,Ngày sinh,Lớp,Dân tộc",
                "1,HS001,Vũ Gia Huy,01/06/2013,6A1,Kinh");

        assertEquals(List.of(new RowError(1, "Dân tộc", "UNKNOWN_COLUMN",
                "Cột “Dân tộc” không được hỗ trợ nên bị bỏ qua.")), batch.warnings());
        assertEquals(1, batch.records().size());
    }

    @Test
    void missingRequiredColumnRejectsTheFileWithoutRows() {
        var batch = readCsv("Mã học sinh,Họ và tên,Lớp", "HS001,Vũ Gia Huy,6A1");

        RowError error = onlyError(batch);
        assertEquals(new RowError(1, "Ngày sinh", "MISSING_COLUMN", error.message()), error);
        assertEquals(List.of(), batch.records());
        assertEquals(0, batch.rowCount());
    }

    @Test
    void titleLinesAboveTheHeaderAreSkippedAndRowNumbersStayThoseOfTheSheet() {
        var batch = readCsv(
                "DANH SÁCH HỌC SINH,,,",
                "Trường THCS Nguyễn Du - Năm học 2025-2026,,,",
                "",
                "Mã học sinh,Họ và tên,Ngày sinh,Lớp",
                "HS001,Vũ Gia Huy,01/06/2013,6A1",
                ",,,",
                "HS002,Lý Thu Hà,31/02/2013,6A1");

        assertEquals(List.of(5), batch.records().stream().map(StudentRecord::row).toList());
        assertEquals(7, onlyError(batch).row());
        assertEquals(2, batch.rowCount());
    }

    @Test
    void fileWithoutAHeaderInTheFirstTenRowsMissesEveryRequiredColumn() {
        var batch = readCsv("Danh sách", "HS001,Vũ Gia Huy,01/06/2013,6A1");

        assertEquals(List.of("Mã học sinh", "Họ và tên", "Ngày sinh", "Lớp"),
                batch.errors().stream().map(RowError::column).toList());
        assertTrue(batch.errors().stream().allMatch(e -> e.code().equals("MISSING_COLUMN")));
    }

    @Test
    void moreDataRowsThanTheLimitRejectTheFile() {
        var reader = students(2);
        var file = csvLines(HEADER, "HS1,A,01/06/2013,,6A1,,,,", "HS2,B,01/06/2013,,6A1,,,,",
                "HS3,C,01/06/2013,,6A1,,,,");

        ApiException e = assertThrows(ApiException.class, () -> reader.read(file, ImportFormat.CSV));

        assertEquals(ErrorCode.PAYLOAD_TOO_LARGE, e.code());
        assertTrue(e.detail().contains("2 dòng"), e.detail());
    }

    @Test
    void csvNotInUtf8IsUnreadable() {
        byte[] latin = (HEADER + "\r\nHS001,Vũ Gia Huy,01/06/2013,,6A1,,,,\r\n").getBytes(Charset.forName("UTF-16LE"));

        ApiException e = assertThrows(ApiException.class,
                () -> students().read(new ByteArrayInputStream(latin), ImportFormat.CSV));

        assertEquals(ErrorCode.UNREADABLE_FILE, e.code());
    }

    @Test
    void jsonRowsFollowTheSameRulesNamingRowsByIndexAndColumnsByField() {
        var batch = students().fromJson(List.of(
                new StudentRow("HS001", "Vũ Gia Huy", "2013-06-01", "Nam", "lớp 6a1", "Vũ Văn Long", "84912345678",
                        null, null, null, null),
                new StudentRow("HS002", "Lý Thu Hà", "02/07/2013", "Nữ", "6A1", null, null, "Lý Thị Hồng",
                        "0912 345", null, null),
                new StudentRow("HS001", "Vũ Gia Bảo", "03/08/2013", null, "6A2", null, null, null, null, null, null)));

        assertEquals(List.of(
                new RowError(2, "motherPhone", "INVALID_PHONE", batch.errors().get(0).message()),
                new RowError(3, "studentCode", "DUPLICATE_CODE", batch.errors().get(1).message())), batch.errors());
        StudentRecord first = batch.records().get(0);
        assertEquals("6A1", first.className());
        assertEquals("+84912345678", first.guardians().get(0).phone());
        assertEquals(3, batch.rowCount());
    }

    @Test
    void jsonWithMoreItemsThanTheLimitIsRejected() {
        var row = new StudentRow("HS001", "Vũ Gia Huy", "2013-06-01", null, "6A1", null, null, null, null, null, null);

        ApiException e = assertThrows(ApiException.class, () -> students(1).fromJson(List.of(row, row)));

        assertEquals(ErrorCode.PAYLOAD_TOO_LARGE, e.code());
    }

    @Test
    void nullJsonItemIsARowWithEveryRequiredFieldMissing() {
        var batch = students().fromJson(java.util.Arrays.asList((StudentRow) null));

        assertFalse(batch.errors().isEmpty());
        assertTrue(batch.errors().stream().allMatch(e -> e.row() == 1 && e.code().equals("REQUIRED")));
    }
}
