package vn.lienlac.chat.moderation;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import vn.lienlac.chat.ChatIdentity;
import vn.lienlac.directory.Participant;
import vn.lienlac.platform.error.ApiException;
import vn.lienlac.platform.error.ErrorCode;
import vn.lienlac.platform.sql.SqlTimes;

/**
 * A guardian's blocks of other guardians ({@code chat_block}). Only the caller's guardian participant blocks, and only
 * guardians; whether a blocked guardian's direct message goes through is decided on send and when a direct
 * conversation is opened, not here. Blocking and unblocking are idempotent, and do not reveal whether the blocked
 * guardian exists.
 */
@ApplicationScoped
public class BlockService {

    private static final String LIST = """
            SELECT b.blocked, b.created_at, g.full_name FROM chat_block b
            LEFT JOIN directory_guardians g ON g.id = directory_participant_id(b.blocked)
            WHERE b.blocker = $1 ORDER BY b.created_at, b.blocked""";

    private final Pool pool;
    private final Clock clock;

    public BlockService(Pool pool, Clock clock) {
        this.pool = pool;
        this.clock = clock;
    }

    /** The guardians the caller blocked, oldest block first. */
    public Uni<List<Block>> list(ChatIdentity caller) {
        return blocker(caller).chain(blocker -> pool.preparedQuery(LIST).execute(Tuple.of(blocker.toString())))
                .map(rows -> {
                    List<Block> blocks = new ArrayList<>();
                    for (Row row : rows) {
                        blocks.add(new Block(row.getString("blocked"), row.getString("full_name"),
                                SqlTimes.instant(row, "created_at")));
                    }
                    return blocks;
                });
    }

    public Uni<Void> block(ChatIdentity caller, String participant) {
        return pair(caller, participant).chain(pair -> pool.preparedQuery("""
                        INSERT INTO chat_block (blocker, blocked, created_at) VALUES ($1, $2, $3)
                        ON CONFLICT (blocker, blocked) DO NOTHING""")
                .execute(Tuple.of(pair[0], pair[1], SqlTimes.of(clock.instant())))).replaceWithVoid();
    }

    public Uni<Void> unblock(ChatIdentity caller, String participant) {
        return pair(caller, participant).chain(pair -> pool
                .preparedQuery("DELETE FROM chat_block WHERE blocker = $1 AND blocked = $2")
                .execute(Tuple.of(pair[0], pair[1]))).replaceWithVoid();
    }

    /** The caller's guardian participant and the guardian to (un)block, as text. */
    private static Uni<String[]> pair(ChatIdentity caller, String participant) {
        return blocker(caller).map(blocker -> {
            Participant blocked = Participant.parse(participant);
            if (blocked == null || !blocked.isGuardian()) {
                throw ApiException.badRequest("Chỉ chặn được phụ huynh khác (mã dạng g:123).");
            }
            if (blocked.equals(blocker)) {
                throw ApiException.badRequest("Bạn không thể tự chặn chính mình.");
            }
            return new String[] {blocker.toString(), blocked.toString()};
        });
    }

    private static Uni<Participant> blocker(ChatIdentity caller) {
        return caller.participants().stream().filter(Participant::isGuardian).findFirst()
                .map(guardian -> Uni.createFrom().item(guardian))
                .orElseGet(() -> Uni.createFrom().failure(new ApiException(ErrorCode.FORBIDDEN,
                        "Chỉ phụ huynh mới chặn được tin nhắn của phụ huynh khác.")));
    }
}
