package vn.lienlac.notifications.outbox;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.lienlac.directory.Participant;
import vn.lienlac.platform.sql.SqlTimes;

/**
 * How far items got outside the app, for producers' reports (the notice delivery report): per item and recipient,
 * the attempts in step order with their states, and when the app reported it read. Producers read notifications'
 * tables only through this (ForeignTablesTest).
 */
@ApplicationScoped
public class DeliveryPaths {

    private static final String SELECT = """
            SELECT i.item_ref, i.recipient, i.read_at, o.step, o.channel, o.state, o.sent_at, o.delivered_at, o.error
            FROM outbox_item i LEFT JOIN outbox o ON o.item_id = i.id
            WHERE i.item_ref = ANY ($1::text[])
            ORDER BY i.item_ref, i.recipient, o.step, o.id""";

    /** One attempt route: a channel at a step, and its state (QUEUED, SENT, DELIVERED, READ, FAILED, EXPIRED, SKIPPED). */
    public record Hop(int step, ChannelName channel, String state, Instant sentAt, Instant deliveredAt, String error) {

        /** Whether this attempt reached the person (the provider took it, or it was read). */
        public boolean reached() {
            return state.equals("SENT") || state.equals("DELIVERED") || state.equals("READ");
        }
    }

    /** One item of one person: its hops (none when the policy chose no channel) and when it was read, or null. */
    public record Path(String itemRef, Participant recipient, Instant readAt, List<Hop> hops) {
    }

    private final Pool pool;

    public DeliveryPaths(Pool pool) {
        this.pool = pool;
    }

    /** The paths of these items (exact refs), keyed by item ref then recipient; items never enqueued are absent. */
    public Uni<Map<String, Map<Participant, Path>>> of(Collection<String> itemRefs) {
        if (itemRefs.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return pool.preparedQuery(SELECT).execute(Tuple.of(itemRefs.toArray(String[]::new))).map(rows -> {
            Map<String, Map<Participant, Path>> paths = new LinkedHashMap<>();
            for (Row row : rows) {
                Participant recipient = Participant.parse(row.getString("recipient"));
                Path path = paths.computeIfAbsent(row.getString("item_ref"), ref -> new LinkedHashMap<>())
                        .computeIfAbsent(recipient, r -> new Path(row.getString("item_ref"), r,
                                SqlTimes.instant(row, "read_at"), new ArrayList<>()));
                if (row.getString("channel") != null) {
                    path.hops().add(new Hop(row.getInteger("step"), ChannelName.valueOf(row.getString("channel")),
                            row.getString("state"), SqlTimes.instant(row, "sent_at"),
                            SqlTimes.instant(row, "delivered_at"), row.getString("error")));
                }
            }
            return paths;
        });
    }
}
