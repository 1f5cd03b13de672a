package vn.lienlac.chat.ws;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.mutiny.core.Vertx;
import jakarta.inject.Singleton;
import java.time.Clock;
import vn.lienlac.chat.ChatConfig;
import vn.lienlac.chat.ChatIdentities;
import vn.lienlac.chat.Memberships;
import vn.lienlac.chat.fanout.ConversationFeeds;
import vn.lienlac.chat.fanout.Fanout;
import vn.lienlac.chat.fanout.FrameEncoder;
import vn.lienlac.chat.fanout.Hub;
import vn.lienlac.chat.send.MessageChanges;
import vn.lienlac.chat.send.MessageWriter;
import vn.lienlac.chat.send.ReceiptWriter;

/** The services every connection uses, gathered so that a {@link ChatSession} holds one reference, not ten. */
@Singleton
record SessionContext(Hub hub, ConversationFeeds feeds, Fanout fanout, MessageWriter writer, MessageChanges changes,
        ReceiptWriter receipts, PersonRateLimits personLimits, Memberships memberships, ObjectMapper mapper,
        FrameEncoder encoder, ChatConfig config, Clock clock, Vertx vertx, ChatMetrics metrics,
        ChatIdentities identities) {
}
