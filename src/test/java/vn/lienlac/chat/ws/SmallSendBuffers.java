package vn.lienlac.chat.ws;

import io.quarkus.vertx.http.HttpServerOptionsCustomizer;
import io.vertx.core.http.HttpServerOptions;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Tests only: a fixed, small kernel send buffer on the test server's sockets, so that a client that stops reading
 * fills it after a few hundred kilobytes, as a phone on a dead link does, instead of after the megabytes Linux
 * auto-tuning allows on loopback.
 */
@ApplicationScoped
public class SmallSendBuffers implements HttpServerOptionsCustomizer {

    @Override
    public void customizeHttpServer(HttpServerOptions options) {
        options.setSendBufferSize(32 * 1024);
    }
}
