package vn.lienlac.audit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static vn.lienlac.audit.AuditApi.PATH;
import static vn.lienlac.audit.AuditApi.asAdmin;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Who may read the audit log, and the answers to filters that cannot be read. */
@QuarkusTest
class AuditApiErrorsTest {

    @Test
    void withoutTokenTheAuditLogIsRefusedWith401() {
        given().get(PATH).then().statusCode(401)
                .contentType("application/problem+json")
                .body("code", equalTo("UNAUTHENTICATED"));
    }

    @Test
    void unknownActionIsABadRequestListingTheValidOnes() {
        asAdmin().queryParam("action", "SIGN_IN", "LOGIN").get(PATH).then().statusCode(400)
                .contentType("application/problem+json")
                .body("code", equalTo("BAD_REQUEST"))
                .body("detail", containsString("Tham số action không hợp lệ: \"LOGIN\""))
                .body("detail", containsString("IMPORT_APPLIED"));
    }

    @Test
    void fromWithoutTimeZoneIsABadRequest() {
        asAdmin().queryParam("from", "2026-11-01T00:00:00").get(PATH).then().statusCode(400)
                .body("code", equalTo("BAD_REQUEST"))
                .body("detail", containsString("Tham số from không hợp lệ"));
    }

    @Test
    void fromNotBeforeToIsABadRequest() {
        asAdmin().queryParam("from", "2026-11-02T00:00:00Z").queryParam("to", "2026-11-01T00:00:00Z").get(PATH)
                .then().statusCode(400)
                .body("code", equalTo("BAD_REQUEST"))
                .body("detail", equalTo("Tham số from phải là thời điểm trước to."));
    }

    @Test
    void pageLargerThan200IsRefused() {
        asAdmin().queryParam("size", 201).get(PATH).then().statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED"))
                .body("errors[0].message", equalTo("Mỗi trang có từ 1 đến 200 mục."));
    }

    @Test
    void offsetTimesAndBlankFiltersAreAccepted() {
        asAdmin().queryParam("from", "2026-11-01T07:00:00+07:00").queryParam("actor", "").queryParam("schoolCode", "")
                .get(PATH).then().statusCode(200)
                .body("page", equalTo(0))
                .body("size", equalTo(50));
    }

    @Test
    void openApiDescribesTheAuditEndpoint() {
        var paths = given().accept("application/json").get("/q/openapi").then().statusCode(200).extract()
                .jsonPath().getMap("paths");
        assertThat(paths, hasKey(PATH));
    }
}
