package vn.lienlac.adoption.invitations;

import static io.restassured.RestAssured.given;

import io.restassured.specification.RequestSpecification;

/** Requests to the adoption API for the invitation tests (the adoption package's helper is package-private). */
final class Api {

    static final String BASE = "/api/v1/adoption";

    private Api() {
    }

    static RequestSpecification as(String token) {
        return given().auth().oauth2(token).basePath(BASE);
    }

    static RequestSpecification admin() {
        return as("test-admin-token");
    }

    static RequestSpecification anonymous() {
        return given();
    }
}
