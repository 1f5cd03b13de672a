package vn.lienlac.platform;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.Vertx;
import jakarta.inject.Inject;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The packaged epoll libraries load wherever the service is deployed (Linux on x86_64 or aarch64). */
@QuarkusTest
class NetworkTransportTest {

    @Inject
    Vertx vertx;

    @Test
    void vertxRunsOnEpollOnLinux() {
        assumeTrue(System.getProperty("os.name").equals("Linux")
                && Set.of("amd64", "x86_64", "aarch64").contains(System.getProperty("os.arch")));
        assertTrue(vertx.isNativeTransportEnabled(), () -> "native transport unavailable: "
                + vertx.unavailableNativeTransportCause());
    }
}
