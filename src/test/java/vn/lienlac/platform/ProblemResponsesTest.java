package vn.lienlac.platform;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.emptyOrNullString;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ProblemResponsesTest {

    private static final String PROTECTED = "/api/v1/directory/schools/ANY/imports";

    @Test
    void missingTokenGetsProblemJson401WithCorrelationId() {
        given().when().get(PROTECTED)
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer")
                .body("code", equalTo("UNAUTHENTICATED"))
                .body("status", equalTo(401))
                .body("correlationId", not(emptyOrNullString()));
    }

    @Test
    void wrongTokenGetsProblemJson401() {
        given().header("Authorization", "Bearer not-the-admin-token").when().get(PROTECTED)
                .then().statusCode(401)
                .contentType("application/problem+json")
                .body("code", equalTo("UNAUTHENTICATED"));
    }

    @Test
    void callerRequestIdIsEchoedAndUsedAsCorrelationId() {
        given().header("X-Request-Id", "portal-req-12345678").when().get(PROTECTED)
                .then().statusCode(401)
                .header("X-Request-Id", "portal-req-12345678")
                .body("correlationId", equalTo("portal-req-12345678"));
    }

    @Test
    void unknownRouteGetsProblemJson404() {
        given().header("Authorization", "Bearer test-admin-token").when().get("/api/v1/khong-co")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("code", equalTo("NOT_FOUND"));
    }

    @Test
    void unknownImportGetsProblemJson404InVietnamese() {
        given().header("Authorization", "Bearer test-admin-token")
                .when().get("/api/v1/directory/imports/00000000-0000-0000-0000-000000000000")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("code", equalTo("NOT_FOUND"))
                .body("detail", equalTo("Không tìm thấy lần nhập 00000000-0000-0000-0000-000000000000"));
    }
}
