package vn.lienlac.chat.ws;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.websockets.next.OnClose;
import io.quarkus.websockets.next.OnError;
import io.quarkus.websockets.next.OnOpen;
import io.quarkus.websockets.next.OnPongMessage;
import io.quarkus.websockets.next.OnTextMessage;
import io.quarkus.websockets.next.WebSocket;
import io.quarkus.websockets.next.WebSocketConnection;
import io.smallrye.mutiny.Uni;
import io.vertx.core.buffer.Buffer;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;
import vn.lienlac.chat.ChatConfig;
import vn.lienlac.chat.ChatIdentities;
import vn.lienlac.chat.Participant;
import vn.lienlac.chat.fanout.Lane;
import vn.lienlac.identity.session.CallerSession;
import vn.lienlac.identity.session.SessionClaims;

/**
 * The chat WebSocket (docs/protocol.md). The upgrade is authenticated (401 without a valid token) and checked by
 * {@link ChatUpgradeCheck} (origin, and a person of the directory); everything after that is a {@link ChatSession}.
 * Callbacks return at once: frames are handled asynchronously, so one slow database read never holds the event
 * loop or the connection's other frames.
 */
@Authenticated
@WebSocket(path = ChatSocket.PATH)
public class ChatSocket {

    static final String PATH = "/ws/chat";
    static final String SUBPROTOCOL = "lienlac.chat.v1";
    static final int PROTOCOL_VERSION = 1;
    private static final Logger LOG = Logger.getLogger(ChatSocket.class);

    private final ChatSessions sessions;
    private final SecurityIdentity identity;
    private final ChatIdentities identities;
    private final SessionContext ctx;
    private final FrameHandler frames;
    private final SessionClaims claims;

    ChatSocket(ChatSessions sessions, SecurityIdentity identity, ChatIdentities identities, SessionContext ctx,
            FrameHandler frames, SessionClaims claims) {
        this.sessions = sessions;
        this.identity = identity;
        this.identities = identities;
        this.ctx = ctx;
        this.frames = frames;
        this.claims = claims;
    }

    @OnOpen
    Uni<Void> open(WebSocketConnection connection) {
        Lane lane = sessions.lane();
        UUID signInSession = claims.of(identity).map(CallerSession::sessionId).orElse(null);
        return identities.of(identity).invoke(caller -> {
            if (caller.participants().isEmpty()) {
                ctx.metrics().closing(CloseCodes.FORBIDDEN);
                connection.close(CloseCodes.FORBIDDEN).subscribe().with(ok -> { }, failure -> { });
                return;
            }
            ChatSession session = new ChatSession(connection, caller, signInSession, lane, ctx);
            sessions.byConnection().put(connection.id(), session);
            ctx.hub().register(session);
            ChatConfig config = ctx.config();
            session.sendFrame(new OutboundFrames.Welcome("welcome", PROTOCOL_VERSION, connection.id(),
                    caller.participants().stream().map(Participant::toString).toList(), 25,
                    config.idleTimeout().toSeconds(), Map.of(
                            "maxTextChars", (long) config.maxTextChars(),
                            "maxFrameBytes", 65_536L,
                            "sendsPerSecond", (long) config.sendsPerSecond(),
                            "sendBurst", (long) config.sendBurst(),
                            "replayLimit", (long) config.replayLimit(),
                            "editWindowSeconds", config.editWindow().toSeconds(),
                            "recallWindowSeconds", config.recallWindow().toSeconds())));
        }).onFailure().invoke(failure -> {
            LOG.warnf("chat connection %s refused: %s", connection.id(), failure.getMessage());
            ctx.metrics().closing(CloseCodes.FORBIDDEN);
            connection.close(CloseCodes.FORBIDDEN).subscribe().with(ok -> { }, f -> { });
        }).onFailure().recoverWithNull().replaceWithVoid();
    }

    @OnTextMessage
    Uni<Void> message(WebSocketConnection connection, String text) {
        ChatSession session = sessions.byConnection().get(connection.id());
        if (session != null) {
            frames.handle(session, text);
        }
        return Uni.createFrom().voidItem();
    }

    @OnPongMessage
    void pong(WebSocketConnection connection, Buffer data) {
        ChatSession session = sessions.byConnection().get(connection.id());
        if (session != null) {
            session.touched();
        }
    }

    @OnClose
    void close(WebSocketConnection connection) {
        ChatSession session = sessions.byConnection().remove(connection.id());
        if (session != null) {
            session.closed();
        }
    }

    @OnError
    void error(WebSocketConnection connection, Throwable failure) {
        LOG.debugf("chat connection %s failed: %s", connection.id(), failure.toString());
    }
}
