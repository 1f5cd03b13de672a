package vn.lienlac.notifications.policy;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.lienlac.notifications.outbox.ChannelName;

/**
 * Reads, in one statement, what the policy needs about many recipients: phone, own choices and push endpoints. A
 * person who holds several participants (a teacher who is also a parent) registers a device once; its endpoints
 * serve every participant sharing their phone number.
 */
@ApplicationScoped
public class RecipientFactsQuery {

    private static final String FACTS = """
            SELECT r.p AS participant, who.phone, coalesce(pref.push, true) AS push, coalesce(pref.paid, true) AS paid,
                   ep.ids, ep.channels
            FROM unnest($1::text[]) AS r(p)
            LEFT JOIN LATERAL (
                SELECT g.phone FROM directory_guardians g
                WHERE directory_participant_kind(r.p) = 'g' AND g.id = directory_participant_id(r.p)
                UNION ALL
                SELECT st.phone FROM directory_active_staff st
                WHERE directory_participant_kind(r.p) = 's' AND st.id = directory_participant_id(r.p)
                LIMIT 1) who ON true
            LEFT JOIN notification_preference pref ON pref.participant = r.p
            LEFT JOIN LATERAL (
                SELECT array_agg(e.id ORDER BY e.id) AS ids, array_agg(e.channel ORDER BY e.id) AS channels
                FROM push_endpoint e
                WHERE e.participant = r.p
                   OR (who.phone IS NOT NULL AND e.participant IN (
                        SELECT og.participant FROM directory_guardians og WHERE og.phone = who.phone
                        UNION ALL
                        SELECT os.participant FROM directory_active_staff os WHERE os.phone = who.phone))) ep ON true""";

    /** Facts by participant text; every asked participant has an entry. */
    public Uni<Map<String, RecipientFacts>> load(SqlConnection conn, Collection<String> participants) {
        return conn.preparedQuery(FACTS).execute(Tuple.of(participants.toArray(String[]::new))).map(rows -> {
            Map<String, RecipientFacts> facts = new HashMap<>(rows.size() * 2);
            for (Row row : rows) {
                facts.put(row.getString("participant"), new RecipientFacts(row.getString("phone"),
                        row.getBoolean("push"), row.getBoolean("paid"), endpoints(row)));
            }
            return facts;
        });
    }

    private static List<RecipientFacts.Endpoint> endpoints(Row row) {
        Long[] ids = row.getArrayOfLongs("ids");
        String[] channels = row.getArrayOfStrings("channels");
        if (ids == null) {
            return List.of();
        }
        List<RecipientFacts.Endpoint> endpoints = new ArrayList<>(ids.length);
        for (int i = 0; i < ids.length; i++) {
            endpoints.add(new RecipientFacts.Endpoint(ids[i], ChannelName.valueOf(channels[i])));
        }
        return endpoints;
    }
}
