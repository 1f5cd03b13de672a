package vn.lienlac.chat.ws;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.http.WebSocketFrame;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Transaction;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import vn.lienlac.chat.ChatFixtures;
import vn.lienlac.chat.ChatFixtures.Person;
import vn.lienlac.chat.fanout.Hub;

/**
 * Frames that arrive while a connection's session is being opened (docs/protocol.md, "Connecting"). The opening
 * reads the directory; holding a lock on the guardian table keeps it waiting, so what happens meanwhile is certain.
 */
@QuarkusTest
class ChatOpeningTest {

    @TestHTTPResource("/ws/chat")
    URI uri;

    @Inject
    ChatFixtures chat;

    @Inject
    Pool pool;

    @Inject
    ChatSessions sessions;

    @Inject
    Hub hub;

    @Test
    void framesSentBeforeWelcomeAreHandledAfterItInOrder() {
        Person mother = chat.guardian("Trần Thị Mai");
        ChatClient b;
        try (DirectoryLock lock = new DirectoryLock(pool)) {
            b = ChatClient.open(uri, mother.token());
            for (int i = 1; i <= 5; i++) {
                b.send("{\"type\":\"ping\",\"ref\":\"p" + i + "\"}");
            }
            b.send("{\"type\":\"sync\",\"ref\":\"s1\",\"cursors\":{}}");
            await().atMost(Duration.ofSeconds(10)).until(() -> sessions.openingCount() == 1);
            assertTrue(b.frames.isEmpty(), "nothing is sent before the session exists");
        }
        try (b) {
            assertNotNull(b.await(f -> "synced".equals(f.getString("type")) && "s1".equals(f.getString("ref"))));
            List<String> types = b.frames.stream().map(f -> f.getString("type")).toList();
            assertEquals("welcome", types.get(0));
            List<String> pongs = b.frames.stream().filter(f -> "pong".equals(f.getString("type")))
                    .map(f -> f.getString("ref")).toList();
            assertEquals(List.of("p1", "p2", "p3", "p4", "p5"), pongs);
            assertTrue(sessions.openingCount() == 0);
            b.send("{\"type\":\"ping\",\"ref\":\"after\"}");
            assertNotNull(b.await(f -> "pong".equals(f.getString("type")) && "after".equals(f.getString("ref"))));
        }
    }

    @Test
    void tooManyFramesBeforeWelcomeCloseTheConnectionWith4029AndOpenNoSession() {
        closedBeforeWelcomeWithNoSessionLeft(4029, b -> {
            for (int i = 0; i <= Opening.EARLY_FRAMES; i++) {
                b.send("{\"type\":\"ping\",\"ref\":\"p" + i + "\"}");
            }
        });
    }

    @Test
    void aMessageOverTheLimitBeforeWelcomeClosesWith1009AndOpensNoSession() {
        closedBeforeWelcomeWithNoSessionLeft(1009, b -> b.socket.writeFrame(
                WebSocketFrame.textFrame("{\"type\":\"ping\",\"pad\":\"" + "x".repeat(70_000) + "\"}", true)));
    }

    /** While the session opens, {@code misbehave} gets the connection closed with {@code code}, and nothing stays. */
    private void closedBeforeWelcomeWithNoSessionLeft(int code, Consumer<ChatClient> misbehave) {
        Person mother = chat.guardian("Trần Thị Mai");
        int before = sessions.openCount();
        try (DirectoryLock lock = new DirectoryLock(pool); ChatClient b = ChatClient.open(uri, mother.token())) {
            await().atMost(Duration.ofSeconds(10)).until(() -> sessions.openingCount() == 1);
            misbehave.accept(b);
            await().atMost(Duration.ofSeconds(10)).until(() -> b.closeCode != null);
            assertEquals(code, b.closeCode.intValue());
            assertTrue(b.frames.isEmpty());
        }
        await().atMost(Duration.ofSeconds(10)).during(Duration.ofMillis(500))
                .until(() -> sessions.openingCount() == 0 && sessions.openCount() == before
                        && !hub.holds(mother.participant()));
    }

    @Test
    void aConnectionClosedWhileItsSessionOpensLeavesNothingBehind() {
        Person mother = chat.guardian("Trần Thị Mai");
        int before = sessions.openCount();
        try (DirectoryLock lock = new DirectoryLock(pool)) {
            ChatClient b = ChatClient.open(uri, mother.token());
            await().atMost(Duration.ofSeconds(10)).until(() -> sessions.openingCount() == 1);
            b.close();
            await().atMost(Duration.ofSeconds(10)).until(() -> sessions.openingCount() == 0);
        }
        // The directory answers now; the opening must notice that its connection is gone.
        Person other = chat.guardian("Lê Văn Nam");
        try (ChatClient c = ChatClient.connect(uri, other.token())) {
            assertNotNull(c.sync(new JsonObject()));
            await().atMost(Duration.ofSeconds(10)).during(Duration.ofMillis(500))
                    .until(() -> sessions.openCount() == before + 1 && !hub.holds(mother.participant()));
        }
    }

    @Test
    void aDirectoryThatCannotBeReadClosesWith1011SoClientsComeBackNot4003() {
        Person mother = chat.guardian("Trần Thị Mai");
        ChatClient b;
        // Chat reads guardians through the directory's view (docs/directory-contract.md): take that away.
        pool.query("ALTER VIEW directory_guardians RENAME TO directory_guardians_away").execute().await()
                .atMost(Duration.ofSeconds(10));
        try {
            b = ChatClient.open(uri, mother.token());
            await().atMost(Duration.ofSeconds(10)).until(() -> b.closeCode != null);
        } finally {
            pool.query("ALTER VIEW directory_guardians_away RENAME TO directory_guardians").execute().await()
                    .atMost(Duration.ofSeconds(10));
        }
        try (b) {
            assertEquals(1011, b.closeCode.intValue());
            assertTrue(b.frames.isEmpty());
        }
        try (ChatClient again = ChatClient.connect(uri, mother.token())) {
            assertNotNull(again.sync(new JsonObject()));
        }
    }

    /** Holds an exclusive lock on the guardian table (which opening a session reads) until closed. */
    private static final class DirectoryLock implements AutoCloseable {

        private final SqlConnection connection;
        private final Transaction transaction;

        DirectoryLock(Pool pool) {
            connection = pool.getConnection().await().atMost(Duration.ofSeconds(10));
            transaction = connection.begin().await().atMost(Duration.ofSeconds(10));
            connection.query("LOCK TABLE guardian IN ACCESS EXCLUSIVE MODE").execute()
                    .await().atMost(Duration.ofSeconds(10));
        }

        @Override
        public void close() {
            try {
                transaction.rollback().await().atMost(Duration.ofSeconds(10));
            } finally {
                connection.close().await().atMost(Duration.ofSeconds(10));
            }
        }
    }
}
