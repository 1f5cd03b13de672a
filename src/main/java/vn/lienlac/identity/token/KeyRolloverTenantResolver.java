package vn.lienlac.identity.token;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.oidc.TenantResolver;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Base64;
import java.util.Optional;

/**
 * During a signing-key rollover, sends a token signed with the other key (its {@code kid}) to the quarkus-oidc tenant
 * {@code rollover}, and one signed with the current key to the default tenant; everything else (the SSO's tokens, a
 * request without a bearer token) goes on to the issuer-based choice as before. Outside a rollover it decides nothing.
 */
@ApplicationScoped
public class KeyRolloverTenantResolver implements TenantResolver {

    static final String ROLLOVER_TENANT = "rollover";
    static final String DEFAULT_TENANT = "Default";
    private static final String BEARER = "Bearer ";

    private final Optional<String> currentKid;
    private final Optional<String> rolloverKid;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    KeyRolloverTenantResolver(TokenConfig config) {
        this.currentKid = config.keyId();
        this.rolloverKid = config.rollover().enabled() ? config.rollover().keyId() : Optional.empty();
    }

    @Override
    public String resolve(RoutingContext context) {
        if (rolloverKid.isEmpty()) {
            return null;
        }
        String kid = kidOf(context.request().getHeader(HttpHeaders.AUTHORIZATION));
        if (kid == null) {
            return null;
        }
        if (kid.equals(rolloverKid.get())) {
            return ROLLOVER_TENANT;
        }
        return currentKid.filter(kid::equals).map(k -> DEFAULT_TENANT).orElse(null);
    }

    /** The {@code kid} of a bearer JWT's header, or null for anything else (never throws on bad input). */
    static String kidOf(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return null;
        }
        String token = authorization.substring(BEARER.length()).trim();
        int dot = token.indexOf('.');
        if (dot <= 0 || dot > 2_048) {
            return null;
        }
        try {
            JsonNode header = MAPPER.readTree(Base64.getUrlDecoder().decode(token.substring(0, dot)));
            JsonNode kid = header == null ? null : header.get("kid");
            return kid != null && kid.isTextual() ? kid.asText() : null;
        } catch (RuntimeException | java.io.IOException e) {
            return null;
        }
    }
}
