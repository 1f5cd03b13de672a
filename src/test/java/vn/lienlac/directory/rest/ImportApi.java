package vn.lienlac.directory.rest;

import static io.restassured.RestAssured.given;

import io.restassured.config.HttpClientConfig;
import io.restassured.config.MultiPartConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import org.apache.http.entity.mime.HttpMultipartMode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** Calls to the import endpoints with the test profile's admin token; each returns the response to assert on. */
final class ImportApi {

    static final String STUDENTS = "/schools/{school}/imports/students";
    static final String STAFF = "/schools/{school}/imports/staff";
    static final Map<String, String> SNAPSHOT = Map.of("mode", "snapshot");
    static final Map<String, String> DELTA = Map.of("mode", "delta");

    private static final RestAssuredConfig BROWSER = RestAssuredConfig.config()
            .httpClient(HttpClientConfig.httpClientConfig().httpMultipartMode(HttpMultipartMode.BROWSER_COMPATIBLE))
            .multiPartConfig(MultiPartConfig.multiPartConfig().defaultCharset(StandardCharsets.UTF_8));

    private ImportApi() {
    }

    /** The admin, without a content type: each call sets its own. */
    static RequestSpecification asAdmin() {
        return given().auth().oauth2(AsAdmin.TOKEN).basePath(AsAdmin.BASE);
    }

    /** A file sent as the request body (XLSX or CSV), with the given query parameters. */
    static ValidatableResponse postFile(String path, String school, String contentType, byte[] file,
            Map<String, ?> query) {
        return asAdmin().contentType(contentType).queryParams(query).body(file)
                .post(path, school).then();
    }

    /** Students from a file sent as the request body. */
    static ValidatableResponse students(String school, String contentType, byte[] file, Map<String, ?> query) {
        return postFile(STUDENTS, school, contentType, file, query);
    }

    /** Students from a CSV file, in snapshot mode. */
    static ValidatableResponse studentsCsv(String school, byte[] file) {
        return students(school, "text/csv", file, SNAPSHOT);
    }

    /** Students pushed as JSON {@code {"students": [...]}}. */
    static ValidatableResponse studentsJson(String school, List<Map<String, Object>> students, Map<String, ?> query) {
        return asAdmin().contentType(ContentType.JSON).queryParams(query).body(Map.of("students", students))
                .post(STUDENTS, school).then();
    }

    /**
     * A file uploaded as {@code multipart/form-data} in the field {@code file}, the way browsers send it: the file
     * name in UTF-8 (RestAssured's default strict mode would write a Vietnamese name in ASCII, as question marks).
     */
    static ValidatableResponse upload(String path, String school, String fileName, String contentType, byte[] file,
            Map<String, ?> query) {
        return asAdmin().config(BROWSER).multiPart("file", fileName, file, contentType).queryParams(query)
                .post(path, school).then();
    }
}
