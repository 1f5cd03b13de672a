package vn.lienlac.chat.ws;

import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;
import vn.lienlac.chat.ChatConfig;
import vn.lienlac.identity.SessionChecks;

/**
 * Closes with 1008 the chat connections whose sign-in session ended — signed out, revoked by the person from another
 * device or by an administrator, pushed out by a newer sign-in, past its lifetime — within
 * {@code lienlac.chat.session-check-every} (30 s). The upgrade checked the session once; without this a connection
 * would outlive its session until its access token expired. One query per thousand connections of this pod.
 */
@Singleton
class SessionRecheck {

    private static final Logger LOG = Logger.getLogger(SessionRecheck.class);
    private static final int CHUNK = 1_000;

    private final ChatSessions sessions;
    private final SessionChecks checks;
    private final ChatConfig config;
    private final Clock clock;
    private final AtomicBoolean running = new AtomicBoolean();

    SessionRecheck(ChatSessions sessions, SessionChecks checks, ChatConfig config, Clock clock) {
        this.sessions = sessions;
        this.checks = checks;
        this.config = config;
        this.clock = clock;
    }

    void start(@Observes StartupEvent event, Vertx vertx) {
        vertx.setPeriodic(config.sessionCheckEvery().toMillis(), id -> recheck());
    }

    /** Checks every open connection's session once; a check still running when the next is due is not doubled. */
    void recheck() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        Map<UUID, List<ChatSession>> bySession = new HashMap<>();
        sessions.forEach(session -> {
            if (session.sessionId() != null) {
                bySession.computeIfAbsent(session.sessionId(), id -> new ArrayList<>()).add(session);
            }
        });
        check(new ArrayList<>(bySession.keySet()), 0, bySession, clock.instant()).subscribe().with(
                ok -> running.set(false),
                failure -> {
                    running.set(false);
                    LOG.warnf("could not re-check the sessions of the chat connections: %s", failure.getMessage());
                });
    }

    private Uni<Void> check(List<UUID> ids, int from, Map<UUID, List<ChatSession>> bySession, Instant now) {
        if (from >= ids.size()) {
            return Uni.createFrom().voidItem();
        }
        List<UUID> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
        return checks.stillLive(chunk.toArray(UUID[]::new), now).invoke(live -> {
            for (UUID id : chunk) {
                if (!live.contains(id)) {
                    for (ChatSession session : bySession.get(id)) {
                        LOG.infof("closing chat connection %s: its sign-in session ended", session.id());
                        session.close(CloseCodes.SESSION_ENDED);
                    }
                }
            }
        }).chain(() -> check(ids, from + CHUNK, bySession, now));
    }
}
