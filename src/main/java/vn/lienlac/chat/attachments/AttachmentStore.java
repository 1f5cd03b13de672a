package vn.lienlac.chat.attachments;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowIterator;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.UUID;
import vn.lienlac.platform.sql.SqlTimes;
import vn.lienlac.platform.storage.FileType;

/** The {@code chat_attachment} rows, each written and read only together with a membership check. */
@ApplicationScoped
public class AttachmentStore {

    private static final String INSERT_FOR_MEMBER = """
            INSERT INTO chat_attachment (id, conversation_id, uploader, content_type, size_bytes, file_name, sha256,
                                         storage_key, created_at)
            SELECT $1, $2, $3, $4, $5, $6, $7, $8, $9
            WHERE EXISTS (SELECT 1 FROM conversation_member
                          WHERE conversation_id = $2 AND participant = $3 AND active)""";

    /** Served while one of the participants is an active member, and until a message with it is recalled or hidden. */
    private static final String FIND_FOR_MEMBER = """
            SELECT a.* FROM chat_attachment a
            WHERE a.id = $1
              AND EXISTS (SELECT 1 FROM conversation_member m
                          WHERE m.conversation_id = a.conversation_id AND m.participant = ANY($2) AND m.active)
              AND NOT EXISTS (SELECT 1 FROM chat_event e
                              WHERE e.attachment_id = a.id AND e.type = 'MESSAGE'
                                AND (e.recalled_at IS NOT NULL OR e.hidden_at IS NOT NULL))""";

    private final Pool pool;

    public AttachmentStore(Pool pool) {
        this.pool = pool;
    }

    /** Inserts the row if its uploader is (still) an active member of its conversation; false otherwise. */
    public Uni<Boolean> insertForMember(StoredAttachment a) {
        return pool.preparedQuery(INSERT_FOR_MEMBER)
                .execute(Tuple.tuple(Arrays.asList(a.id(), a.conversationId(), a.uploader(), a.type().mediaType(),
                        a.size(), a.fileName(), a.sha256(), a.storageKey(), SqlTimes.of(a.createdAt()))))
                .map(rows -> rows.rowCount() == 1);
    }

    /** The attachment, if one of these participants may fetch it now; null otherwise (or when there is none). */
    public Uni<StoredAttachment> findForMember(UUID id, String[] participants) {
        return pool.preparedQuery(FIND_FOR_MEMBER).execute(Tuple.of(id, participants)).map(rows -> {
            RowIterator<Row> it = rows.iterator();
            return it.hasNext() ? attachment(it.next()) : null;
        });
    }

    private static StoredAttachment attachment(Row row) {
        return new StoredAttachment(row.getUUID("id"), row.getLong("conversation_id"), row.getString("uploader"),
                FileType.ofMediaType(row.getString("content_type")).orElseThrow(), row.getLong("size_bytes"),
                row.getString("file_name"), row.getString("sha256"), row.getString("storage_key"),
                SqlTimes.instant(row, "created_at"));
    }
}
