package vn.lienlac.chat.ws;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import vn.lienlac.identity.SessionChecks;

/**
 * What a chat connection keeps of its verified access token for its lifetime: the claims chat reads, as the
 * verified principal returned them. The encoded token, its parsed JSON, its other claims and its credential are
 * dropped: about 3 KB per connection. Roles and the expiry stay on the identity itself.
 */
final class RetainedToken implements JsonWebToken {

    /** The claims read on a connection's identity ({@link SessionChecks#CLAIMS_READ}); any other reads as absent. */
    static final List<String> KEPT = SessionChecks.CLAIMS_READ;

    private final String name;
    private final Map<String, Object> claims;

    private RetainedToken(String name, Map<String, Object> claims) {
        this.name = name;
        this.claims = claims;
    }

    static RetainedToken of(JsonWebToken token) {
        Map<String, Object> claims = new HashMap<>();
        for (String claim : KEPT) {
            Object value = token.getClaim(claim);
            if (value != null) {
                claims.put(claim, value);
            }
        }
        return new RetainedToken(token.getName(), claims);
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public Set<String> getClaimNames() {
        return claims.keySet();
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T getClaim(String claimName) {
        return (T) claims.get(claimName);
    }

    @Override
    public String toString() {
        return "RetainedToken[" + name + "]";
    }
}
