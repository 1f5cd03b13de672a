package vn.lienlac.identity.password;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import java.text.Normalizer;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * bcrypt hashing and checking of staff passwords. bcrypt is slow on purpose and BLOCKS the calling thread for a
 * fraction of a second, so every call runs on a worker thread, never on the event loop. Passwords are compared in
 * Unicode NFC, so that one Vietnamese password typed on two keyboards (composed or decomposed diacritics) matches.
 */
@ApplicationScoped
public class PasswordHasher {

    private final int cost;
    private volatile String dummyHash;

    public PasswordHasher(PasswordConfig config) {
        this.cost = config.bcryptCost();
    }

    /** A new bcrypt hash (random salt), computed on a worker thread. */
    public Uni<String> hash(String password) {
        return onWorker(() -> BcryptUtil.bcryptHash(nfc(password), cost));
    }

    /**
     * Whether the password matches the hash, computed on a worker thread. With no hash (unknown account, no
     * password set) it checks against a dummy hash and answers false: the same work either way, so the answer time
     * does not tell whether an account exists.
     */
    public Uni<Boolean> matches(String password, String hash) {
        return onWorker(() -> {
            boolean matches = BcryptUtil.matches(nfc(password), hash != null ? hash : dummyHash());
            return hash != null && matches;
        });
    }

    private String dummyHash() {
        String dummy = dummyHash;
        if (dummy == null) {
            dummy = BcryptUtil.bcryptHash(UUID.randomUUID().toString(), cost);
            dummyHash = dummy;
        }
        return dummy;
    }

    static String nfc(String password) {
        return Normalizer.normalize(password, Normalizer.Form.NFC);
    }

    private static <T> Uni<T> onWorker(Supplier<T> blocking) {
        return Uni.createFrom().item(blocking).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }
}
