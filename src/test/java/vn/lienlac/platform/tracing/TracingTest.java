package vn.lienlac.platform.tracing;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.vertx.core.json.JsonObject;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.lienlac.chat.ChatFixtures;
import vn.lienlac.chat.ChatFixtures.Person;
import vn.lienlac.chat.ws.ChatClient;

/**
 * Issue 21, item 4: with tracing on, a REST request, a WebSocket frame and the database work they cause are spans of
 * one trace each, exported over the configured exporter (here an in-memory one).
 */
@QuarkusTest
@TestProfile(TracingProfile.class)
class TracingTest {

    private static final Duration WAIT = Duration.ofSeconds(15);

    @TestHTTPResource("/ws/chat")
    URI chatUri;

    @Inject
    InMemorySpanExporter spans;

    @Inject
    ChatFixtures chat;

    @BeforeEach
    void forget() {
        spans.reset();
    }

    @Test
    void aRestRequestIsAServerSpanWithItsRouteAndItsDatabaseQueriesAreItsChildren() {
        Person mother = chat.guardian("Trần Thị Mai");
        given().auth().oauth2(mother.token()).get("/api/v1/chat/inbox?limit=2").then().statusCode(200);
        SpanData server = await().atMost(WAIT).until(() -> find(s -> s.getKind() == SpanKind.SERVER
                && "/api/v1/chat/inbox".equals(s.getAttributes().get(AttributeKey.stringKey("http.route")))),
                Optional::isPresent).get();
        await().atMost(WAIT).until(() -> !databaseSpansOf(server.getTraceId()).isEmpty());
        assertTrue(databaseSpansOf(server.getTraceId()).stream()
                .allMatch(s -> s.getKind() == SpanKind.CLIENT), "database spans are client spans");
    }

    @Test
    void eachChatFrameIsASpanAndTheQueriesOfASyncBelongToItsTrace() {
        Person teacher = chat.teacher("Nguyễn Thị Lan");
        Person mother = chat.guardian("Trần Thị Mai");
        long direct = chat.conversation("DIRECT", teacher, mother);
        try (ChatClient client = ChatClient.connect(chatUri, teacher.token())) {
            client.sendMessage(direct, "c-trace-1", "Chào chị Mai");
            client.sync(new JsonObject().put(Long.toString(direct), 0));
        }
        SpanData send = await().atMost(WAIT).until(() -> find(s -> "chat send".equals(s.getName())),
                Optional::isPresent).get();
        assertEquals("send", send.getAttributes().get(AttributeKey.stringKey("lienlac.chat.frame")));
        assertEquals(StatusCode.UNSET, send.getStatus().getStatusCode());
        // a send's insert is grouped with other frames' sends into one statement (MessageWriter), so it has no one
        // parent; a sync's reads are its own
        SpanData sync = await().atMost(WAIT).until(() -> find(s -> "chat sync".equals(s.getName())),
                Optional::isPresent).get();
        await().atMost(WAIT).until(() -> !databaseSpansOf(sync.getTraceId()).isEmpty());
    }

    @Test
    void anUnknownFrameTypeIsNamedUnknownNotAfterTheInput() {
        Person mother = chat.guardian("Trần Thị Mai");
        try (ChatClient client = ChatClient.connect(chatUri, mother.token())) {
            client.send("{\"type\":\"drop table\",\"ref\":\"r1\"}");
            client.answer("r1");
        }
        await().atMost(WAIT).until(() -> find(s -> "chat unknown".equals(s.getName())), Optional::isPresent);
        assertTrue(find(s -> s.getName().contains("drop")).isEmpty());
    }

    private Optional<SpanData> find(java.util.function.Predicate<SpanData> match) {
        return spans.getFinishedSpanItems().stream().filter(match).findFirst();
    }

    private List<SpanData> databaseSpansOf(String traceId) {
        return spans.getFinishedSpanItems().stream().filter(s -> s.getTraceId().equals(traceId))
                .filter(s -> s.getAttributes().get(AttributeKey.stringKey("db.system")) != null
                        || s.getAttributes().get(AttributeKey.stringKey("db.system.name")) != null)
                .toList();
    }
}
