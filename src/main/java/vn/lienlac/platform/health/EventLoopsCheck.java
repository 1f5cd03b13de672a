package vn.lienlac.platform.health;

import io.netty.util.concurrent.EventExecutor;
import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import io.vertx.core.impl.VertxInternal;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness: every Vert.x event loop runs a no-op task within {@link HealthConfig#eventLoopTimeout()}. A loop that is
 * blocked, or whose thread died (an OutOfMemoryError thrown on it without ExitOnOutOfMemoryError), serves none of
 * the connections it owns: the pod must leave the Service instead of staying half-alive. Reports how many loops
 * answered; never blocks (the pings are tasks queued on the loops, the wait is a timer).
 */
@Readiness
@ApplicationScoped
public class EventLoopsCheck implements AsyncHealthCheck {

    static final String NAME = "event-loops";

    private final Vertx vertx;
    private final HealthConfig config;

    public EventLoopsCheck(Vertx vertx, HealthConfig config) {
        this.vertx = vertx;
        this.config = config;
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        List<Uni<Boolean>> pings = new ArrayList<>();
        for (EventExecutor loop : ((VertxInternal) vertx).getEventLoopGroup()) {
            pings.add(ping(loop));
        }
        return Uni.join().all(pings).andCollectFailures().map(answers -> {
            long answered = answers.stream().filter(Boolean::booleanValue).count();
            HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME)
                    .withData("loops", answers.size())
                    .withData("answered", answered);
            return (answered == answers.size() ? response.up() : response.down()).build();
        });
    }

    private Uni<Boolean> ping(EventExecutor loop) {
        return Uni.createFrom().<Boolean>emitter(emitter -> {
                    try {
                        loop.execute(() -> emitter.complete(true));
                    } catch (RejectedExecutionException shutDown) {
                        emitter.complete(false);
                    }
                })
                .ifNoItem().after(config.eventLoopTimeout()).recoverWithItem(false);
    }
}
