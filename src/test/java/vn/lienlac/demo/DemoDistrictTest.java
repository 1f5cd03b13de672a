package vn.lienlac.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.lienlac.directory.importing.ImportLimits;
import vn.lienlac.directory.importing.StaffImportReader;
import vn.lienlac.directory.importing.StaffRow;
import vn.lienlac.directory.importing.StaffUnit;
import vn.lienlac.directory.importing.StudentImportReader;
import vn.lienlac.directory.importing.StudentRow;
import vn.lienlac.directory.model.Gender;
import vn.lienlac.directory.model.StaffRecord;
import vn.lienlac.directory.model.StaffRole;
import vn.lienlac.notices.NoticeKind;

/** The demo's district officer is valid for the office's import, and only there. */
class DemoDistrictTest {

    private final StaffImportReader reader = new StaffImportReader(Clock.systemUTC(), () -> 20_000);

    @Test
    void officerIsADistrictOfficerOfTheOfficeWithAPhoneOfTheirOwn() {
        DemoDistrict district = new DemoDistrict();
        List<DemoDistrict.DemoSchool> schools = district.schools();
        List<StaffRow> officers = district.officers();

        var batch = reader.fromJson(officers, StaffUnit.DISTRICT_OFFICE);
        assertEquals(List.of(), batch.errors());
        assertEquals(StaffRole.DISTRICT_OFFICER, batch.records().get(0).role());
        assertEquals("OFFICE_ROLE", reader.fromJson(officers, StaffUnit.SCHOOL).errors().get(0).code());

        Set<String> schoolPhones = new HashSet<>();
        schools.forEach(school -> school.staff().forEach(s -> schoolPhones.add(s.phone())));
        schools.forEach(school -> school.students().forEach(s -> {
            schoolPhones.add(s.fatherPhone());
            schoolPhones.add(s.motherPhone());
            schoolPhones.add(s.guardianPhone());
        }));
        assertFalse(schoolPhones.contains(officers.get(0).phone()), "the officer's phone must sign in as them alone");
    }

    @Test
    void departmentOfficerIsADepartmentOfficerOfTheDepartmentWithAPhoneOfTheirOwn() {
        DemoDistrict district = new DemoDistrict();
        district.schools();
        StaffRow officer = district.officers().get(0);
        List<StaffRow> department = district.departmentOfficers();

        var batch = reader.fromJson(department, StaffUnit.DEPARTMENT);
        assertEquals(List.of(), batch.errors());
        assertEquals(StaffRole.DEPARTMENT_OFFICER, batch.records().get(0).role());
        assertFalse(reader.fromJson(department, StaffUnit.DISTRICT_OFFICE).errors().isEmpty(),
                "a district office's import must refuse a department officer");
        assertFalse(department.get(0).phone().equals(officer.phone()));
        DemoDistrict again = new DemoDistrict();
        again.schools();
        again.officers();
        assertEquals(department.get(0).phone(), again.departmentOfficers().get(0).phone(),
                "deterministic: the same phone on every fresh demo");
    }

    @Test
    void theDemoParentHasAChildInEachSchoolUnderOnePhone() {
        List<DemoDistrict.DemoSchool> schools = new DemoDistrict().schools();
        DemoDistrict.DemoParent parent = DemoDistrict.parent(schools);

        assertEquals(2, parent.children().size());
        assertEquals("THCS-NGHIATAN", parent.children().get(0).school().code());
        assertEquals("TH-DICHVONG", parent.children().get(1).school().code());
        for (DemoDistrict.DemoChild child : parent.children()) {
            StudentRow row = child.student();
            assertTrue(List.of(String.valueOf(row.fatherPhone()), String.valueOf(row.motherPhone()),
                    String.valueOf(row.guardianPhone())).contains(parent.phone()), row.studentCode());
            assertTrue(child.school().students().contains(row));
        }
        // Both imports are valid, so both children are really linked to the parent.
        StudentImportReader students = new StudentImportReader(Clock.systemUTC(), () -> 20_000);
        schools.forEach(school -> assertEquals(List.of(), students.fromJson(school.students()).errors()));
    }

    @Test
    void theDemoTeacherIsHomeroomTeacherOfTheFirstChildsClassAndTeachesThere() {
        List<DemoDistrict.DemoSchool> schools = new DemoDistrict().schools();
        DemoDistrict.DemoChild child = DemoDistrict.parent(schools).children().get(0);
        DemoDistrict.DemoTeacher teacher = DemoDistrict.teacher(schools);

        assertEquals(child.student().className(), teacher.className());
        assertEquals(child.student().className(), teacher.staff().homeroomClass());
        assertTrue(teacher.staff().classes().contains(teacher.className()));
        assertEquals("Toán", teacher.subject());
        assertEquals("Giáo viên", teacher.staff().position());
        assertNotNull(teacher.staff().phone());
        assertEquals(List.of(), reader.fromJson(child.school().staff(), StaffUnit.SCHOOL).errors());
    }

    @Test
    void everyDemoStaffMemberHasTheGenderTheirNameSaysSoTextsSayCoOrThay() {
        DemoDistrict district = new DemoDistrict();
        List<StaffRow> staff = new ArrayList<>();
        district.schools().forEach(school -> staff.addAll(school.staff()));
        staff.addAll(district.officers());
        staff.addAll(district.departmentOfficers());

        for (StaffRow row : staff) {
            // The demo draws women's and men's given names from two lists that share none.
            String given = row.fullName().substring(row.fullName().lastIndexOf(' ') + 1);
            assertEquals(DemoNames.FEMALE_GIVEN.contains(given) ? "Nữ" : "Nam", row.gender(), row.fullName());
        }
        assertEquals(Set.of(Gender.MALE, Gender.FEMALE), reader.fromJson(staff.subList(0, 8), StaffUnit.SCHOOL)
                .records().stream().map(StaffRecord::gender).collect(Collectors.toSet()));
    }

    @Test
    void theDemoNoticesAreForTheParentsChildrenWithOneCorrectionAndNoFutureDate() {
        List<DemoDistrict.DemoSchool> schools = new DemoDistrict().schools();
        DemoDistrict.DemoParent parent = DemoDistrict.parent(schools);
        LocalDate monday = LocalDate.of(2026, 12, 7);
        List<DemoNotices.Batch> batches = DemoNotices.batches(parent, DemoDistrict.teacher(schools), monday,
                "2026-2027");

        assertEquals(List.of(NoticeKind.GRADE, NoticeKind.ATTENDANCE, NoticeKind.ACTIVITY, NoticeKind.HEALTH,
                NoticeKind.GRADE), batches.stream().map(DemoNotices.Batch::kind).toList());
        Set<String> children = Set.of(parent.children().get(0).student().studentCode(),
                parent.children().get(1).student().studentCode());
        batches.forEach(batch -> batch.records().forEach(record -> {
            assertTrue(String.valueOf(record.get("sourceId")).startsWith(DemoNotices.SOURCE_PREFIX));
            if (record.containsKey("studentCode")) {
                assertTrue(children.contains(record.get("studentCode")), record.toString());
            }
        }));
        // The last batch re-sends a grade of the first with another score: a correction.
        Map<String, Object> corrected = batches.get(4).records().get(0);
        Map<String, Object> first = batches.get(0).records().stream()
                .filter(r -> r.get("sourceId").equals(corrected.get("sourceId"))).findFirst().orElseThrow();
        assertEquals(7, first.get("score"));
        assertEquals(7.5, corrected.get("score"));
        // Absent on the last school day before a Monday: the Friday.
        assertEquals("2026-12-04", batches.get(1).records().get(0).get("date"));
        assertEquals("CO_PHEP", batches.get(1).records().get(0).get("status"));
        assertEquals(LocalDate.of(2026, 12, 3), DemoNotices.schoolDayBefore(LocalDate.of(2026, 12, 4)));
    }
}
