package vn.lienlac.audit;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Turns JSON read from the database into plain maps and lists, which any serialiser writes as JSON again (iterating a
 * Vert.x {@link JsonObject} or {@link JsonArray} hands out nested objects and arrays already wrapped).
 */
final class JsonValues {

    private JsonValues() {
    }

    static Map<String, Object> plain(JsonObject object) {
        Map<String, Object> map = new LinkedHashMap<>();
        if (object != null) {
            object.forEach(field -> map.put(field.getKey(), plain(field.getValue())));
        }
        return map;
    }

    private static Object plain(Object value) {
        if (value instanceof JsonObject object) {
            return plain(object);
        }
        if (value instanceof JsonArray array) {
            return array.stream().map(JsonValues::plain).toList();
        }
        return value;
    }
}
