package vn.lienlac.directory.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.hasKey;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DirectoryOpenApiTest {

    @Test
    void openApiDescribesEveryDirectoryEndpoint() {
        var paths = given().accept("application/json").get("/q/openapi").then().statusCode(200).extract()
                .jsonPath().getMap("paths");
        for (String path : new String[] {"/departments/{code}", "/districts/{code}", "/schools/{code}", "/districts",
                "/districts/{code}/schools", "/schools/{code}/classes", "/schools/{code}/students",
                "/schools/{code}/staff", "/schools/{code}/search", "/students/{studentCode}", "/guardians/{phone}"}) {
            assertThat(paths, hasKey(AsAdmin.BASE + path));
        }
    }
}
