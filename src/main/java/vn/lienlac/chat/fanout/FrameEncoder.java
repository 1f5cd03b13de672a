package vn.lienlac.chat.fanout;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import jakarta.inject.Singleton;
import vn.lienlac.chat.event.EventView;

/**
 * The one way the server encodes what it sends on a chat connection: every outbound frame is a record, written as
 * JSON here with the application's mapper. {@code event} frames escape every non-ASCII character; the others are
 * plain UTF-8 JSON (docs/protocol.md). The writers are made once: encoding a frame allocates only its text.
 */
@Singleton
public class FrameEncoder {

    private final ObjectWriter plain;
    private final ObjectWriter asciiOnly;

    public FrameEncoder(ObjectMapper mapper) {
        this.plain = mapper.writer();
        this.asciiOnly = mapper.writer().with(JsonWriteFeature.ESCAPE_NON_ASCII);
    }

    /** A frame other than {@code event} (welcome, ack, error, …). */
    public String frame(Object frame) {
        return write(plain, frame);
    }

    /** An {@code event} frame, as one viewer gets it. */
    String event(EventView view) {
        return write(asciiOnly, view);
    }

    /** The ephemeral {@code typing} frame. */
    String typing(long conversationId, String participant) {
        return write(plain, new Typing("typing", conversationId, participant));
    }

    /** The ephemeral {@code receipt} frame. */
    String receipt(long conversationId, String participant, long deliveredSeq, long readSeq) {
        return write(plain, new Receipt("receipt", conversationId, participant, deliveredSeq, readSeq));
    }

    private static String write(ObjectWriter writer, Object frame) {
        try {
            return writer.writeValueAsString(frame);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a " + frame.getClass().getSimpleName() + " frame cannot be encoded", e);
        }
    }

    record Typing(String type, long conversationId, String participant) {
    }

    record Receipt(String type, long conversationId, String participant, long deliveredSeq, long readSeq) {
    }
}
