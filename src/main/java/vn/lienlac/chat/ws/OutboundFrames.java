package vn.lienlac.chat.ws;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The frames the server sends, besides events (docs/protocol.md). Absent fields are left out of the JSON. */
final class OutboundFrames {

    private OutboundFrames() {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Welcome(String type, int protocol, int minor, String connectionId, List<String> participants, long heartbeatSeconds,
            long idleTimeoutSeconds, Map<String, Long> limits) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Ack(String type, String ref, Long conversationId, Long seq, String clientId, Instant sentAt,
            Boolean duplicate) {

        static Ack of(String ref) {
            return new Ack("ack", ref, null, null, null, null, null);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Error(String type, String ref, String clientId, String code, String message, String field,
            Long retryAfterMs) {
    }

    record Gap(String type, long conversationId, long afterSeq, long beforeSeq) {
    }

    record SyncedConversation(long id, long lastSeq) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Synced(String type, String ref, List<SyncedConversation> conversations) {
    }

    record Notice(String type, long conversationId, String code, String text) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Pong(String type, String ref) {
    }
}
