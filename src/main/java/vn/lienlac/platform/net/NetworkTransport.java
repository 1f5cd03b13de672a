package vn.lienlac.platform.net;

import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/**
 * Says at startup which network transport Vert.x runs on. The service asks for Netty's epoll transport
 * ({@code quarkus.vertx.prefer-native-transport}; the x86_64 and aarch64 libraries are packaged): per WebSocket frame
 * it costs less CPU than Java NIO. Where it cannot load (another OS or CPU, or a {@code java.io.tmpdir} mounted
 * {@code noexec}, since Netty unpacks its library there) the service still works on NIO, and this says why.
 */
@ApplicationScoped
public class NetworkTransport {

    private static final Logger LOG = Logger.getLogger(NetworkTransport.class);

    void report(@Observes StartupEvent event, Vertx vertx) {
        if (vertx.isNativeTransportEnabled()) {
            LOG.info("Network transport: native (epoll)");
        } else {
            Throwable cause = vertx.unavailableNativeTransportCause();
            LOG.warnf("Network transport: Java NIO, the native transport is unavailable: %s",
                    cause == null ? "not requested" : cause.toString());
        }
    }
}
