package vn.lienlac.identity.apikey;

import io.netty.handler.codec.http.HttpResponseStatus;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import vn.lienlac.identity.Roles;

/**
 * {@code Authorization: Bearer llk_…}: a school portal's API key. Grants {@link Roles#SCHOOL_PORTAL} and names the
 * one school the key belongs to in the identity attribute {@link #SCHOOL_CODE}. Runs before the token verifier and
 * leaves every other bearer token to it.
 */
@ApplicationScoped
public class ApiKeyAuthenticationMechanism implements HttpAuthenticationMechanism {

    /** Identity attribute: the school code an API key is scoped to. */
    public static final String SCHOOL_CODE = "lienlac.api-key.school-code";
    private static final String PREFIX = "Bearer ";

    private final SchoolApiKeys keys;

    public ApiKeyAuthenticationMechanism(SchoolApiKeys keys) {
        this.keys = keys;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviderManager) {
        String header = context.request().getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            return Uni.createFrom().nullItem();
        }
        String token = header.substring(PREFIX.length()).trim();
        if (!ApiKeySecrets.looksLikeKey(token)) {
            return Uni.createFrom().nullItem();
        }
        return keys.authenticate(token).onItem().ifNull()
                .failWith(() -> new AuthenticationFailedException("unknown or revoked API key"))
                .map(owner -> QuarkusSecurityIdentity.builder()
                        .setPrincipal(new QuarkusPrincipal("api-key:" + owner.id()))
                        .addRole(Roles.SCHOOL_PORTAL)
                        .addAttribute(SCHOOL_CODE, owner.schoolCode())
                        .build());
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Uni.createFrom().item(new ChallengeData(HttpResponseStatus.UNAUTHORIZED.code(), "WWW-Authenticate", "Bearer"));
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of();
    }

    /** After the break-glass admin token (2000), before the token verifier (1000). */
    @Override
    public int getPriority() {
        return 1500;
    }
}
