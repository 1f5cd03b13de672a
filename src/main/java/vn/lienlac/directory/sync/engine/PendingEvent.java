package vn.lienlac.directory.sync.engine;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.lienlac.directory.sync.DirectoryEventType;

/**
 * A domain event decided by a differ. Payload values are ids, codes, enums, or {@link Ref}s that the event writer
 * resolves to ids once the rows exist.
 */
public record PendingEvent(DirectoryEventType type, Map<String, Object> payload) {

    /** An event whose payload alternates keys and values: {@code of(T, "studentId", ref, "studentCode", code)}. */
    public static PendingEvent of(DirectoryEventType type, Object... keysAndValues) {
        if (keysAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("Keys and values must come in pairs");
        }
        Map<String, Object> payload = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            payload.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return new PendingEvent(type, Collections.unmodifiableMap(payload));
    }
}
