package vn.lienlac.notices.publish;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import vn.lienlac.directory.text.VietnameseText;
import vn.lienlac.platform.text.UnsafeText;

/**
 * Reads the fields of one published record (a JSON object) and rejects it with a {@link RecordProblem} at the first
 * field that is missing or wrong. Text is stored NFC; one-line fields are trimmed with inner spaces collapsed; invisible
 * characters are removed and a bidi control or a lone surrogate rejects the record ({@link UnsafeText}).
 */
final class RecordFields {

    private final JsonNode node;

    RecordFields(JsonNode node) {
        this.node = node;
    }

    /** A one-line text, NFC; null when absent or blank and not required. */
    String line(String name, boolean required, int maxChars) {
        JsonNode value = node.get(name);
        if (value != null && !value.isNull() && !value.isTextual() && !value.isNumber()) {
            throw new Rejected(RecordProblem.INVALID_VALUE, name, value.toString());
        }
        String text = value == null || value.isNull() ? null : VietnameseText.nfc(safe(name, value.asText()));
        return checked(name, text, required, maxChars);
    }

    /** A text of several lines (an activity's body): NFC, each line trimmed, no blank lines at either end. */
    String paragraphs(String name, boolean required, int maxChars) {
        JsonNode value = node.get(name);
        if (value != null && !value.isNull() && !value.isTextual()) {
            throw new Rejected(RecordProblem.INVALID_VALUE, name, value.toString());
        }
        String text = value == null || value.isNull() ? null
                : Arrays.stream(Normalizer.normalize(UnsafeText.stripInvisible(safe(name, value.asText())),
                                Normalizer.Form.NFC).split("\\R"))
                        .map(String::strip).collect(Collectors.joining("\n")).strip();
        return checked(name, text == null || text.isEmpty() ? null : text, required, maxChars);
    }

    /** One of an enum's constants, by its exact name. */
    <E extends Enum<E>> E choice(String name, Class<E> type, boolean required) {
        String text = line(name, required, 40);
        if (text == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, text);
        } catch (IllegalArgumentException e) {
            throw new Rejected(RecordProblem.INVALID_VALUE, name, text);
        }
    }

    /** An ISO date ({@code 2025-09-15}). */
    LocalDate date(String name, boolean required) {
        String text = line(name, required, 20);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new Rejected(RecordProblem.INVALID_DATE, name, text);
        }
    }

    /** A JSON number (not a string), exactly as sent. */
    BigDecimal number(String name, boolean required) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            if (required) {
                throw new Rejected(RecordProblem.MISSING_FIELD, name);
            }
            return null;
        }
        if (!value.isNumber()) {
            throw new Rejected(RecordProblem.INVALID_VALUE, name, value.toString());
        }
        return value.decimalValue();
    }

    /** A list of distinct ids (UUID text), in the order given; empty when absent. */
    List<String> ids(String name, int max) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (!value.isArray()) {
            throw new Rejected(RecordProblem.INVALID_VALUE, name, value.toString());
        }
        Set<String> ids = new LinkedHashSet<>();
        for (JsonNode item : value) {
            try {
                ids.add(UUID.fromString(item.isTextual() ? item.asText() : "").toString());
            } catch (IllegalArgumentException e) {
                throw new Rejected(RecordProblem.INVALID_VALUE, name, item.toString());
            }
        }
        if (ids.size() > max) {
            throw new Rejected(RecordProblem.TOO_MANY_PHOTOS, max);
        }
        return List.copyOf(ids);
    }

    /** A JSON object (an assessment's items or domains); null when absent and not required. */
    JsonNode object(String name, boolean required) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            if (required) {
                throw new Rejected(RecordProblem.MISSING_FIELD, name);
            }
            return null;
        }
        if (!value.isObject()) {
            throw new Rejected(RecordProblem.INVALID_VALUE, name, value.toString());
        }
        return value;
    }

    boolean flag(String name) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return false;
        }
        if (!value.isBoolean()) {
            throw new Rejected(RecordProblem.INVALID_VALUE, name, value.toString());
        }
        return value.booleanValue();
    }

    /** The raw text, unless it holds a bidi control or a lone surrogate ({@link UnsafeText}): INVALID_VALUE. */
    private static String safe(String name, String raw) {
        String offending = UnsafeText.offending(raw);
        if (offending != null) {
            throw new Rejected(RecordProblem.INVALID_VALUE, name, "có ký tự " + offending
                    + " (điều khiển hướng chữ hoặc nửa cặp UTF-16)");
        }
        return raw;
    }

    private static String checked(String name, String text, boolean required, int maxChars) {
        if (text == null && required) {
            throw new Rejected(RecordProblem.MISSING_FIELD, name);
        }
        if (text != null && text.codePointCount(0, text.length()) > maxChars) {
            throw new Rejected(RecordProblem.TEXT_TOO_LONG, name, maxChars);
        }
        return text;
    }
}
