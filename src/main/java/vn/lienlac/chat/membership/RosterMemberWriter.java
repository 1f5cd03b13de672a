package vn.lienlac.chat.membership;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.lienlac.platform.sql.SqlTimes;

/**
 * Applies membership changes to conversations already locked in the caller's transaction. Each statement returns
 * the rows it really changed, and only those changes get an event: a member someone else removed (or added by hand)
 * meanwhile is not announced twice.
 */
@ApplicationScoped
class RosterMemberWriter {

    /** A row that exists, inactive, is reactivated: one row per conversation and participant, history included. */
    private static final String JOIN = """
            INSERT INTO conversation_member (conversation_id, participant, source, joined_at)
            SELECT u.conversation_id, u.participant, 'DIRECTORY', $1
            FROM unnest($2::bigint[], $3::text[]) AS u(conversation_id, participant)
            ON CONFLICT (conversation_id, participant) DO UPDATE
                SET active = true, source = 'DIRECTORY', joined_at = EXCLUDED.joined_at, left_at = NULL
                WHERE NOT conversation_member.active
            RETURNING conversation_id, participant""";

    private static final String LEAVE = """
            UPDATE conversation_member m SET active = false, left_at = $1
            FROM unnest($2::bigint[], $3::text[]) AS u(conversation_id, participant)
            WHERE m.conversation_id = u.conversation_id AND m.participant = u.participant AND m.active
            RETURNING m.conversation_id, m.participant""";

    /** The changes that took effect, in the order given. */
    Uni<List<MemberChange>> apply(SqlConnection conn, List<MemberChange> changes, Instant now) {
        List<MemberChange> joins = changes.stream().filter(MemberChange::joins).toList();
        List<MemberChange> leaves = changes.stream().filter(c -> !c.joins()).toList();
        Set<MemberChange> applied = new HashSet<>();
        return run(conn, JOIN, joins, true, now, applied)
                .chain(() -> run(conn, LEAVE, leaves, false, now, applied))
                .map(ignored -> changes.stream().filter(applied::contains).toList());
    }

    private static Uni<Void> run(SqlConnection conn, String sql, List<MemberChange> changes, boolean joins,
            Instant now, Set<MemberChange> applied) {
        if (changes.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        Long[] conversations = changes.stream().map(MemberChange::conversationId).toArray(Long[]::new);
        String[] participants = changes.stream().map(MemberChange::participant).toArray(String[]::new);
        return conn.preparedQuery(sql).execute(Tuple.of(SqlTimes.of(now), conversations, participants))
                .invoke(rows -> collect(rows, joins, applied))
                .replaceWithVoid();
    }

    private static void collect(RowSet<Row> rows, boolean joins, Set<MemberChange> applied) {
        for (Row row : rows) {
            applied.add(new MemberChange(row.getLong("conversation_id"), row.getString("participant"), joins));
        }
    }
}
