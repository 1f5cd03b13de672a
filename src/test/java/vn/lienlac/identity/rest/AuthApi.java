package vn.lienlac.identity.rest;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.Map;

/** The authentication endpoints as a client calls them. */
final class AuthApi {

    private AuthApi() {
    }

    /** A token pair as the client receives it. */
    record Pair(String accessToken, String refreshToken, String sessionId) {

        static Pair of(ValidatableResponse response) {
            var body = response.statusCode(200).extract().jsonPath();
            return new Pair(body.getString("accessToken"), body.getString("refreshToken"),
                    body.getString("sessionId"));
        }
    }

    static ValidatableResponse passwordSignIn(String login, String password) {
        Map<String, Object> body = new HashMap<>();
        body.put("login", login);
        body.put("password", password);
        body.put("deviceName", "Điện thoại của cô Thu");
        return given().contentType(ContentType.JSON).header("User-Agent", "LienLac-Android/1.0").body(body)
                .when().post("/api/v1/auth/password").then();
    }

    static Pair signIn(String login, String password) {
        return Pair.of(passwordSignIn(login, password));
    }

    static ValidatableResponse changePassword(String accessToken, String currentPassword, String newPassword) {
        Map<String, Object> body = new HashMap<>();
        body.put("currentPassword", currentPassword);
        body.put("newPassword", newPassword);
        return given().auth().oauth2(accessToken).contentType(ContentType.JSON).body(body)
                .when().put("/api/v1/auth/password").then();
    }

    static ValidatableResponse refresh(String refreshToken) {
        return given().contentType(ContentType.JSON).body(Map.of("refreshToken", refreshToken))
                .when().post("/api/v1/auth/refresh").then();
    }

    static ValidatableResponse me(String accessToken) {
        return given().auth().oauth2(accessToken).when().get("/api/v1/auth/me").then();
    }

    static ValidatableResponse logout(String accessToken) {
        return given().auth().oauth2(accessToken).when().post("/api/v1/auth/logout").then();
    }

    static ValidatableResponse logoutAll(String accessToken) {
        return given().auth().oauth2(accessToken).when().post("/api/v1/auth/logout-all").then();
    }

    static ValidatableResponse sessions(String accessToken) {
        return given().auth().oauth2(accessToken).when().get("/api/v1/auth/sessions").then();
    }

    static ValidatableResponse endSession(String accessToken, String sessionId) {
        return given().auth().oauth2(accessToken).when().delete("/api/v1/auth/sessions/{id}", sessionId).then();
    }
}
