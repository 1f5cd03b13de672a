package vn.lienlac.web;

import io.smallrye.mutiny.Uni;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.awaitility.Awaitility;
import vn.lienlac.identity.otp.OtpSender;

/**
 * Keeps the one-time codes the server would have sent, so that a browser test types the code as the phone's owner
 * would. Install with {@code QuarkusMock.installMockForType(codes, OtpSender.class)} in a {@code @BeforeEach}.
 */
public final class WebCodes implements OtpSender {

    private record Sent(String phone, String code) {
    }

    private final List<Sent> sent = new CopyOnWriteArrayList<>();

    @Override
    public Uni<Void> send(String phoneE164, String code, String message) {
        sent.add(new Sent(phoneE164, code));
        return Uni.createFrom().voidItem();
    }

    /** The latest code sent to this number (E.164, +84…); waits up to 10 s for it to arrive. */
    public String lastCodeFor(String phoneE164) {
        return Awaitility.await("a code sent to " + phoneE164).atMost(Duration.ofSeconds(10))
                .until(() -> latest(phoneE164), code -> code != null);
    }

    private String latest(String phoneE164) {
        for (int i = sent.size() - 1; i >= 0; i--) {
            if (sent.get(i).phone().equals(phoneE164)) {
                return sent.get(i).code();
            }
        }
        return null;
    }
}
