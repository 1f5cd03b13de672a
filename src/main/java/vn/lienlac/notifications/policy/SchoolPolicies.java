package vn.lienlac.notifications.policy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import vn.lienlac.notifications.outbox.ItemKind;

/** Reads the schools' departures from the default policy (notification_school_policy). */
@ApplicationScoped
public class SchoolPolicies {

    private static final TypeReference<Map<ItemKind, KindOverride>> KINDS = new TypeReference<>() {
    };

    private final PolicyDefaults defaults;
    private final ObjectMapper json;

    public SchoolPolicies(PolicyDefaults defaults, ObjectMapper json) {
        this.defaults = defaults;
        this.json = json;
    }

    /** The policy in force at each of these schools (schools without a row: the defaults). */
    public Uni<Map<Long, SchoolPolicy>> inForce(SqlClient client, Collection<Long> schoolIds) {
        if (schoolIds.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return client.preparedQuery("""
                        SELECT school_id, quiet_from, quiet_until, kinds::text AS kinds
                        FROM notification_school_policy WHERE school_id = ANY($1)""")
                .execute(Tuple.of(schoolIds.toArray(Long[]::new)))
                .map(rows -> {
                    Map<Long, SchoolPolicy> policies = new HashMap<>();
                    for (Row row : rows) {
                        policies.put(row.getLong("school_id"), defaults.apply(overrides(row)));
                    }
                    return policies;
                });
    }

    /** A stored row as overrides. */
    public SchoolOverrides overrides(Row row) {
        LocalTime from = row.getLocalTime("quiet_from");
        LocalTime until = row.getLocalTime("quiet_until");
        return new SchoolOverrides(from, until, kinds(row.getString("kinds")));
    }

    public String kindsJson(Map<ItemKind, KindOverride> kinds) {
        try {
            return json.writeValueAsString(kinds);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write a school's policy", e);
        }
    }

    private Map<ItemKind, KindOverride> kinds(String text) {
        try {
            return text == null ? Map.of() : json.readValue(text, KINDS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored school policy is not readable", e);
        }
    }
}
