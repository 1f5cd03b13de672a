package vn.lienlac.adoption;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static vn.lienlac.adoption.AdoptionApi.admin;
import static vn.lienlac.adoption.AdoptionApi.as;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Who has not activated, on the district of {@link AdoptionFixture}, and who may see it. */
@QuarkusTest
class NotActivatedApiTest {

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
    void schoolListHasTheStaffAndGuardiansWhoNeverSignedIn() {
        as(world.get("token.principalA")).get("/schools/" + world.get("A") + "/not-activated").then().statusCode(200)
                .body("staff.staffCode", contains(world.get("vpA"), world.get("t2A"), world.get("staffA")))
                .body("staff.position", contains("Phó hiệu trưởng", "Giáo viên", "Nhân viên"))
                .body("staff[1].phone", equalTo(world.get("t2A.phone")))
                .body("staff[1].homeroomClass", nullValue())
                // 6A1: M2 for both siblings, F1 (an account, never signed in); 6A2: G6..G20
                .body("guardians", hasSize(18))
                .body("guardians[0..2].phone", contains(world.get("M2"), world.get("M2"), world.get("F1")))
                .body("guardians[0..2].className", everyItem(equalTo("6A1")))
                .body("guardians[0].relationship", equalTo("Mẹ"))
                .body("guardians[0].studentCode", equalTo(world.get("s2")))
                .body("guardians[0].studentName", equalTo("Lý Thị Hai"))
                .body("guardians[3..17].className", everyItem(equalTo("6A2")))
                .body("guardians.phone", everyItem(not(equalTo(world.get("G5")))))
                .body("guardians.phone", everyItem(not(equalTo(world.get("M1")))));
    }

    @Test
    void classListIsCutToTheClassesTeachersAndGuardians() {
        as(world.get("token.t1A")).get(classList("6A1")).then().statusCode(200)
                .body("classId", equalTo(Long.valueOf(world.get("6A1")).intValue()))
                .body("staff.staffCode", contains(world.get("t2A")))
                .body("guardians.phone", contains(world.get("M2"), world.get("M2"), world.get("F1")));
    }

    @Test
    void homeroomTeacherSeesOnlyTheirOwnClass() {
        as(world.get("token.t1A")).get(classList("6A2")).then().statusCode(403)
                .contentType("application/problem+json")
                .body("code", equalTo("FORBIDDEN"))
                .body("detail", equalTo("Bạn không có quyền thực hiện thao tác này."));
        as(world.get("token.t1A")).get("/schools/" + world.get("A") + "/not-activated").then().statusCode(403);
        as(world.get("token.t2A")).get(classList("6A1")).then().statusCode(403);
    }

    @Test
    void principalAndOfficersAreRefusedOutsideTheirSchoolAndDistrict() {
        for (String path : List.of("/schools/" + world.get("A"), "/schools/" + world.get("A") + "/not-activated",
                classList("6A1"))) {
            as(world.get("token.principalB")).get(path).then().statusCode(403);
            as(world.get("token.officerE")).get(path).then().statusCode(403);
            as(world.get("token.M2")).get(path).then().statusCode(403);
            as(world.get("token.officerD")).get(path).then().statusCode(200);
            as(world.get("token.vpA")).get(path).then().statusCode(200);
        }
        as(world.get("token.officerE")).get("/districts/" + world.get("D")).then().statusCode(403);
        as(world.get("token.principalA")).get("/districts/" + world.get("D")).then().statusCode(403);
        as(world.get("token.officerD")).get("/districts/" + world.get("D")).then().statusCode(200);
        as(world.get("token.officerD")).get("/districts/" + world.get("E")).then().statusCode(403);
    }

    @Test
    void classOfAnotherSchoolIsNotFound() {
        admin().get("/schools/" + world.get("B") + "/classes/" + world.get("6A1") + "/not-activated").then()
                .statusCode(404)
                .body("detail", equalTo("Không tìm thấy lớp " + world.get("6A1") + " của trường " + world.get("B")
                        + "."));
    }

    private static String classList(String className) {
        return "/schools/" + world.get("A") + "/classes/" + world.get(className) + "/not-activated";
    }
}
