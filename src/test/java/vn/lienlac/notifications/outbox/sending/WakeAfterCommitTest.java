package vn.lienlac.notifications.outbox.sending;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.lienlac.notifications.outbox.ItemKind;
import vn.lienlac.notifications.outbox.Reach;
import vn.lienlac.notifications.policy.OutboxWriter;
import vn.lienlac.notifications.policy.PolicyScene;

/** The sender is woken when the producer's transaction commits, not before it and not on a rollback. */
@QuarkusTest
class WakeAfterCommitTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    PolicyScene scene;

    @Inject
    OutboxWriter writer;

    @Inject
    OutboxSender sender;

    @Inject
    Pool pool;

    @BeforeEach
    void reset() {
        scene.reset();
    }

    @Test
    void aCommittedEnqueueWakesTheSenderOnceTheTransactionCommits() {
        Reach reach = PolicyScene.reach(ItemKind.ATTENDANCE, scene.guardian(), null, false);
        long before = sender.wakes();

        long wakesBeforeCommit = pool.withTransaction(conn -> writer.enqueueCounting(conn, List.of(reach),
                        PolicyScene.MORNING).map(due -> {
                            assertEquals(1, due, "the attendance notice's first attempt is due now");
                            return sender.wakes();
                        }))
                .await().atMost(WAIT);

        assertEquals(before, wakesBeforeCommit, "woken before the rows were committed (the claim cannot see them)");
        awaitWakes(before + 1);
    }

    @Test
    void aRolledBackEnqueueWakesNobody() {
        Reach first = PolicyScene.reach(ItemKind.ATTENDANCE, scene.guardian(), null, false);
        Reach second = PolicyScene.reach(ItemKind.ATTENDANCE, scene.guardian(), null, false);
        long before = sender.wakes();

        assertThrows(IllegalStateException.class, () -> pool.withTransaction(conn -> writer
                        .enqueueCounting(conn, List.of(first), PolicyScene.MORNING)
                        .chain(due -> Uni.createFrom().<Void>failure(new IllegalStateException("the producer failed"))))
                .await().atMost(WAIT));
        // A later committed enqueue is woken for; by then the rolled-back one would have been too.
        scene.enqueue(List.of(second), PolicyScene.MORNING);
        awaitWakes(before + 1);
        assertEquals(before + 1, sender.wakes(), "the rolled-back transaction woke the sender");
        assertEquals(0, scene.count("SELECT count(*) FROM outbox_item WHERE item_ref = $1", first.itemRef()));
    }

    private void awaitWakes(long expected) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (sender.wakes() < expected && System.nanoTime() < deadline) {
            LockSupport.parkNanos(Duration.ofMillis(10).toNanos());
        }
        assertEquals(expected, sender.wakes());
    }
}
