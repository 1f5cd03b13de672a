package vn.lienlac.directory.sync.engine;

import io.vertx.pgclient.PgException;
import java.util.Set;
import vn.lienlac.platform.error.ApiException;
import vn.lienlac.platform.error.ErrorCode;

/**
 * Turns the database failures that a concurrent change causes (another school's import inserting the same student
 * code a moment earlier, a deadlock) into CONFLICT, which tells the caller to retry.
 */
public final class SqlFailures {

    private static final Set<String> CONFLICTS = Set.of("23505", "40001", "40P01");

    private SqlFailures() {
    }

    public static Throwable conflictOrSame(Throwable failure) {
        if (failure instanceof PgException pg && CONFLICTS.contains(pg.getSqlState())) {
            return new ApiException(ErrorCode.CONFLICT);
        }
        return failure;
    }
}
