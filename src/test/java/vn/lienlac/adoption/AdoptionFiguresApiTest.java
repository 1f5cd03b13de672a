package vn.lienlac.adoption;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.lienlac.adoption.AdoptionApi.admin;
import static vn.lienlac.adoption.AdoptionApi.assertShare;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Exact figures on the district of {@link AdoptionFixture}, whose activations are known. */
@QuarkusTest
class AdoptionFiguresApiTest {

    @Inject
    AdoptionFixture fixture;

    /** Built once: the tests only read it. */
    private static AdoptionFixture.World world;

    @BeforeEach
    void build() {
        if (world == null) {
            world = fixture.build();
        }
    }

    @Test
    void schoolFiguresCountActivePeopleAndTheirFirstSignIns() {
        JsonPath json = admin().get("/schools/" + world.get("A")).then().statusCode(200)
                .body("code", equalTo(world.get("A")))
                .body("districtCode", equalTo(world.get("D")))
                .extract().jsonPath();
        assertShare(json, "figures.staff", 5, 2, "40.0");
        assertShare(json, "figures.teachers", 2, 1, "50.0");
        assertShare(json, "figures.guardians", 19, 2, "10.5");
        assertShare(json, "figures.students", 21, 3, "14.3");
    }

    @Test
    void classFiguresCoverTheCurrentSchoolYearOnly() {
        JsonPath json = admin().get("/schools/" + world.get("A")).then().statusCode(200)
                .body("classes", hasSize(2))
                .body("classes[0].name", equalTo("6A1"))
                .body("classes[0].homeroomTeacher", equalTo("Lê Thị Một"))
                .body("classes[1].name", equalTo("6A2"))
                .extract().jsonPath();
        assertShare(json, "classes[0].figures.staff", 2, 1, "50.0");
        assertShare(json, "classes[0].figures.guardians", 3, 1, "33.3");
        assertShare(json, "classes[0].figures.students", 4, 1, "25.0");
        assertShare(json, "classes[1].figures.staff", 0, 0, null);
        assertShare(json, "classes[1].figures.guardians", 16, 1, "6.3");
        assertShare(json, "classes[1].figures.students", 16, 1, "6.3");
    }

    @Test
    void districtFiguresSumTheSchoolsAndCountAGuardianOnce() {
        JsonPath json = admin().get("/districts/" + world.get("D")).then().statusCode(200)
                .body("code", equalTo(world.get("D")))
                .body("schools", hasSize(2))
                .extract().jsonPath();
        assertShare(json, "figures.staff", 7, 3, "42.9");
        assertShare(json, "figures.teachers", 3, 2, "66.7");
        assertShare(json, "figures.guardians", 20, 2, "10.0");
        assertShare(json, "figures.students", 23, 4, "17.4");
        List<String> codes = json.getList("schools.code");
        String b = "schools[" + codes.indexOf(world.get("B")) + "].figures";
        assertShare(json, b + ".staff", 2, 1, "50.0");
        assertShare(json, b + ".teachers", 1, 1, "100.0");
        assertShare(json, b + ".guardians", 2, 1, "50.0");
        assertShare(json, b + ".students", 2, 1, "50.0");
        String a = "schools[" + codes.indexOf(world.get("A")) + "].figures";
        assertShare(json, a + ".guardians", 19, 2, "10.5");
    }

    @Test
    void departmentFiguresRollUpItsDistricts() {
        String department = "SO-" + world.get("D").substring("PGD-".length());
        JsonPath json = admin().get("/departments/" + department).then().statusCode(200).extract().jsonPath();
        assertEquals(2, json.getList("schools").size());
        assertShare(json, "figures.guardians", 20, 2, "10.0");
    }

    @Test
    void unknownSchoolAndDistrictAreNotFound() {
        admin().get("/schools/TRG-KHONG-CO").then().statusCode(404)
                .contentType("application/problem+json")
                .body("detail", equalTo("Không tìm thấy trường TRG-KHONG-CO."));
        admin().get("/districts/PGD-KHONG-CO").then().statusCode(404)
                .body("detail", equalTo("Không tìm thấy Phòng GDĐT PGD-KHONG-CO."));
    }
}
