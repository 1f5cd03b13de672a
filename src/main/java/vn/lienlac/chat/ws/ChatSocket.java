package vn.lienlac.chat.ws;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.websockets.next.CloseReason;
import io.quarkus.websockets.next.InboundProcessingMode;
import io.quarkus.websockets.next.OnClose;
import io.quarkus.websockets.next.OnError;
import io.quarkus.websockets.next.OnOpen;
import io.quarkus.websockets.next.OnPongMessage;
import io.quarkus.websockets.next.OnTextMessage;
import io.quarkus.websockets.next.WebSocket;
import io.quarkus.websockets.next.WebSocketConnection;
import io.smallrye.mutiny.Uni;
import io.vertx.core.buffer.Buffer;
import java.util.UUID;
import org.jboss.logging.Logger;
import vn.lienlac.chat.ChatError;
import vn.lienlac.chat.ChatIdentities;
import vn.lienlac.chat.fanout.Lane;
import vn.lienlac.identity.SessionChecks;
import vn.lienlac.platform.error.ApiException;
import vn.lienlac.platform.error.ErrorCode;

/**
 * The chat WebSocket (docs/protocol.md). The upgrade is authenticated (401 without a valid token) and checked by
 * {@link ChatUpgradeCheck} (origin, and a person of the directory); everything after that is a {@link ChatSession}.
 * Callbacks return at once: frames are handled asynchronously, so one slow database read never holds the event
 * loop or the connection's other frames. Inbound frames are processed concurrently (no per-connection queue in
 * websockets-next); their order is the order the callbacks run in, on the connection's event loop.
 */
@Authenticated
@WebSocket(path = ChatSocket.PATH, inboundProcessingMode = InboundProcessingMode.CONCURRENT)
public class ChatSocket {

    static final String PATH = "/ws/chat";
    static final String SUBPROTOCOL = "lienlac.chat.v1";
    static final int PROTOCOL_VERSION = 1;
    /**
     * Additions a version-1 client may ignore: 1 = error frames that answer a {@code send} name its {@code clientId};
     * {@code welcome} has the person's limits; {@code sync} takes {@code "from":"latest"}.
     */
    static final int PROTOCOL_MINOR = 1;
    private static final Logger LOG = Logger.getLogger(ChatSocket.class);

    private final ChatSessions sessions;
    private final SecurityIdentity identity;
    private final ChatIdentities identities;
    private final SessionContext ctx;
    private final FrameHandler frames;
    private final SessionChecks sessionChecks;
    private final WelcomeFrames welcomes;

    ChatSocket(ChatSessions sessions, SecurityIdentity identity, ChatIdentities identities, SessionContext ctx,
            FrameHandler frames, SessionChecks sessionChecks, WelcomeFrames welcomes) {
        this.sessions = sessions;
        this.identity = identity;
        this.identities = identities;
        this.ctx = ctx;
        this.frames = frames;
        this.sessionChecks = sessionChecks;
        this.welcomes = welcomes;
    }

    @OnOpen
    Uni<Void> open(WebSocketConnection connection) {
        Lane lane = sessions.lane();
        String id = connection.id();
        Opening opening = new Opening();
        sessions.opening(id, opening);
        UUID signInSession = sessionChecks.sessionOf(identity);
        return identities.of(identity).invoke(caller -> {
            if (caller.participants().isEmpty()) {
                sessions.openingOver(id);
                ctx.metrics().closing(CloseCodes.FORBIDDEN);
                connection.close(CloseCodes.FORBIDDEN).subscribe().with(ok -> { }, failure -> { });
                return;
            }
            ChatSession session = new ChatSession(connection, caller, signInSession, lane, ctx);
            boolean[] tooMany = {false};
            opening.open(session, () -> {
                if (!ctx.hub().register(session, session.person(), ctx.config().maxConnectionsPerPerson())) {
                    tooMany[0] = true;
                    return false;
                }
                session.sendFrame(welcomes.of(connection.id(), caller));
                return true;
            }, frames::handle, () -> sessions.opened(id, session));
            sessions.openingOver(id);
            if (tooMany[0]) {
                LOG.infof("chat connection %s refused: its person holds %d connections on this pod", id,
                        ctx.config().maxConnectionsPerPerson());
                ctx.metrics().closing(CloseCodes.TOO_MANY_CONNECTIONS);
                connection.close(CloseCodes.TOO_MANY_CONNECTIONS).subscribe().with(ok -> { }, failure -> { });
            }
        }).onFailure().invoke(failure -> {
            sessions.openingOver(id);
            CloseReason reason = refusal(failure);
            if (reason == CloseCodes.FORBIDDEN) {
                LOG.warnf("chat connection %s refused: %s", id, failure.getMessage());
            } else {
                LOG.errorf(failure, "chat connection %s could not be opened", id);
            }
            ctx.metrics().closing(reason);
            connection.close(reason).subscribe().with(ok -> { }, f -> { });
        }).onFailure().recoverWithNull().replaceWithVoid();
    }

    /**
     * How a failed opening closes: 4003 (do not reconnect) only when the caller may not use chat; anything else
     * (the directory could not be read) is the server's failure, 1011, after which clients come back with back-off
     * instead of signing their users out.
     */
    static CloseReason refusal(Throwable failure) {
        return failure instanceof ApiException api && api.code() == ErrorCode.FORBIDDEN
                ? CloseCodes.FORBIDDEN
                : CloseCodes.SERVER_ERROR;
    }

    /**
     * A frame goes to the connection's session; one that arrives while the session is being opened waits for it
     * (see {@link Opening}).
     */
    @OnTextMessage
    Uni<Void> message(WebSocketConnection connection, String text) {
        String id = connection.id();
        ChatSession session = sessions.session(id);
        if (session != null) {
            frames.handle(session, text);
            return Uni.createFrom().voidItem();
        }
        Opening opening = sessions.openingOf(id);
        if (opening != null) {
            if (!opening.offer(text, frames::handle)) {
                ctx.metrics().closing(CloseCodes.TOO_EARLY);
                connection.close(CloseCodes.TOO_EARLY).subscribe().with(ok -> { }, failure -> { });
            }
            return Uni.createFrom().voidItem();
        }
        session = sessions.session(id); // opened between the two lookups
        if (session != null) {
            frames.handle(session, text);
        }
        return Uni.createFrom().voidItem();
    }

    @OnPongMessage
    void pong(WebSocketConnection connection, Buffer data) {
        ChatSession session = sessions.session(connection.id());
        if (session != null) {
            session.touched();
        }
    }

    @OnClose
    void close(WebSocketConnection connection) {
        Opening opening = sessions.openingOver(connection.id());
        ChatSession opened = opening == null ? null : opening.close();
        ChatSession session = sessions.closed(connection.id());
        if (session != null) {
            session.closed();
        } else if (opened != null) {
            opened.closed();
        }
    }

    /**
     * A text message over {@code max-message-size} (one frame, or the fragments of one) was dropped by Vert.x, which
     * reports it here and keeps the connection: the client gets a {@code FRAME_TOO_LARGE} error frame, or, before
     * {@code welcome}, a 1009 close. Anything else (a reset connection) is only logged.
     */
    @OnError
    void error(WebSocketConnection connection, Throwable failure) {
        if (!tooLarge(failure)) {
            LOG.debugf("chat connection %s failed: %s", connection.id(), failure.toString());
            return;
        }
        LOG.debugf("chat connection %s sent a message over the size limit", connection.id());
        ChatSession session = sessions.session(connection.id());
        if (session != null) {
            ChatError code = ChatError.FRAME_TOO_LARGE;
            session.refuse(new OutboundFrames.Error("error", null, null, code.name(), code.message(), null, null));
            return;
        }
        ctx.metrics().closing(CloseCodes.TOO_LARGE);
        connection.close(CloseCodes.TOO_LARGE).subscribe().with(ok -> { }, f -> { });
    }

    /** Vert.x's report of a message over the limit (WebSocketImplBase's frame aggregator); checked by a test. */
    static boolean tooLarge(Throwable failure) {
        return failure instanceof IllegalStateException && failure.getMessage() != null
                && failure.getMessage().contains("max message size");
    }
}
