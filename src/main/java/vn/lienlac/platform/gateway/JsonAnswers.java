package vn.lienlac.platform.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;

/** Reads values out of a provider's JSON answer by JSON pointer (RFC 6901), tolerating answers that are not JSON. */
public final class JsonAnswers {

    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonAnswers() {
    }

    /** The parsed answer, or null when it is empty or not JSON. */
    public static JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            return JSON.readTree(body);
        } catch (IOException notJson) {
            return null;
        }
    }

    /** The scalar at the pointer as text (numbers as written), or null. */
    public static String text(JsonNode body, String pointer) {
        if (body == null) {
            return null;
        }
        JsonNode node = body.at(pointer);
        return node.isValueNode() && !node.isNull() ? node.asText() : null;
    }
}
