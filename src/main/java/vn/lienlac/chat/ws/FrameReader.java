package vn.lienlac.chat.ws;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.UUID;
import java.util.regex.Pattern;
import vn.lienlac.chat.ChatError;
import vn.lienlac.chat.ChatException;

/**
 * Reads one client frame: a JSON object with a {@code type}, fields read by name with their types checked.
 * Anything wrong becomes a {@link ChatException} naming the error code (and the field), never a dropped connection.
 */
final class FrameReader {

    private static final Pattern CLIENT_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    private final JsonNode node;

    private FrameReader(JsonNode node) {
        this.node = node;
    }

    static FrameReader parse(ObjectMapper mapper, String text) {
        JsonNode node;
        try {
            node = mapper.readTree(text);
        } catch (JsonProcessingException e) {
            throw new ChatException(ChatError.MALFORMED_FRAME);
        }
        if (node == null || !node.isObject()) {
            throw new ChatException(ChatError.MALFORMED_FRAME);
        }
        return new FrameReader(node);
    }

    /** The frame's {@code ref}, or null when absent or unusable (then no ack can name it). */
    String ref() {
        JsonNode ref = node.get("ref");
        return ref != null && ref.isTextual() && ref.asText().length() <= 64 ? ref.asText() : null;
    }

    String type() {
        JsonNode type = node.get("type");
        if (type == null || !type.isTextual()) {
            throw new ChatException(ChatError.UNKNOWN_TYPE);
        }
        return type.asText();
    }

    long positiveLong(String field) {
        Long value = optionalLong(field);
        if (value == null) {
            throw new ChatException(ChatError.INVALID_FIELD, field);
        }
        return value;
    }

    Long optionalLong(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.canConvertToLong() || !value.isIntegralNumber() || value.asLong() < 1) {
            throw new ChatException(ChatError.INVALID_FIELD, field);
        }
        return value.asLong();
    }

    /** A sequence number watermark: 0 or more. */
    long watermark(String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isIntegralNumber() || !value.canConvertToLong() || value.asLong() < 0) {
            throw new ChatException(ChatError.INVALID_FIELD, field);
        }
        return value.asLong();
    }

    String optionalText(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new ChatException(ChatError.INVALID_FIELD, field);
        }
        return value.asText();
    }

    String clientId() {
        String value = optionalText("clientId");
        if (value == null || !CLIENT_ID.matcher(value).matches()) {
            throw new ChatException(ChatError.INVALID_FIELD, "clientId");
        }
        return value;
    }

    /**
     * The {@code clientId} of a {@code send} frame, for its error frame, when it is a valid one; null for any other
     * frame, or an invalid or missing {@code clientId} (which is then the error).
     */
    String sendClientId() {
        JsonNode type = node.get("type");
        JsonNode value = node.get("clientId");
        return type != null && "send".equals(type.asText()) && value != null && value.isTextual()
                && CLIENT_ID.matcher(value.asText()).matches() ? value.asText() : null;
    }

    /** Whether a {@code sync} asks conversations without a cursor to start at their newest event. */
    boolean fromLatest() {
        String from = optionalText("from");
        if (from == null) {
            return false;
        }
        if (!from.equals("latest")) {
            throw new ChatException(ChatError.INVALID_FIELD, "from");
        }
        return true;
    }

    UUID optionalUuid(String field) {
        String value = optionalText(field);
        if (value == null) {
            return null;
        }
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw new ChatException(ChatError.INVALID_FIELD, field);
        }
    }

    /** The {@code cursors} object: conversation id → last seq seen. */
    java.util.Map<Long, Long> cursors() {
        JsonNode value = node.get("cursors");
        java.util.Map<Long, Long> cursors = new java.util.HashMap<>();
        if (value == null || value.isNull()) {
            return cursors;
        }
        if (!value.isObject()) {
            throw new ChatException(ChatError.INVALID_FIELD, "cursors");
        }
        var fields = value.fields();
        while (fields.hasNext()) {
            var entry = fields.next();
            try {
                long id = Long.parseLong(entry.getKey());
                JsonNode seq = entry.getValue();
                if (id < 1 || !seq.isIntegralNumber() || !seq.canConvertToLong() || seq.asLong() < 0) {
                    throw new ChatException(ChatError.INVALID_FIELD, "cursors");
                }
                cursors.put(id, seq.asLong());
            } catch (NumberFormatException e) {
                throw new ChatException(ChatError.INVALID_FIELD, "cursors");
            }
        }
        return cursors;
    }
}
