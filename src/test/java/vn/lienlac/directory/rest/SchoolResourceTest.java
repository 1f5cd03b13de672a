package vn.lienlac.directory.rest;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static vn.lienlac.directory.rest.AsAdmin.admin;
import static vn.lienlac.directory.rest.PeopleFixtures.code;
import static vn.lienlac.directory.rest.PeopleFixtures.local;
import static vn.lienlac.directory.rest.PeopleFixtures.phone;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.text.Normalizer;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import vn.lienlac.directory.TestSchools;
import vn.lienlac.directory.model.SchoolYears;

@QuarkusTest
class SchoolResourceTest {

    @Inject
    TestSchools schools;

    @Inject
    PeopleFixtures people;

    @Inject
    Clock clock;

    @Test
    void unknownSchoolIsNotFound() {
        admin().get("/schools/THCS-KHONG-CO/students")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("code", equalTo("NOT_FOUND"))
                .body("detail", equalTo("Không tìm thấy trường THCS-KHONG-CO."));
    }

    @Test
    void schoolDetailCountsActivePeopleAndCurrentClasses() {
        String school = schools.newSchool();
        long an = people.student(school, code("HS"), "Nguyễn Văn An", true);
        long binh = people.student(school, code("HS"), "Nguyễn Thị Bình", true);
        long left = people.student(school, code("HS"), "Trần Văn Cường", false);
        long mother = people.guardian(phone(), "Lê Thị Hoa");
        people.link(an, mother, "MOTHER", true);
        people.link(binh, mother, "MOTHER", true);
        people.link(left, people.guardian(phone(), "Trần Văn Dũng"), "FATHER", true);
        people.link(an, people.guardian(phone(), "Nguyễn Văn Hải"), "FATHER", false);
        people.staff(school, code("GV"), "Phạm Thị Lan", "TEACHER", null, true);
        people.staff(school, code("GV"), "Đỗ Văn Minh", "TEACHER", null, false);
        people.schoolClass(school, currentYear(), "6A1", null);
        people.schoolClass(school, "2019-2020", "6A1", null);

        admin().get("/schools/" + school).then().statusCode(200)
                .body("code", equalTo(school))
                .body("levelLabel", equalTo("Trung học cơ sở"))
                .body("district.code", equalTo(districtOf(school)))
                .body("counts.activeStudents", equalTo(2))
                .body("counts.activeStaff", equalTo(1))
                .body("counts.activeGuardians", equalTo(1))
                .body("counts.classes", equalTo(1));
    }

    @Test
    void studentSearchIgnoresCaseAndDiacritics() {
        String school = schools.newSchool();
        people.student(school, code("HS"), "Nguyễn Văn An", true);
        people.student(school, code("HS"), "Nguyễn Văn Anh", true);
        people.student(school, code("HS"), "Trần Văn Bảo", true);

        for (String q : new String[] {"nguyen van an", "NGUYỄN văn An"}) {
            admin().queryParam("q", q).get("/schools/" + school + "/students").then().statusCode(200)
                    .body("total", equalTo(2))
                    .body("items.fullName", contains("Nguyễn Văn An", "Nguyễn Văn Anh"));
        }
    }

    @Test
    void studentSearchAcceptsDecomposedText() {
        String school = schools.newSchool();
        people.student(school, code("HS"), "Đặng Thùy Dương", true);

        admin().queryParam("q", Normalizer.normalize("thùy dương", Normalizer.Form.NFD))
                .get("/schools/" + school + "/students").then().statusCode(200)
                .body("items.fullName", contains("Đặng Thùy Dương"));
    }

    @Test
    void studentSearchMatchesAnExactStudentCode() {
        String school = schools.newSchool();
        String code = code("HS");
        people.student(school, code, "Vũ Minh Khoa", true);
        people.student(school, code("HS"), "Vũ Minh Khôi", true);

        admin().queryParam("q", code).get("/schools/" + school + "/students").then().statusCode(200)
                .body("items.studentCode", contains(code));
    }

    @Test
    void inactiveStudentsAreHiddenUnlessIncluded() {
        String school = schools.newSchool();
        people.student(school, code("HS"), "Hoàng Văn Đức", true);
        people.student(school, code("HS"), "Hoàng Thị Giang", false);

        admin().get("/schools/" + school + "/students").then().statusCode(200)
                .body("total", equalTo(1))
                .body("items.fullName", contains("Hoàng Văn Đức"));
        admin().queryParam("includeInactive", true).get("/schools/" + school + "/students").then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.find { it.fullName == 'Hoàng Thị Giang' }.active", equalTo(false));
    }

    @Test
    void studentsAreSortedByClassThenNameAndPaged() {
        String school = schools.newSchool();
        long sixA2 = people.schoolClass(school, currentYear(), "6A2", null);
        long sixA1 = people.schoolClass(school, currentYear(), "6A1", null);
        people.enroll(people.student(school, code("HS"), "Bùi Văn Tùng", true), sixA2);
        people.enroll(people.student(school, code("HS"), "Vũ Thị Yến", true), sixA1);
        people.enroll(people.student(school, code("HS"), "Đinh Văn Bắc", true), sixA1);
        people.student(school, code("HS"), "An Văn Mới", true);

        admin().queryParam("size", 3).get("/schools/" + school + "/students").then().statusCode(200)
                .body("total", equalTo(4))
                .body("size", equalTo(3))
                .body("items.fullName", contains("Đinh Văn Bắc", "Vũ Thị Yến", "Bùi Văn Tùng"))
                .body("items.className", contains("6A1", "6A1", "6A2"))
                .body("items[0].genderLabel", equalTo("Nam"));
        admin().queryParam("size", 3).queryParam("page", 1).get("/schools/" + school + "/students")
                .then().statusCode(200)
                .body("items.fullName", contains("An Văn Mới"))
                .body("items[0].className", nullValue());
        admin().queryParam("className", "6a2").get("/schools/" + school + "/students").then().statusCode(200)
                .body("items.fullName", contains("Bùi Văn Tùng"));
    }

    @Test
    void pageSizeAbove200IsAValidationProblem() {
        admin().queryParam("size", 201).get("/schools/" + schools.newSchool() + "/students")
                .then().statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED"))
                .body("errors.field", hasItem("size"));
    }

    @Test
    void classesShowStudentCountAndHomeroomTeacher() {
        String school = schools.newSchool();
        String teacherCode = code("GV");
        long teacher = people.staff(school, teacherCode, "Ngô Thị Thu", "TEACHER", null, true);
        long homeroomed = people.schoolClass(school, currentYear(), "7A1", teacher);
        people.schoolClass(school, currentYear(), "7A2", null);
        long lastYear = people.schoolClass(school, "2019-2020", "6A1", null);
        people.enroll(people.student(school, code("HS"), "Lý Văn Nam", true), homeroomed);
        people.enroll(people.student(school, code("HS"), "Lý Thị Oanh", true), homeroomed);
        people.enrolledBefore(people.student(school, code("HS"), "Lý Văn Phúc", true), lastYear);

        admin().get("/schools/" + school + "/classes").then().statusCode(200)
                .body("name", contains("7A1", "7A2"))
                .body("[0].schoolYear", equalTo(currentYear()))
                .body("[0].studentCount", equalTo(2))
                .body("[0].homeroomTeacher.staffCode", equalTo(teacherCode))
                .body("[0].homeroomTeacher.fullName", equalTo("Ngô Thị Thu"))
                .body("[1].studentCount", equalTo(0))
                .body("[1].homeroomTeacher", nullValue())
                .body("[0].id", notNullValue());
        admin().queryParam("schoolYear", "2019-2020").get("/schools/" + school + "/classes").then().statusCode(200)
                .body("name", contains("6A1"))
                .body("[0].studentCount", equalTo(0));
    }

    @Test
    void staffListShowsCurrentClassesSubjectsAndHomeroom() {
        String school = schools.newSchool();
        String teacherPhone = phone();
        long teacher = people.staff(school, code("GV"), "Trịnh Văn Quang", "TEACHER", teacherPhone, true);
        people.staff(school, code("HT"), "Mai Thị Sen", "PRINCIPAL", null, true);
        long sevenA1 = people.schoolClass(school, currentYear(), "7A1", teacher);
        long sevenA2 = people.schoolClass(school, currentYear(), "7A2", null);
        long old = people.schoolClass(school, "2019-2020", "6A1", null);
        people.teach(teacher, sevenA1, "Toán");
        people.teach(teacher, sevenA2, "Toán");
        people.teach(teacher, sevenA2, "Tin học");
        people.teach(teacher, old, "Vật lý");

        admin().get("/schools/" + school + "/staff").then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.fullName", contains("Mai Thị Sen", "Trịnh Văn Quang"))
                .body("items[0].roleLabel", equalTo("Hiệu trưởng"))
                .body("items[0].classes", empty())
                .body("items[1].phone", equalTo(teacherPhone))
                .body("items[1].phoneDisplay", equalTo(local(teacherPhone)))
                .body("items[1].homeroomClass", equalTo("7A1"))
                .body("items[1].classes", contains("7A1", "7A2"))
                .body("items[1].subjects", contains("Tin học", "Toán"));
    }

    @Test
    void schoolSearchFindsStudentsStaffAndGuardians() {
        String school = schools.newSchool();
        String otherSchool = schools.newSchool();
        long child = people.student(school, code("HS"), "Phan Văn Long", true);
        people.link(child, people.guardian(phone(), "Phan Văn Lực"), "FATHER", true);
        people.staff(school, code("GV"), "Phan Thị Loan", "TEACHER", null, true);
        people.student(otherSchool, code("HS"), "Phan Văn Lâm", true);

        admin().queryParam("q", "phan").get("/schools/" + school + "/search").then().statusCode(200)
                .body("students.fullName", contains("Phan Văn Long"))
                .body("staff.fullName", contains("Phan Thị Loan"))
                .body("guardians.fullName", contains("Phan Văn Lực"));
    }

    @Test
    void schoolSearchFindsAGuardianByPhone() {
        String school = schools.newSchool();
        String guardianPhone = phone();
        long child = people.student(school, code("HS"), "Kiều Văn Hậu", true);
        people.link(child, people.guardian(guardianPhone, "Kiều Thị Hương"), "MOTHER", true);

        admin().queryParam("q", local(guardianPhone)).get("/schools/" + school + "/search").then().statusCode(200)
                .body("students", empty())
                .body("guardians.phone", contains(guardianPhone));
    }

    private String currentYear() {
        return SchoolYears.current(clock);
    }

    private String districtOf(String school) {
        return admin().get("/schools/" + school).then().extract().path("district.code");
    }
}
