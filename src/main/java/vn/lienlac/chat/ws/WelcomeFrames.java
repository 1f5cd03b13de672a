package vn.lienlac.chat.ws;

import io.vertx.core.http.HttpServerOptions;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.lienlac.chat.ChatConfig;
import vn.lienlac.chat.ChatIdentity;
import vn.lienlac.directory.Participant;

/**
 * The {@code welcome} frame (docs/protocol.md): the protocol version, the connection and the settings a client
 * must respect, each read from where the server itself takes it — the chat settings ({@link ChatConfig}) and the
 * WebSocket server's ping interval and message size limit — so the frame cannot tell a client other limits than
 * the ones enforced.
 */
@Singleton
class WelcomeFrames {

    private final ChatConfig config;
    private final long heartbeatSeconds;
    private final long maxMessageBytes;

    WelcomeFrames(ChatConfig config,
            @ConfigProperty(name = "quarkus.websockets-next.server.auto-ping-interval") Optional<Duration> autoPing,
            @ConfigProperty(name = "quarkus.websockets-next.server.max-message-size") Optional<Integer> maxMessage) {
        this.config = config;
        this.heartbeatSeconds = autoPing.orElse(Duration.ZERO).toSeconds();
        this.maxMessageBytes = maxMessage.orElse(HttpServerOptions.DEFAULT_MAX_WEBSOCKET_MESSAGE_SIZE);
    }

    OutboundFrames.Welcome of(String connectionId, ChatIdentity caller) {
        return new OutboundFrames.Welcome("welcome", ChatSocket.PROTOCOL_VERSION, ChatSocket.PROTOCOL_MINOR,
                connectionId, caller.participants().stream().map(Participant::toString).toList(), heartbeatSeconds,
                config.idleTimeout().toSeconds(), Map.of(
                        "maxTextChars", (long) config.maxTextChars(),
                        "maxFrameBytes", maxMessageBytes,
                        "sendsPerSecond", (long) config.sendsPerSecond(),
                        "sendBurst", (long) config.sendBurst(),
                        "personSendsPerSecond", (long) config.personSendsPerSecond(),
                        "personSendBurst", (long) PersonRateLimits.burst(config),
                        "maxConnectionsPerPerson", (long) config.maxConnectionsPerPerson(),
                        "replayLimit", (long) config.replayLimit(),
                        "editWindowSeconds", config.editWindow().toSeconds(),
                        "recallWindowSeconds", config.recallWindow().toSeconds()));
    }
}
