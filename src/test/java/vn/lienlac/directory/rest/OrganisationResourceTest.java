package vn.lienlac.directory.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.lienlac.directory.rest.AsAdmin.admin;
import static vn.lienlac.directory.rest.PeopleFixtures.code;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import vn.lienlac.directory.TestSchools;

@QuarkusTest
class OrganisationResourceTest {

    @Inject
    TestSchools schools;

    @Test
    void puttingADepartmentTwiceKeepsOneRow() {
        String code = code("SO");
        for (int i = 0; i < 2; i++) {
            admin().body(Map.of("name", "Sở GDĐT Hà Nội")).put("/departments/" + code)
                    .then().statusCode(200)
                    .body("code", equalTo(code))
                    .body("name", equalTo("Sở GDĐT Hà Nội"));
        }
        assertEquals(1, schools.count("SELECT count(*) FROM department WHERE code = $1", code));
    }

    @Test
    void puttingADepartmentAgainRenamesIt() {
        String code = code("SO");
        admin().body(Map.of("name", "Sở GD Hà Nội")).put("/departments/" + code).then().statusCode(200);

        admin().body(Map.of("name", "  Sở GDĐT   Hà Nội ")).put("/departments/" + code)
                .then().statusCode(200).body("name", equalTo("Sở GDĐT Hà Nội"));
    }

    @Test
    void districtListCountsSchoolsAndNamesTheDepartment() {
        String department = code("SO");
        String district = code("PGD");
        String first = code("THCS");
        String second = code("TH");
        admin().body(Map.of("name", "Sở GDĐT Hà Nội")).put("/departments/" + department).then().statusCode(200);
        admin().body(Map.of("name", "Phòng GDĐT Cầu Giấy", "departmentCode", department))
                .put("/districts/" + district)
                .then().statusCode(200)
                .body("departmentName", equalTo("Sở GDĐT Hà Nội"))
                .body("schoolCount", equalTo(0));
        Map<String, String> school = Map.of("name", "Trường THCS Dịch Vọng", "level", "THCS", "districtCode", district);
        admin().body(school).put("/schools/" + first).then().statusCode(200)
                .body("levelLabel", equalTo("Trung học cơ sở"))
                .body("active", equalTo(true));
        admin().body(school).put("/schools/" + first).then().statusCode(200);
        admin().body(Map.of("name", "Trường Tiểu học Nghĩa Tân", "level", "TIEU_HOC", "districtCode", district))
                .put("/schools/" + second).then().statusCode(200);

        admin().get("/districts").then().statusCode(200)
                .body("find { it.code == '" + district + "' }.schoolCount", equalTo(2))
                .body("find { it.code == '" + district + "' }.departmentCode", equalTo(department))
                .body("find { it.code == '" + district + "' }.name", equalTo("Phòng GDĐT Cầu Giấy"));
        admin().get("/districts/" + district + "/schools").then().statusCode(200)
                .body("", hasSize(2))
                .body("code", equalTo(List.of(first, second)))
                .body("levelLabel", equalTo(List.of("Trung học cơ sở", "Tiểu học")));
    }

    @Test
    void schoolNamesAreStoredComposedWithASearchKey() {
        String district = schools.newDistrict();
        String code = code("THCS");
        String decomposed = Normalizer.normalize("Trường THCS Nguyễn Du", Normalizer.Form.NFD);

        admin().body(Map.of("name", decomposed, "level", "THCS", "districtCode", district)).put("/schools/" + code)
                .then().statusCode(200).body("name", equalTo("Trường THCS Nguyễn Du"));

        assertEquals(1, schools.count("SELECT count(*) FROM school WHERE code = $1 AND name = $2 AND name_search = $3",
                code, "Trường THCS Nguyễn Du", "truong thcs nguyen du"));
    }

    @Test
    void schoolCanMoveToAnotherDistrict() {
        String from = schools.newDistrict();
        String to = schools.newDistrict();
        String code = schools.newSchool(from, "THCS");

        admin().body(Map.of("name", "Trường THCS Mới", "level", "THCS", "districtCode", to)).put("/schools/" + code)
                .then().statusCode(200).body("districtCode", equalTo(to));

        admin().get("/districts/" + from + "/schools").then().statusCode(200).body("", hasSize(0));
    }

    @Test
    void concurrentPutsOfANewSchoolAllSucceed() throws Exception {
        String district = schools.newDistrict();
        String code = code("THCS");
        Callable<Integer> put = () -> admin()
                .body(Map.of("name", "Trường THCS Song Song", "level", "THCS", "districtCode", district))
                .put("/schools/" + code).statusCode();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> results = pool.invokeAll(IntStream.range(0, 8).mapToObj(i -> put).toList());
            for (Future<Integer> result : results) {
                assertEquals(200, result.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, schools.count("SELECT count(*) FROM school WHERE code = $1", code));
    }

    @Test
    void districtUnderUnknownDepartmentIsNotFound() {
        String department = code("SO");
        admin().body(Map.of("name", "Phòng GDĐT Ba Đình", "departmentCode", department))
                .put("/districts/" + code("PGD"))
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("code", equalTo("NOT_FOUND"))
                .body("detail", equalTo("Không tìm thấy Sở GDĐT " + department + "."));
    }

    @Test
    void schoolWithUnknownLevelIsAValidationProblem() {
        admin().body(Map.of("name", "Trường THPT Chu Văn An", "level", "THPT", "districtCode", schools.newDistrict()))
                .put("/schools/" + code("THPT"))
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("code", equalTo("VALIDATION_FAILED"))
                .body("correlationId", notNullValue())
                .body("errors.field", hasItem("level"))
                .body("errors.message", hasItem(containsString("MAM_NON, TIEU_HOC hoặc THCS")));
    }

    @Test
    void requestWithoutTokenIsUnauthenticated() {
        given().get(AsAdmin.BASE + "/districts")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer")
                .body("code", equalTo("UNAUTHENTICATED"));
    }

    @Test
    void requestWithWrongTokenIsUnauthenticated() {
        given().auth().oauth2("not-the-admin-token").get(AsAdmin.BASE + "/districts")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .body("code", equalTo("UNAUTHENTICATED"));
    }
}
