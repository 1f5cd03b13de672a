package vn.lienlac.chat.event;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonRawValue;
import java.time.Instant;

/**
 * An event as one member sees it, on the WebSocket ({@code "type":"event"}) and in REST history pages alike
 * (docs/protocol.md). Fields that do not apply to the kind are left out of the JSON.
 *
 * @param silent true when the viewer gets this message or item without a notification (their quiet hours)
 * @param data   inbox items: their structured form, a JSON object written as it is
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EventView(String type, long conversationId, long seq, String kind, String sender, String clientId,
        String text, Long replyTo, Long targetSeq, String subject, AttachmentRef attachment, Boolean silent,
        Instant sentAt, Instant editedAt, Boolean recalled, Boolean hidden, @JsonRawValue String data) {

    /** The event as {@code viewer} (a participant, or null) sees it. */
    public static EventView of(ChatEvent event, String viewer) {
        boolean readable = event.type().readable();
        boolean message = event.type() == EventType.MESSAGE;
        return new EventView("event", event.conversationId(), event.seq(), event.type().wireName(), event.sender(),
                event.clientId(), event.body(), event.replyTo(), event.targetSeq(), event.subject(),
                event.attachment(), readable ? viewer != null && viewer.equals(event.silentFor()) : null,
                event.createdAt(), event.editedAt(), readable ? event.recalled() : null,
                message ? event.hidden() : null, event.data());
    }

    /** Without the message text. */
    @Override
    public String toString() {
        return "EventView[" + conversationId + "#" + seq + " " + kind + "]";
    }
}
