package vn.lienlac.chat.send;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.lienlac.chat.ChatFixtures;
import vn.lienlac.chat.ChatFixtures.Person;
import vn.lienlac.chat.presence.PresenceBoard;
import vn.lienlac.chat.ws.ChatClient;
import vn.lienlac.notifications.policy.EveryChannel;

/**
 * A chat message wakes the members who are not connected and have a push endpoint — one push row each, never a paid
 * channel — inside the send's transaction; a connected member and a member without an endpoint get nothing; reading
 * the conversation settles the push (docs/notifications.md, "Producers and read marks").
 */
@QuarkusTest
class ChatPushTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @TestHTTPResource("/ws/chat")
    URI uri;

    @Inject
    ChatFixtures chat;

    @Inject
    PresenceBoard presence;

    @Inject
    ReceiptWriter receipts;

    @Inject
    Pool pool;

    @BeforeEach
    void everyChannelConfigured() {
        EveryChannel.configured();
    }

    @Test
    void messageToAnOfflineMemberWithAnEndpointEnqueuesOnePushAndNothingPaid() {
        Person teacher = chat.teacher("Đỗ Văn Toàn");
        Person mother = chat.guardian("Lê Thị Mai");
        Person father = chat.guardian("Nguyễn Văn Hùng");
        long conversation = chat.conversation("CUSTOM", teacher, mother, father);
        endpoint(mother, "https://push.example/mai-1");

        long seq = send(teacher, conversation, "Chiều nay lớp nghỉ sớm lúc 15 giờ.");

        List<Row> items = items(conversation);
        assertEquals(1, items.size(), "the father has no endpoint: no item for him");
        Row item = items.get(0);
        assertEquals(mother.participant(), item.getString("recipient"));
        assertEquals("CHAT", item.getString("kind"));
        assertEquals("chat:" + conversation + ":" + seq, item.getString("item_ref"));
        assertEquals(seq, item.getLong("seq"));
        JsonObject message = new JsonObject(item.getValue("message").toString());
        assertEquals("Đỗ Văn Toàn – Nhóm thử", message.getString("title"));
        assertEquals("Chiều nay lớp nghỉ sớm lúc 15 giờ.", message.getString("body"));
        assertEquals("chat:" + conversation, message.getString("collapseKey"));
        assertEquals(List.of("WEB_PUSH"), channels(conversation));
    }

    @Test
    void connectedMemberAndMemberWithoutEndpointGetNothing() {
        Person teacher = chat.teacher("Đỗ Văn Toàn");
        Person mother = chat.guardian("Lê Thị Mai");
        Person father = chat.guardian("Nguyễn Văn Hùng");
        long conversation = chat.conversation("CUSTOM", teacher, mother, father);
        endpoint(father, "https://push.example/hung-1");

        try (ChatClient fatherOnline = ChatClient.connect(uri, father.token())) {
            presence.flushNow();
            send(teacher, conversation, "Họp phụ huynh tối thứ Sáu.");
        }

        assertEquals(0, items(conversation).size(), "the father is connected, the mother has no endpoint");
    }

    @Test
    void readingTheConversationSettlesThePush() {
        Person teacher = chat.teacher("Đỗ Văn Toàn");
        Person mother = chat.guardian("Lê Thị Mai");
        long conversation = chat.conversation("DIRECT", teacher, mother);
        endpoint(mother, "https://push.example/mai-2");
        long seq = send(teacher, conversation, "Chào chị, em là cô giáo chủ nhiệm.");

        receipts.mark(conversation, mother.participant(), seq, seq).await().atMost(TIMEOUT);

        Awaitility.await().atMost(TIMEOUT).until(() -> chat.count("SELECT count(*) FROM outbox_item "
                + "WHERE conversation_id = $1 AND read_at IS NOT NULL", conversation) == 1);
        assertEquals(0, chat.count("SELECT count(*) FROM outbox o JOIN outbox_item i ON i.id = o.item_id "
                + "WHERE i.conversation_id = $1 AND o.state = 'QUEUED'", conversation));
    }

    private long send(Person sender, long conversation, String text) {
        try (ChatClient client = ChatClient.connect(uri, sender.token())) {
            JsonObject ack = client.sendMessage(conversation, "c-" + System.nanoTime(), text);
            assertEquals("ack", ack.getString("type"), ack.encode());
            return ack.getLong("seq");
        }
    }

    private void endpoint(Person person, String address) {
        chat.execute("INSERT INTO push_endpoint (participant, channel, address, keys, created_at) "
                + "VALUES ($1, 'WEB_PUSH', $2, '{\"p256dh\":\"x\",\"auth\":\"y\"}'::jsonb, now())",
                person.participant(), address);
    }

    private List<Row> items(long conversation) {
        List<Row> rows = new ArrayList<>();
        pool.preparedQuery("SELECT * FROM outbox_item WHERE conversation_id = $1 ORDER BY id")
                .execute(Tuple.of(conversation)).await().atMost(TIMEOUT).forEach(rows::add);
        return rows;
    }

    private List<String> channels(long conversation) {
        List<String> found = new ArrayList<>();
        pool.preparedQuery("SELECT o.channel FROM outbox o JOIN outbox_item i ON i.id = o.item_id "
                        + "WHERE i.conversation_id = $1 ORDER BY o.id")
                .execute(Tuple.of(conversation)).await().atMost(TIMEOUT).forEach(r -> found.add(r.getString(0)));
        return found;
    }
}
