package vn.lienlac.identity;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.jwt.Claims;
import vn.lienlac.identity.token.TokenIssuer;

/**
 * What a long-lived connection (chat's WebSocket) needs to know about sign-in sessions, and nothing more: which
 * session an identity belongs to, whether sessions are still live, and which token claims identity reads later. The
 * sessions themselves (their table, revocation, refresh) stay identity's.
 */
public interface SessionChecks {

    /**
     * The claims identity reads on a caller's verified token after the upgrade: the issuer, account and sign-in
     * session, the person's phone and staff code ({@link Callers}), the expiry. A connection that keeps a slimmed
     * copy of the token must keep these; any other claim may be dropped.
     */
    List<String> CLAIMS_READ = List.of(Claims.iss.name(), Claims.sub.name(), Claims.exp.name(),
            TokenIssuer.SESSION_CLAIM, TokenIssuer.PHONE_CLAIM, TokenIssuer.STAFF_CODE_CLAIM);

    /**
     * The sign-in session of an identity built from one of our access tokens; null for the break-glass admin
     * token, the SSO provider's tokens and a token whose session or account claim is missing or malformed.
     */
    UUID sessionOf(SecurityIdentity identity);

    /** Those of the sessions {@code ids} that are still live at {@code now} (not signed out, revoked or expired). */
    Uni<Set<UUID>> stillLive(UUID[] ids, Instant now);
}
