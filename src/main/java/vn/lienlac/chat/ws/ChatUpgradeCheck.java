package vn.lienlac.chat.ws;

import io.quarkus.websockets.next.HttpUpgradeCheck;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.util.List;
import java.util.Map;
import vn.lienlac.chat.ChatConfig;
import vn.lienlac.identity.AccessPolicy;

/**
 * Checks an upgrade to the chat endpoint before the 101: the client must offer the subprotocol
 * {@code lienlac.chat.v1} (else 400); a browser (it sends {@code Origin}) must come from an allowed origin (else 403); the caller must be a person of the directory, not the admin token or a school portal
 * key (403); an anonymous caller gets 401. While the pod drains on SIGTERM ({@link ChatDrain}) every upgrade gets 503
 * with {@code Retry-After: 1}: the client backs off with jitter and lands on another pod.
 */
@ApplicationScoped
public class ChatUpgradeCheck implements HttpUpgradeCheck {

    private static final String SUBPROTOCOL_HEADER = "Sec-WebSocket-Protocol";

    private static final Map<String, List<String>> RETRY_SOON = Map.of("Retry-After", List.of("1"));

    private final ChatConfig config;
    private final AccessPolicy policy;
    private final ChatDrain drain;

    public ChatUpgradeCheck(ChatConfig config, AccessPolicy policy, ChatDrain drain) {
        this.config = config;
        this.policy = policy;
        this.drain = drain;
    }

    @Override
    public boolean appliesTo(String endpointId) {
        return endpointId.equals(ChatSocket.class.getName());
    }

    @Override
    public Uni<CheckResult> perform(HttpUpgradeContext context) {
        if (drain.draining()) {
            return CheckResult.rejectUpgrade(503, RETRY_SOON);
        }
        if (!offersSubprotocol(context.httpRequest().headers().getAll(SUBPROTOCOL_HEADER))) {
            return CheckResult.rejectUpgrade(400);
        }
        String origin = context.httpRequest().getHeader("Origin");
        if (origin != null && !allowed(origin, context.httpRequest().getHeader("Host"))) {
            return CheckResult.rejectUpgrade(403);
        }
        return context.securityIdentity().map(identity -> {
            if (identity == null || identity.isAnonymous()) {
                return CheckResult.rejectUpgradeSync(401);
            }
            try {
                policy.requirePerson(identity);
                return CheckResult.permitUpgradeSync();
            } catch (RuntimeException notAPerson) {
                return CheckResult.rejectUpgradeSync(403);
            }
        });
    }

    /**
     * Whether the client offered the protocol's subprotocol ({@code lienlac.chat.v1}); a client that did not would
     * get an upgrade without one and could not tell which protocol it speaks, so it is refused with 400.
     */
    static boolean offersSubprotocol(List<String> headers) {
        for (String header : headers) {
            for (String offered : header.split(",")) {
                if (offered.trim().equals(ChatSocket.SUBPROTOCOL)) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean allowed(String origin, String host) {
        List<String> configured = config.allowedOrigins().orElse(List.of());
        if (configured.contains(origin)) {
            return true;
        }
        try {
            URI uri = URI.create(origin);
            String authority = uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
            return configured.isEmpty() && host != null && host.equalsIgnoreCase(authority);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
