package vn.lienlac.chat.ws;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.util.concurrent.ConcurrentHashMap;
import vn.lienlac.chat.ChatConfig;

/**
 * The chat connections of this pod: closes idle ones (4009) and, when the pod stops, every one with 1012 so that
 * clients reconnect to another pod at once.
 */
@ApplicationScoped
class ChatSessions {

    private static final long SWEEP_EVERY_MILLIS = 10_000;

    private final ConcurrentHashMap<String, ChatSession> byConnection = new ConcurrentHashMap<>();
    private final ChatConfig config;
    private final Clock clock;

    ChatSessions(ChatConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
    }

    ConcurrentHashMap<String, ChatSession> byConnection() {
        return byConnection;
    }

    void start(@Observes StartupEvent event, Vertx vertx) {
        vertx.setPeriodic(SWEEP_EVERY_MILLIS, id -> closeIdle());
    }

    void closeIdle() {
        long now = clock.millis();
        long limit = config.idleTimeout().toMillis();
        byConnection.values().forEach(session -> {
            if (session.idleMillis(now) > limit) {
                session.close(CloseCodes.IDLE);
            }
        });
    }

    void stop(@Observes ShutdownEvent event) {
        byConnection.values().forEach(session -> session.close(CloseCodes.RESTARTING));
    }
}
