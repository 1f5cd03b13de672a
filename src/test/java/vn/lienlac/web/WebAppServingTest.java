package vn.lienlac.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.DecoderConfig;
import io.restassured.config.RestAssuredConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** How the server hands out the web app (docs/web.md): compressed, revalidated, and all of it available offline. */
@QuarkusTest
class WebAppServingTest {

    private static final Path WEB = Path.of("src/main/web");

    @Test
    void scriptsAndStylesAreSentCompressedToBrowsersThatAcceptIt() {
        for (String path : List.of("/app/main.js", "/app/core/base.css", "/")) {
            given().config(RestAssuredConfig.config().decoderConfig(DecoderConfig.decoderConfig().noContentDecoders()))
                    .header("Accept-Encoding", "gzip")
                    .get(path).then().statusCode(200)
                    .header("Content-Encoding", equalTo("gzip"))
                    .header("Cache-Control", equalTo("no-cache"));
        }
    }

    @Test
    void theServiceWorkerIsNamedAfterTheBuild() {
        given().get("/sw.js").then().statusCode(200)
                .contentType(containsString("javascript"))
                .body(not(containsString("${web.build}")))
                .body(containsString("lienlac-app-"));
    }

    /** A module the service worker does not know is missing when the phone is offline on its next start. */
    @Test
    void theServiceWorkerKeepsEveryFileOfTheAppForOfflineUse() throws IOException {
        String worker = Files.readString(WEB.resolve("sw.js"));
        try (Stream<Path> files = Files.walk(WEB.resolve("app"))) {
            List<String> missing = files.filter(Files::isRegularFile)
                    .map(file -> "'/" + WEB.relativize(file).toString().replace('\\', '/') + "'")
                    .filter(listed -> !worker.contains(listed))
                    .toList();
            assertTrue(missing.isEmpty(), "not in sw.js SHELL: " + missing);
        }
    }
}
