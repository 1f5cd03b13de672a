package vn.lienlac.chat.membership;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import vn.lienlac.platform.sql.SqlTimes;

/**
 * Creates the group conversations a school should have and does not have yet: a CLASS group per active class, a
 * CLASS_PARENTS group per active class when the school turned them on, one SCHOOL_STAFF group; none for an inactive
 * school. Groups are never deleted: a class that ends keeps its group (and its history), without members; a class
 * closed by a new school year keeps its members too, as read-only history (docs/chat-groups.md).
 */
@ApplicationScoped
class GroupConversations {

    /** The NOT EXISTS tests keep identity values from being used up by conflicts on every reconcile. */
    private static final String ENSURE = """
            INSERT INTO conversation (kind, school_id, class_id, title, created_at)
            SELECT k.kind, c.school_id, c.id, k.prefix || c.name, $2::timestamptz
            FROM directory_classes c
            JOIN directory_schools s ON s.id = c.school_id AND s.active
            CROSS JOIN (VALUES ('CLASS', 'Lớp '), ('CLASS_PARENTS', 'Phụ huynh lớp ')) AS k(kind, prefix)
            WHERE c.school_id = $1 AND c.active
              AND (k.kind = 'CLASS' OR EXISTS (SELECT 1 FROM chat_school_settings cs
                                               WHERE cs.school_id = $1 AND cs.parents_groups))
              AND NOT EXISTS (SELECT 1 FROM conversation cv
                              WHERE cv.class_id = c.id AND cv.kind = k.kind AND cv.kind IN ('CLASS', 'CLASS_PARENTS'))
            UNION ALL
            SELECT 'SCHOOL_STAFF', s.id, NULL, 'Cán bộ, giáo viên ' || s.name, $2::timestamptz
            FROM directory_schools s
            WHERE s.id = $1 AND s.active
              AND NOT EXISTS (SELECT 1 FROM conversation cv WHERE cv.school_id = s.id AND cv.kind = 'SCHOOL_STAFF')
            ON CONFLICT DO NOTHING""";

    /** Inside the reconcile's transaction, under the school's reconcile lock. */
    Uni<Void> ensure(SqlConnection conn, long schoolId, Instant now) {
        return conn.preparedQuery(ENSURE).execute(Tuple.of(schoolId, SqlTimes.of(now))).replaceWithVoid();
    }
}
