package vn.lienlac.platform.sql;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.UniEmitter;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * One statement run for many callers with one commit. Each caller's parameters wait while a group is in flight and
 * go together in the next one: one transaction with one batched execution, so one WAL flush for the group instead
 * of one per caller. When nobody else is waiting a caller's statement goes at once (no added delay); under load the
 * groups grow by themselves, up to {@code maxGroup}.
 *
 * <p>Each caller gets its own statement's result. A group that fails is rolled back as a whole and its statements are
 * then run one by one, so one bad parameter set fails only its own caller. Use it only for statements whose callers
 * do not depend on being in separate transactions (independent single-row writes, for instance).
 */
public final class GroupedStatement {

    private static final Logger LOG = Logger.getLogger(GroupedStatement.class);

    private final Pool pool;
    private final String sql;
    private final int maxGroup;
    private final ArrayDeque<Waiting> waiting = new ArrayDeque<>();
    private boolean inFlight;

    public GroupedStatement(Pool pool, String sql, int maxGroup) {
        if (maxGroup < 1) {
            throw new IllegalArgumentException("maxGroup must be at least 1");
        }
        this.pool = pool;
        this.sql = sql;
        this.maxGroup = maxGroup;
    }

    /** Runs the statement with these parameters in the next group; the item is this statement's own result. */
    public Uni<RowSet<Row>> execute(Tuple parameters) {
        return Uni.createFrom().emitter(emitter -> {
            synchronized (this) {
                waiting.add(new Waiting(parameters, emitter));
            }
            sendNext();
        });
    }

    private void sendNext() {
        List<Waiting> group;
        synchronized (this) {
            if (inFlight || waiting.isEmpty()) {
                return;
            }
            inFlight = true;
            group = new ArrayList<>(Math.min(waiting.size(), maxGroup));
            while (!waiting.isEmpty() && group.size() < maxGroup) {
                group.add(waiting.poll());
            }
        }
        if (group.size() == 1) {
            one(group.get(0)).subscribe().with(ignored -> done());
            return;
        }
        List<Tuple> batch = new ArrayList<>(group.size());
        group.forEach(each -> batch.add(each.parameters));
        pool.withTransaction(connection -> connection.preparedQuery(sql).executeBatch(batch)).subscribe().with(
                first -> {
                    done();
                    RowSet<Row> result = first;
                    for (Waiting each : group) {
                        RowSet<Row> own = result;
                        complete(each, () -> each.emitter.complete(own));
                        result = result.next();
                    }
                },
                failure -> Uni.join().all(group.stream().map(this::one).toList()).andCollectFailures()
                        .subscribe().with(ignored -> done()));
    }

    private void done() {
        synchronized (this) {
            inFlight = false;
        }
        sendNext();
    }

    /** Runs one caller's statement alone; never fails (the caller gets the failure). */
    private Uni<Void> one(Waiting each) {
        return pool.preparedQuery(sql).execute(each.parameters)
                .onItemOrFailure().transform((result, failure) -> {
                    complete(each, failure != null ? () -> each.emitter.fail(failure)
                            : () -> each.emitter.complete(result));
                    return null;
                })
                .replaceWithVoid();
    }

    /** A caller's continuation that throws must not touch the other callers or the group. */
    private static void complete(Waiting each, Runnable emit) {
        try {
            emit.run();
        } catch (RuntimeException e) {
            LOG.warnf(e, "A caller of a grouped statement failed on its result");
        }
    }

    private record Waiting(Tuple parameters, UniEmitter<? super RowSet<Row>> emitter) {
    }
}
