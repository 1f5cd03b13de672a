package vn.lienlac.directory.rest;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static vn.lienlac.directory.rest.AsAdmin.admin;
import static vn.lienlac.directory.rest.PeopleFixtures.code;
import static vn.lienlac.directory.rest.PeopleFixtures.local;
import static vn.lienlac.directory.rest.PeopleFixtures.phone;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import vn.lienlac.directory.TestSchools;
import vn.lienlac.directory.model.SchoolYears;

@QuarkusTest
class PeopleResourceTest {

    @Inject
    TestSchools schools;

    @Inject
    PeopleFixtures people;

    @Inject
    Clock clock;

    @Test
    void studentDetailListsClassHistoryAndGuardians() {
        String school = schools.newSchool();
        String code = code("HS");
        String fatherPhone = phone();
        String formerPhone = phone();
        long student = people.student(school, code, "Nguyễn Văn An", true);
        people.enrolledBefore(student, people.schoolClass(school, "2019-2020", "6A1", null));
        people.enroll(student, people.schoolClass(school, SchoolYears.current(clock), "7A1", null));
        people.link(student, people.guardian(fatherPhone, "Nguyễn Văn Bình"), "FATHER", true);
        people.link(student, people.guardian(formerPhone, "Lê Thị Cúc"), "GUARDIAN", false);

        admin().get("/students/" + code).then().statusCode(200)
                .body("studentCode", equalTo(code))
                .body("fullName", equalTo("Nguyễn Văn An"))
                .body("dateOfBirth", equalTo("2014-09-05"))
                .body("gender", equalTo("MALE"))
                .body("school.code", equalTo(school))
                .body("currentClass", equalTo("7A1"))
                .body("enrollments.className", contains("7A1", "6A1"))
                .body("enrollments.active", contains(true, false))
                .body("enrollments[1].endedAt", notNullValue())
                .body("guardians.fullName", contains("Nguyễn Văn Bình", "Lê Thị Cúc"))
                .body("guardians[0].phone", equalTo(fatherPhone))
                .body("guardians[0].phoneDisplay", equalTo(local(fatherPhone)))
                .body("guardians[0].relationshipLabel", equalTo("Cha"))
                .body("guardians[0].active", equalTo(true))
                .body("guardians[1].active", equalTo(false));
    }

    @Test
    void unknownStudentIsNotFound() {
        admin().get("/students/HS-KHONG-CO").then().statusCode(404)
                .contentType("application/problem+json")
                .body("detail", equalTo("Không tìm thấy học sinh HS-KHONG-CO."));
    }

    @Test
    void guardianLookupByLocalFormatFindsChildrenInTwoSchools() {
        String primary = schools.newSchool(schools.newDistrict(), "TIEU_HOC");
        String secondary = schools.newSchool();
        String guardianPhone = phone();
        long mother = people.guardian(guardianPhone, "Trần Thị Mai");
        String youngerCode = code("HS");
        long younger = people.student(primary, youngerCode, "Phạm Minh Châu", true);
        long elder = people.student(secondary, code("HS"), "Phạm Minh Đức", true);
        people.enroll(elder, people.schoolClass(secondary, SchoolYears.current(clock), "8A3", null));
        people.link(younger, mother, "MOTHER", true);
        people.link(elder, mother, "MOTHER", true);
        people.link(people.student(secondary, code("HS"), "Phạm Minh Cũ", false), mother, "MOTHER", true);

        admin().get("/guardians/" + local(guardianPhone)).then().statusCode(200)
                .body("fullName", equalTo("Trần Thị Mai"))
                .body("phone", equalTo(guardianPhone))
                .body("phoneDisplay", equalTo(local(guardianPhone)))
                .body("children.school.code", containsInAnyOrder(primary, secondary))
                .body("children.find { it.studentCode == '" + youngerCode + "' }.className", nullValue())
                .body("children.find { it.fullName == 'Phạm Minh Đức' }.className", equalTo("8A3"))
                .body("children.relationshipLabel", contains("Mẹ", "Mẹ"));
    }

    @Test
    void guardianLookupAcceptsInternationalForms() {
        String guardianPhone = phone();
        people.guardian(guardianPhone, "Đoàn Văn Tài");

        String[] forms = {guardianPhone, guardianPhone.substring(1), "+84 " + guardianPhone.substring(3)};
        for (String form : forms) {
            admin().get("/guardians/" + form).then().statusCode(200).body("phone", equalTo(guardianPhone));
        }
    }

    @Test
    void guardianLookupWithAnInvalidNumberIsABadRequest() {
        admin().get("/guardians/12345").then().statusCode(400)
                .contentType("application/problem+json")
                .body("code", equalTo("BAD_REQUEST"));
    }

    @Test
    void unknownGuardianIsNotFound() {
        String unknown = phone();
        admin().get("/guardians/" + unknown).then().statusCode(404)
                .body("detail", equalTo("Không tìm thấy phụ huynh có số điện thoại " + local(unknown) + "."));
    }
}
