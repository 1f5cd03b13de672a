package vn.lienlac.identity.otp;

import static org.junit.jupiter.api.Assertions.assertThrows;

import io.smallrye.mutiny.Uni;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import vn.lienlac.directory.rest.PeopleFixtures;
import vn.lienlac.platform.error.ApiException;

/** Unique phone numbers and client addresses (tests share one database), and blocking helpers. */
final class OtpFixtures {

    static final Duration TIMEOUT = Duration.ofSeconds(30);

    private OtpFixtures() {
    }

    /** A Vietnamese mobile number in E.164 that no other test of this run uses. */
    static String newPhone() {
        return PeopleFixtures.phone();
    }

    /** A random address in a random /64 network of the IPv6 documentation range (limits count per /64). */
    static String newIp() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return String.format("2001:db8:%x:%x::1", random.nextInt(0x10000), random.nextInt(0x10000));
    }

    /** Another address in the same /64 network as {@code ip} (made by {@link #newIp()}). */
    static String sameNetwork(String ip, int host) {
        return ip.substring(0, ip.length() - 1) + Integer.toHexString(host);
    }

    static <T> T await(Uni<T> uni) {
        return uni.await().atMost(TIMEOUT);
    }

    static ApiException failure(Uni<?> uni) {
        return assertThrows(ApiException.class, () -> uni.await().atMost(TIMEOUT));
    }
}
