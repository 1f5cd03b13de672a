package vn.lienlac.directory.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.lienlac.directory.importing.ImportFixtures.csvLines;
import static vn.lienlac.directory.importing.ImportFixtures.onlyError;
import static vn.lienlac.directory.importing.ImportFixtures.staff;
import static vn.lienlac.directory.importing.ImportFixtures.warning;
import static vn.lienlac.directory.importing.ImportFixtures.xlsx;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import vn.lienlac.directory.model.Gender;
import vn.lienlac.directory.model.StaffRecord;
import vn.lienlac.directory.model.StaffRole;

class StaffImportReaderTest {

    private static final String HEADER =
            "Mã cán bộ,Họ và tên,Ngày sinh,Chức vụ,SĐT,Email,Chủ nhiệm lớp,Môn dạy,Lớp dạy";

    private static ParsedBatch<StaffRecord> readCsv(String... lines) {
        return staff().read(csvLines(lines), ImportFormat.CSV);
    }

    private static StaffRow person(String code, String position) {
        return new StaffRow(code, "Nguyễn Thị Lan", null, null, position, null, null, null, null, null);
    }

    @Test
    void staffRowIsReadWithListsSplitOnCommaOrSemicolon() {
        var batch = readCsv(HEADER, "CB001,Nguyễn Thị Lan,20/10/1985,Giáo viên,0912 345 678,Lan.NT@Truong.EDU.vn,"
                + "6a1,\"Toán; Tin học, Toán\",\"6A1, 6 a2;lớp 7A1\"");

        assertEquals(List.of(), batch.errors());
        assertEquals(new StaffRecord(2, "CB001", "Nguyễn Thị Lan", LocalDate.of(1985, 10, 20), null, StaffRole.TEACHER,
                "+84912345678", "lan.nt@truong.edu.vn", "6A1", List.of("Toán", "Tin học"),
                List.of("6A1", "6A2", "7A1")), batch.records().get(0));
    }

    @ParameterizedTest
    @CsvSource({
        "Hiệu trưởng, PRINCIPAL",
        "Phó hiệu trưởng, VICE_PRINCIPAL",
        "PHÓ HIỆU TRƯỞNG, VICE_PRINCIPAL",
        "Giáo viên, TEACHER",
        "Giáo viên chủ nhiệm, TEACHER",
        "GVBM, TEACHER",
        "Tổ trưởng chuyên môn, TEACHER",
        "Tổng phụ trách Đội, TEACHER",
        "Nhân viên y tế, SCHOOL_NURSE",
        "Y tế học đường, SCHOOL_NURSE",
        "Y tá, SCHOOL_NURSE",
        "Kế toán, OTHER_STAFF",
        "Văn thư, OTHER_STAFF",
        "Thủ quỹ, OTHER_STAFF",
        "Bảo vệ, OTHER_STAFF",
        "Nhân viên thư viện, OTHER_STAFF"})
    void knownPositionsMapToRolesWithoutWarning(String position, StaffRole role) {
        var batch = staff().fromJson(List.of(person("CB001", position)));

        assertEquals(role, batch.records().get(0).role());
        assertEquals(List.of(), batch.warnings());
    }

    @ParameterizedTest
    @CsvSource({"Chuyên viên Phòng GDĐT", "Cán bộ Phòng GD&ĐT", "Trưởng phòng", "Phó trưởng phòng Giáo dục",
            "Chuyên viên Sở GD&ĐT", "Giám đốc Sở"})
    void officePositionInASchoolsImportIsARowErrorNamingTheColumn(String position) {
        var batch = readCsv(HEADER, "CB001,Nguyễn Thị Lan,,Giáo viên,,,,,", "CB002,Ngô Văn Sơn,," + position + ",,,,,");

        assertEquals(List.of("CB001"), batch.records().stream().map(StaffRecord::staffCode).toList());
        RowError error = onlyError(batch);
        assertEquals(3, error.row());
        assertEquals("Chức vụ", error.column());
        assertEquals("OFFICE_ROLE", error.code());
        assertTrue(error.message().startsWith("“Chức vụ” có giá trị “" + position + "”"), error.message());
    }

    @ParameterizedTest
    @CsvSource({"Chuyên viên Phòng GDĐT", "Cán bộ Phòng GD&ĐT", "Trưởng phòng"})
    void officePositionInAnOfficeImportIsADistrictOfficer(String position) {
        var batch = staff().fromJson(List.of(person("CV001", position)), StaffUnit.DISTRICT_OFFICE);

        assertEquals(StaffRole.DISTRICT_OFFICER, batch.records().get(0).role());
        assertEquals(List.of(), batch.errors());
    }

    @ParameterizedTest
    @CsvSource({"Giáo viên", "Hiệu trưởng", "Kế toán", "Huấn luyện viên"})
    void schoolOrUnknownPositionInAnOfficeImportIsARowError(String position) {
        var batch = staff().fromJson(List.of(person("CV001", position)), StaffUnit.DISTRICT_OFFICE);

        RowError error = onlyError(batch);
        assertEquals("position", error.column());
        assertEquals("NOT_OFFICE_ROLE", error.code());
    }

    @ParameterizedTest
    @CsvSource({"Chuyên viên Sở GD&ĐT", "Chuyên viên Sở GDĐT", "Giám đốc Sở", "Phó giám đốc Sở",
            "Trưởng phòng Giáo dục trung học Sở", "'Trưởng phòng Tổ chức cán bộ, Sở GD&ĐT'", "Chuyen vien So GDDT",
            "PHÓ GIÁM ĐỐC SỞ"})
    void positionNamingTheDepartmentIsADepartmentOfficerInTheDepartmentsImport(String position) {
        var batch = staff().fromJson(List.of(person("SO001", position)), StaffUnit.DEPARTMENT);

        assertEquals(StaffRole.DEPARTMENT_OFFICER, batch.records().get(0).role());
        assertEquals(List.of(), batch.errors());
    }

    @ParameterizedTest
    @CsvSource({"Chuyên viên Sở GD&ĐT", "Trưởng phòng Giáo dục trung học Sở"})
    void departmentPositionInADistrictOfficeImportIsARowError(String position) {
        var batch = staff().fromJson(List.of(person("SO001", position)), StaffUnit.DISTRICT_OFFICE);

        RowError error = onlyError(batch);
        assertEquals("position", error.column());
        assertEquals("NOT_OFFICE_ROLE", error.code());
    }

    @ParameterizedTest
    @CsvSource({"Chuyên viên Phòng GDĐT", "Trưởng phòng", "Giáo viên", "Hiệu trưởng", "Huấn luyện viên"})
    void districtSchoolOrUnknownPositionInADepartmentImportIsARowError(String position) {
        var batch = staff().fromJson(List.of(person("SO001", position)), StaffUnit.DEPARTMENT);

        RowError error = onlyError(batch);
        assertEquals("position", error.column());
        assertEquals("NOT_OFFICE_ROLE", error.code());
    }

    @ParameterizedTest
    @CsvSource({"Nhân viên hồ sơ, OTHER_STAFF", "Giáo viên số 2, TEACHER", "Trưởng phòng, DISTRICT_OFFICER"})
    void wordsThatOnlyLookLikeSoDoNotNameTheDepartment(String position, StaffRole role) {
        var batch = staff().fromJson(List.of(person("CB001", position)),
                role == StaffRole.DISTRICT_OFFICER ? StaffUnit.DISTRICT_OFFICE : StaffUnit.SCHOOL);

        assertEquals(role, batch.records().get(0).role());
    }

    @Test
    void officeStaffHaveNoClasses() {
        var batch = staff().fromJson(List.of(new StaffRow("CV001", "Ngô Văn Sơn", null, null, "Chuyên viên", null, null,
                "6A1", List.of("Toán"), List.of("6A1"))), StaffUnit.DISTRICT_OFFICE);

        assertEquals(List.of("homeroomClass", "subjects", "classes"),
                batch.errors().stream().map(RowError::column).toList());
        assertTrue(batch.errors().stream().allMatch(e -> e.code().equals("NOT_FOR_OFFICE")));
    }

    @Test
    void unknownPositionIsOtherStaffWithAWarning() {
        var batch = staff().fromJson(List.of(person("CB001", "Huấn luyện viên")));

        assertEquals(StaffRole.OTHER_STAFF, batch.records().get(0).role());
        RowError warning = warning(batch, "UNKNOWN_POSITION");
        assertEquals("position", warning.column());
        assertTrue(warning.message().contains("“Huấn luyện viên”"), warning.message());
    }

    @Test
    void missingPositionIsRequired() {
        RowError error = onlyError(readCsv(HEADER, "CB001,Nguyễn Thị Lan,,,,,,,"));

        assertEquals(new RowError(2, "Chức vụ", "REQUIRED", error.message()), error);
    }

    @Test
    void optionalFieldsMayBeEmpty() {
        StaffRecord record = readCsv(HEADER, "CB001,Nguyễn Thị Lan,,Kế toán,,,,,").records().get(0);

        assertNull(record.dateOfBirth());
        assertNull(record.phone());
        assertNull(record.email());
        assertNull(record.homeroomClass());
        assertEquals(List.of(), record.subjects());
    }

    @Test
    void invalidPhoneAndEmailAreErrorsOnTheirColumns() {
        var batch = readCsv(HEADER, "CB001,Nguyễn Thị Lan,,Giáo viên,0912 345,lan@truong,,,");

        assertEquals(List.of("SĐT:INVALID_PHONE", "Email:INVALID_EMAIL"),
                batch.errors().stream().map(e -> e.column() + ":" + e.code()).toList());
        assertEquals(List.of(), batch.records());
    }

    @Test
    void twoRowsClaimingOneHomeroomClassMakeTheLaterAnError() {
        var batch = readCsv(HEADER,
                "CB001,Nguyễn Thị Lan,,Giáo viên,,,6A1,,",
                "CB002,Trần Văn Hùng,,Giáo viên,,,6a1,,");

        RowError error = onlyError(batch);
        assertEquals(new RowError(3, "Chủ nhiệm lớp", "DUPLICATE_HOMEROOM", error.message()), error);
        assertTrue(error.message().contains("dòng 2"), error.message());
    }

    @Test
    void repeatedStaffCodeIsAnErrorNamingTheFirstRow() {
        var batch = staff().fromJson(List.of(person("CB001", "Giáo viên"), person("CB002", "Giáo viên"),
                person("CB001", "Kế toán")));

        RowError error = onlyError(batch);
        assertEquals(new RowError(3, "staffCode", "DUPLICATE_CODE", error.message()), error);
        assertTrue(error.message().contains("dòng 1"), error.message());
    }

    @Test
    void codeLongerThan50CharactersIsTooLong() {
        RowError error = onlyError(staff().fromJson(List.of(person("CB".repeat(26), "Giáo viên"))));

        assertEquals("TOO_LONG", error.code());
        assertEquals("staffCode", error.column());
    }

    @Test
    void jsonListsAreTakenItemByItem() {
        var row = new StaffRow("CB001", "Nguyễn Thị Lan", "1985-10-20", "Nữ", "Giáo viên", "+84912345678", null,
                "Lớp 6A1", List.of("Ngữ văn, Tiếng Việt", "Lịch sử"), Arrays.asList("6a1", null, " 6A1 "));

        StaffRecord record = staff().fromJson(List.of(row)).records().get(0);

        assertEquals(List.of("Ngữ văn, Tiếng Việt", "Lịch sử"), record.subjects());
        assertEquals(List.of("6A1"), record.classes());
        assertEquals("6A1", record.homeroomClass());
        assertEquals(Gender.FEMALE, record.gender());
    }

    @Test
    void genderIsNamOrNuInAnyCaseWithOrWithoutDiacritics() {
        var batch = readCsv("Mã cán bộ,Họ và tên,Giới tính,Chức vụ",
                "CB001,Nguyễn Thị Lan,Nữ,Giáo viên",
                "CB002,Đỗ Văn Toàn,NAM,Giáo viên",
                "CB003,Lê Thu Hà,nu,Giáo viên",
                "CB004,Phạm Minh Đức,,Giáo viên");

        assertEquals(List.of(), batch.errors());
        assertEquals(Arrays.asList(Gender.FEMALE, Gender.MALE, Gender.FEMALE, null),
                batch.records().stream().map(StaffRecord::gender).toList());
    }

    @Test
    void withoutAGenderColumnNoRowHasAGenderAndNothingIsReported() {
        var batch = readCsv("Mã cán bộ,Họ và tên,Chức vụ", "CB001,Nguyễn Thị Lan,Giáo viên");

        assertEquals(List.of(), batch.errors());
        assertEquals(List.of(), batch.warnings());
        assertNull(batch.records().get(0).gender());
    }

    @Test
    void anUnrecognisedGenderIsAWarningAndTheRowIsImportedWithoutOne() {
        var batch = readCsv("Mã cán bộ,Họ và tên,Giới tính,Chức vụ",
                "CB001,Nguyễn Thị Lan,Nữ,Giáo viên",
                "CB002,Đỗ Văn Toàn,Thầy,Giáo viên");

        assertEquals(List.of(), batch.errors());
        assertEquals(List.of(new RowError(3, "Giới tính", "INVALID_GENDER", "Giới tính “Thầy” không hợp lệ; hãy ghi "
                + "“Nam” hoặc “Nữ”. Dòng này vẫn được nhập, không đổi giới tính.")), batch.warnings());
        assertEquals(Arrays.asList(Gender.FEMALE, null), batch.records().stream().map(StaffRecord::gender).toList());
    }

    @Test
    void staffXlsxUsesTheSameColumns() {
        var batch = staff().read(xlsx(List.of(
                Arrays.asList("Mã CB", "Họ tên", "Chức vụ", "Số điện thoại", "Ngày sinh"),
                Arrays.asList("CB001", "Nguyễn Thị Lan", "Hiệu trưởng", 912345678, LocalDate.of(1975, 4, 30)))),
                ImportFormat.XLSX);

        StaffRecord record = batch.records().get(0);
        assertEquals(StaffRole.PRINCIPAL, record.role());
        assertEquals("+84912345678", record.phone());
        assertEquals(LocalDate.of(1975, 4, 30), record.dateOfBirth());
    }
}
