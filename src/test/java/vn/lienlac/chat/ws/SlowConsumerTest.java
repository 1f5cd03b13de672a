package vn.lienlac.chat.ws;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import vn.lienlac.chat.ChatFixtures;
import vn.lienlac.chat.ChatFixtures.Person;
import vn.lienlac.chat.fanout.Hub;

/**
 * A client that stops reading at the TCP level (a phone on a dead link) while its group is busy: it is closed with
 * 4008 once a page of events stays unwritten for the slow-consumer timeout (3 s in tests), the other members get
 * everything, and the slow one resumes by cursor. {@link SmallSendBuffers} keeps the kernel's buffers small so that
 * the stall shows after kilobytes rather than the megabytes loopback auto-tuning allows.
 */
@QuarkusTest
class SlowConsumerTest {

    private static final int PER_SENDER = 80;

    @TestHTTPResource("/ws/chat")
    URI uri;

    @Inject
    ChatFixtures chat;

    @Inject
    MeterRegistry registry;

    @Inject
    Hub hub;

    @Test
    void aClientThatStopsReadingIsClosedWith4008WhileOthersGetEverythingAndItResumesByCursor() throws Exception {
        Person teacher = chat.teacher("Nguyễn Thị Lan");
        Person maths = chat.teacher("Phạm Văn Bình");
        Person music = chat.teacher("Đỗ Thị Hoa");
        Person slow = chat.guardian("Phụ Huynh Chậm");
        Person fast = chat.guardian("Phụ Huynh Nhanh");
        long group = chat.conversation("CUSTOM", teacher, maths, music, slow, fast);
        // About 12 KB of UTF-8 per message.
        String text = "ộ".repeat(3990);
        long all = PER_SENDER * 3L;
        int[] got;
        double closedBefore = tooSlowCloses();
        try (StalledClient stalled = new StalledClient(uri, slow.token());
                ChatClient f = ChatClient.connect(uri, fast.token())) {
            f.sync(new JsonObject());
            for (Person sender : List.of(teacher, maths, music)) {
                try (ChatClient a = ChatClient.connect(uri, sender.token())) {
                    for (int i = 1; i <= PER_SENDER; i++) {
                        a.send(new JsonObject().put("type", "send").put("ref", "big" + i)
                                .put("conversationId", group).put("clientId", "big" + i).put("text", text));
                    }
                    await().atMost(Duration.ofSeconds(60)).until(() -> acks(a) == PER_SENDER);
                }
            }
            await().atMost(Duration.ofSeconds(60)).until(() -> f.seqs(group).size() == all);
            assertEquals(LongStream.rangeClosed(1, all).boxed().toList(), f.seqs(group));
            // The server gives up on the stalled client once a page stays unwritten for the slow-consumer timeout.
            await().atMost(Duration.ofSeconds(30)).until(() -> tooSlowCloses() > closedBefore);
            // Its close frame waits behind the unread data, so the server also drops the TCP connection once
            // nothing moved on it for the HTTP idle timeout (20 s in tests): a stuck client holds nothing for long.
            await().atMost(Duration.ofSeconds(60)).until(() -> !hub.holds(slow.participant()));
            got = stalled.drain(10_000);
        }
        assertTrue(got[0] < all, "closed before it got everything: " + got[0]);
        try (ChatClient resumed = ChatClient.connect(uri, slow.token())) {
            resumed.sync(new JsonObject().put(String.valueOf(group), got[0]));
            List<Long> seqs = resumed.seqs(group);
            assertEquals(all, seqs.get(seqs.size() - 1).longValue());
            if (all - got[0] > 100) {
                JsonObject gap = resumed.await(frame -> "gap".equals(frame.getString("type")));
                assertEquals(got[0], gap.getLong("afterSeq").longValue());
                assertEquals(seqs.get(0).longValue(), gap.getLong("beforeSeq").longValue());
            } else {
                assertEquals(got[0] + 1, seqs.get(0).longValue());
            }
        }
    }

    private double tooSlowCloses() {
        Counter closes = registry.find(ChatMetrics.CLOSES).tag("code", "4008").counter();
        return closes == null ? 0 : closes.count();
    }

    private static long acks(ChatClient client) {
        return client.frames.stream().filter(frame -> "ack".equals(frame.getString("type"))).count();
    }
}
