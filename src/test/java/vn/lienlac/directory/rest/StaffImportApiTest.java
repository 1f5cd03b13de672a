package vn.lienlac.directory.rest;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.lienlac.directory.rest.AsAdmin.admin;
import static vn.lienlac.directory.rest.ImportApi.SNAPSHOT;
import static vn.lienlac.directory.rest.ImportApi.STAFF;
import static vn.lienlac.directory.rest.PeopleFixtures.code;
import static vn.lienlac.directory.rest.PeopleFixtures.local;
import static vn.lienlac.directory.rest.PeopleFixtures.phone;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.lienlac.directory.TestSchools;

/** Staff imported over HTTP: roles from positions, homerooms and teaching, read back through the directory API. */
@QuarkusTest
class StaffImportApiTest {

    @Inject
    TestSchools schools;

    @Test
    void staffCsvGivesRolesHomeroomsAndTeachingShownByStaffAndClasses() {
        String school = schools.newSchool();
        String principal = code("CB");
        String maths = code("CB");
        String literature = code("CB");
        String principalPhone = phone();
        String csv = String.join("\r\n",
                "Mã cán bộ,Họ và tên,Ngày sinh,Chức vụ,SĐT,Email,Chủ nhiệm lớp,Môn dạy,Lớp dạy",
                principal + ",Đỗ Thị Hương,14/03/1972,Hiệu trưởng," + local(principalPhone)
                        + ",Huong.DT@Truong.edu.vn,,,",
                maths + ",Phạm Minh Đức,02/08/1986,Giáo viên,,,6A1,Toán; Tin học,6A1; 6A2",
                literature + ",Vũ Thị Lan Anh,21/06/1990,Tổ trưởng chuyên môn,,,Lớp 6a2,Ngữ văn,6A2",
                "");

        ImportApi.postFile(STAFF, school, "text/csv", csv.getBytes(StandardCharsets.UTF_8), SNAPSHOT)
                .statusCode(200)
                .body("kind", equalTo("STAFF"))
                .body("counts.created", equalTo(3))
                .body("errors", equalTo(List.of()));

        admin().get("/schools/{code}/staff", school).then().statusCode(200)
                .body("total", equalTo(3))
                .body("items.fullName", contains("Đỗ Thị Hương", "Phạm Minh Đức", "Vũ Thị Lan Anh"))
                .body("items.role", contains("PRINCIPAL", "TEACHER", "TEACHER"))
                .body("items[0].phone", equalTo(principalPhone))
                .body("items[0].email", equalTo("huong.dt@truong.edu.vn"))
                .body("items[0].homeroomClass", nullValue())
                .body("items[1].homeroomClass", equalTo("6A1"))
                .body("items[1].subjects", contains("Tin học", "Toán"))
                .body("items[1].classes", contains("6A1", "6A2"))
                .body("items[2].homeroomClass", equalTo("6A2"))
                .body("items[2].subjects", contains("Ngữ văn"))
                .body("items[2].classes", contains("6A2"));
        admin().get("/schools/{code}/classes", school).then().statusCode(200)
                .body("name", contains("6A1", "6A2"))
                .body("homeroomTeacher.staffCode", contains(maths, literature))
                .body("homeroomTeacher.fullName", contains("Phạm Minh Đức", "Vũ Thị Lan Anh"));
        assertEquals(4, schools.count("""
                SELECT count(*) FROM teaching_assignment t JOIN staff s ON s.id = t.staff_id
                WHERE s.staff_code = $1 AND t.active""", maths));
    }

    @Test
    void genderColumnIsStoredAnUnknownValueOnlyWarnsAndAFileWithoutTheColumnKeepsIt() {
        String school = schools.newSchool();
        String lan = code("CB");
        String toan = code("CB");
        String ha = code("CB");
        String csv = String.join("\r\n",
                "Mã cán bộ,Họ và tên,Giới tính,Chức vụ",
                lan + ",Nguyễn Thị Lan,Nữ,Giáo viên",
                toan + ",Đỗ Văn Toàn,NAM,Giáo viên",
                ha + ",Lê Thu Hà,Cô giáo,Giáo viên",
                "");

        ImportApi.postFile(STAFF, school, "text/csv", csv.getBytes(StandardCharsets.UTF_8), SNAPSHOT)
                .statusCode(200)
                .body("counts.created", equalTo(3))
                .body("errors", equalTo(List.of()))
                .body("warnings.row", contains(4))
                .body("warnings.column", contains("Giới tính"))
                .body("warnings.code", contains("INVALID_GENDER"));
        String withoutGender = String.join("\r\n", "Mã cán bộ,Họ và tên,Chức vụ",
                lan + ",Nguyễn Thị Lan,Giáo viên", toan + ",Đỗ Văn Toàn,Giáo viên", ha + ",Lê Thu Hà,Giáo viên", "");
        ImportApi.postFile(STAFF, school, "text/csv", withoutGender.getBytes(StandardCharsets.UTF_8), SNAPSHOT)
                .statusCode(200)
                .body("counts.unchanged", equalTo(3));

        admin().get("/schools/{code}/staff", school).then().statusCode(200)
                .body("items.fullName", contains("Đỗ Văn Toàn", "Lê Thu Hà", "Nguyễn Thị Lan"))
                .body("items.gender", contains("MALE", null, "FEMALE"))
                .body("items.genderLabel", contains("Nam", null, "Nữ"));
    }
}
