package vn.lienlac.adoption;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.config.JsonConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.specification.RequestSpecification;
import java.math.BigDecimal;

/** Requests to the adoption API, and exact checks of the shares it answers. */
final class AdoptionApi {

    static final String ADMIN_TOKEN = "test-admin-token";
    static final String BASE = "/api/v1/adoption";

    private AdoptionApi() {
    }

    static RequestSpecification as(String token) {
        return given().auth().oauth2(token).basePath(BASE).config(RestAssuredConfig.config()
                .jsonConfig(JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL)));
    }

    static RequestSpecification admin() {
        return as(ADMIN_TOKEN);
    }

    /** The share at {@code path} has these counts and exactly this percent ({@code null}: none). */
    static void assertShare(JsonPath json, String path, long total, long activated, String percent) {
        assertEquals(total, json.getLong(path + ".total"), path + ".total");
        assertEquals(activated, json.getLong(path + ".activated"), path + ".activated");
        assertEquals(percent == null ? null : new BigDecimal(percent), json.get(path + ".percent"),
                path + ".percent");
    }
}
