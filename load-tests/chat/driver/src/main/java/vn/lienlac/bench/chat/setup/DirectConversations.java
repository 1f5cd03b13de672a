package vn.lienlac.bench.chat.setup;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The direct conversations of the pair scenarios: one per pair of guardians of the same class (a relationship that
 * may open a direct conversation). Opened through {@code POST /api/v1/chat/direct} when the server has it, else
 * written directly (a {@code DIRECT} conversation with its {@code direct_key} and two member rows, V8__chat.sql).
 */
public final class DirectConversations {

    /** One conversation and its two members. */
    public record Pair(long conversationId, Person first, Person second) {
    }

    /** How the conversations were made, for the report. */
    public enum Via { API, SQL }

    private DirectConversations() {
    }

    /** The key the schema makes unique per pair: both participants, sorted, joined with {@code |}. */
    static String directKey(String a, String b) {
        return a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a;
    }

    public static Via open(ServerApi api, Connection db, List<Person[]> pairs) throws IOException,
            InterruptedException, SQLException {
        if (pairs.isEmpty()) {
            return Via.SQL;
        }
        int first = api.openDirect(pairs.get(0)[0].token(), pairs.get(0)[1].participant());
        if (first / 100 == 2) {
            for (Person[] pair : pairs.subList(1, pairs.size())) {
                int status = api.openDirect(pair[0].token(), pair[1].participant());
                if (status / 100 != 2) {
                    throw new IllegalStateException("POST /api/v1/chat/direct answered " + status + " for "
                            + pair[0].participant() + " → " + pair[1].participant());
                }
            }
            return Via.API;
        }
        if (first != 404 && first != 405) {
            throw new IllegalStateException("POST /api/v1/chat/direct answered " + first);
        }
        insert(db, pairs);
        return Via.SQL;
    }

    /** The pairs with their conversation ids, read back by {@code direct_key}. */
    public static List<Pair> read(Connection db, List<Person[]> pairs) throws SQLException {
        Map<String, Long> ids = new HashMap<>();
        try (PreparedStatement query = db.prepareStatement(
                "SELECT id, direct_key FROM conversation WHERE kind = 'DIRECT'");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                ids.put(rows.getString("direct_key"), rows.getLong("id"));
            }
        }
        List<Pair> result = new ArrayList<>();
        for (Person[] pair : pairs) {
            Long id = ids.get(directKey(pair[0].participant(), pair[1].participant()));
            if (id == null) {
                throw new IllegalStateException("no direct conversation for " + pair[0].participant() + " and "
                        + pair[1].participant());
            }
            result.add(new Pair(id, pair[0], pair[1]));
        }
        return result;
    }

    private static void insert(Connection db, List<Person[]> pairs) throws SQLException {
        Timestamp now = Timestamp.from(Instant.now());
        try (PreparedStatement conversation = db.prepareStatement("""
                INSERT INTO conversation (kind, school_id, direct_key, created_by, created_at)
                SELECT 'DIRECT', c.school_id, ?, ?, ? FROM school_class c WHERE c.id = ?
                ON CONFLICT (direct_key) DO NOTHING""")) {
            for (Person[] pair : pairs) {
                conversation.setString(1, directKey(pair[0].participant(), pair[1].participant()));
                conversation.setString(2, pair[0].participant());
                conversation.setTimestamp(3, now);
                conversation.setLong(4, pair[0].classId());
                conversation.addBatch();
            }
            conversation.executeBatch();
        }
        try (PreparedStatement member = db.prepareStatement("""
                INSERT INTO conversation_member (conversation_id, participant, role, source, joined_at)
                SELECT id, ?, 'MEMBER', 'MANUAL', ? FROM conversation WHERE direct_key = ?
                ON CONFLICT DO NOTHING""")) {
            for (Person[] pair : pairs) {
                String key = directKey(pair[0].participant(), pair[1].participant());
                for (Person p : pair) {
                    member.setString(1, p.participant());
                    member.setTimestamp(2, now);
                    member.setString(3, key);
                    member.addBatch();
                }
            }
            member.executeBatch();
        }
    }
}
