package vn.lienlac.directory.sync.engine;

import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.SqlConnection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Writes the domain events of an import in one statement, in the order they were decided. */
public final class EventWriter {

    private EventWriter() {
    }

    public static Uni<Void> write(SqlConnection conn, SyncContext ctx, UUID importId, List<PendingEvent> events,
            KeyIds ids) {
        if (events.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        String[] types = new String[events.size()];
        String[] payloads = new String[events.size()];
        for (int i = 0; i < types.length; i++) {
            types[i] = events.get(i).type().name();
            payloads[i] = payload(events.get(i), ids).encode();
        }
        return conn.preparedQuery("""
                        INSERT INTO directory_event (occurred_at, type, school_id, import_id, payload)
                        SELECT $1::timestamptz, e.type, $2::bigint, $3::uuid, e.payload::jsonb
                        FROM unnest($4::text[], $5::text[]) WITH ORDINALITY AS e(type, payload, n)
                        ORDER BY e.n""")
                .execute(Params.of(ctx.timestamp(), ctx.school().id(), importId, types, payloads))
                .replaceWithVoid();
    }

    static JsonObject payload(PendingEvent event, KeyIds ids) {
        JsonObject json = new JsonObject();
        for (Map.Entry<String, Object> entry : event.payload().entrySet()) {
            Object value = entry.getValue();
            if (value instanceof Ref ref) {
                value = ids.resolve(ref);
            } else if (value instanceof Enum<?> e) {
                value = e.name();
            }
            json.put(entry.getKey(), value);
        }
        return json;
    }
}
