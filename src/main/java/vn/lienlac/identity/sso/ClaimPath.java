package vn.lienlac.identity.sso;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * A claim named by a dotted path: {@code staff_code} is a top-level claim, {@code attributes.ma_can_bo} the member
 * {@code ma_can_bo} of the object claim {@code attributes} (Keycloak writes a mapper's dotted claim name this way).
 * The value must be one non-blank string; a one-element array (a multivalued attribute) counts as that element.
 */
public final class ClaimPath {

    private final List<String> names;

    private ClaimPath(List<String> names) {
        this.names = names;
    }

    public static ClaimPath of(String path) {
        List<String> names = List.of(path.trim().split("\\.", -1));
        if (names.stream().anyMatch(String::isBlank)) {
            throw new IllegalArgumentException("Not a claim path: '" + path + "' (use names joined by dots)");
        }
        return new ClaimPath(names);
    }

    /** The trimmed string at this path, or empty when the claim is missing, blank or not a single string. */
    public Optional<String> read(JsonWebToken token) {
        Object value = token.getClaim(names.get(0));
        for (String name : names.subList(1, names.size())) {
            value = member(value, name);
        }
        return single(value).map(String::trim).filter(s -> !s.isEmpty());
    }

    private static Object member(Object value, String name) {
        if (value instanceof JsonObject object) {
            return object.get(name);
        }
        if (value instanceof Map<?, ?> map) {
            return map.get(name);
        }
        return null;
    }

    private static Optional<String> single(Object value) {
        if (value instanceof String s) {
            return Optional.of(s);
        }
        if (value instanceof JsonString s) {
            return Optional.of(s.getString());
        }
        if (value instanceof JsonArray array && array.size() == 1) {
            return single(array.get(0));
        }
        if (value instanceof Collection<?> list && list.size() == 1) {
            return single(list.iterator().next());
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return String.join(".", names);
    }
}
