package vn.lienlac.audit;

import io.vertx.mutiny.sqlclient.Tuple;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code WHERE} clause of an audit query with its positional parameters: a condition is added only for a
 * filter that is set, so no statement binds a null.
 */
final class AuditFilter {

    private final List<String> conditions = new ArrayList<>();
    private final List<Object> parameters = new ArrayList<>();

    private AuditFilter() {
    }

    static AuditFilter of(AuditQuery query) {
        AuditFilter filter = new AuditFilter();
        if (!query.actions().isEmpty()) {
            String[] names = query.actions().stream().map(Enum::name).sorted().toArray(String[]::new);
            filter.condition("action = ANY($%d)", names);
        }
        if (query.actor() != null) {
            filter.condition("actor = $%d", query.actor());
        }
        if (query.schoolCode() != null) {
            filter.condition("school_code = $%d", query.schoolCode());
        }
        if (query.from() != null) {
            filter.condition("occurred_at >= $%d", query.from().atOffset(ZoneOffset.UTC));
        }
        if (query.to() != null) {
            filter.condition("occurred_at < $%d", query.to().atOffset(ZoneOffset.UTC));
        }
        return filter;
    }

    /** Adds a parameter and returns its position ({@code $n}). */
    int parameter(Object value) {
        parameters.add(value);
        return parameters.size();
    }

    String where() {
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    Tuple tuple() {
        return Tuple.tuple(parameters);
    }

    private void condition(String template, Object value) {
        conditions.add(template.formatted(parameter(value)));
    }
}
