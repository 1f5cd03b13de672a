package vn.lienlac.directory.rest;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** Requests to the directory API with the test profile's admin token. */
final class AsAdmin {

    static final String TOKEN = "test-admin-token";
    static final String BASE = "/api/v1/directory";

    private AsAdmin() {
    }

    static RequestSpecification admin() {
        return given().auth().oauth2(TOKEN).contentType(ContentType.JSON).basePath(BASE);
    }
}
