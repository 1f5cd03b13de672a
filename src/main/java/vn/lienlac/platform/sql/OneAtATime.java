package vn.lienlac.platform.sql;

import io.smallrye.mutiny.Uni;
import java.util.function.Supplier;

/**
 * The loop of a job that claims due rows one at a time (scheduled messages, notices, directives): runs {@code step}
 * until it finds nothing to take or {@code max} steps have run, and answers how many took something. Each step is
 * subscribed only after the previous one finished, so the claims never overlap on one pod.
 */
public final class OneAtATime {

    private OneAtATime() {
    }

    /** @param step answers true when it claimed and handled a row, false when nothing was due */
    public static Uni<Integer> repeat(int max, Supplier<Uni<Boolean>> step) {
        return next(max, step, 0);
    }

    private static Uni<Integer> next(int max, Supplier<Uni<Boolean>> step, int done) {
        if (done >= max) {
            return Uni.createFrom().item(done);
        }
        return step.get().chain(took -> took ? next(max, step, done + 1) : Uni.createFrom().item(done));
    }
}
