package vn.lienlac.chat.ws;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness: DOWN from the moment the pod starts draining its chat connections on SIGTERM ({@link ChatDrain}), so that
 * the Service and the load balancer stop sending it new clients while the old ones are let go.
 */
@Readiness
@ApplicationScoped
public class ChatDrainCheck implements HealthCheck {

    static final String NAME = "chat-drain";

    private final ChatDrain drain;

    public ChatDrainCheck(ChatDrain drain) {
        this.drain = drain;
    }

    @Override
    public HealthCheckResponse call() {
        boolean draining = drain.draining();
        return HealthCheckResponse.named(NAME).status(!draining).withData("draining", draining).build();
    }
}
