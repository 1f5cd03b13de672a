package vn.lienlac.identity;

import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonString;
import org.eclipse.microprofile.jwt.JsonWebToken;
import vn.lienlac.directory.AccessScopes;
import vn.lienlac.directory.CallerScope;
import vn.lienlac.identity.apikey.ApiKeyAuthenticationMechanism;
import vn.lienlac.identity.sso.SsoIdentityAugmentor;
import vn.lienlac.identity.token.TokenConfig;
import vn.lienlac.identity.token.TokenIssuer;

/**
 * Who is calling, as the access policy needs it: the admin, or a person found in the directory by the
 * {@code phone} and {@code staff_code} claims of their token. Loaded once per request; roles in the token other
 * than admin are ignored, the directory decides.
 *
 * <p>Only our own tokens name a person by their claims. A staff SSO token names its staff member through the
 * attributes {@link SsoIdentityAugmentor} set after checking the directory (never its raw {@code phone} claim, so a
 * third party's claim can never open a family's data); a school portal's API key names its one school.
 */
@ApplicationScoped
class Callers {

    private final CurrentIdentityAssociation identities;
    private final CallerHolder holder;
    private final AccessScopes scopes;
    private final TokenConfig tokens;

    Callers(CurrentIdentityAssociation identities, CallerHolder holder, AccessScopes scopes, TokenConfig tokens) {
        this.identities = identities;
        this.holder = holder;
        this.scopes = scopes;
        this.tokens = tokens;
    }

    /** The caller of the current request; fails with 401 for an anonymous request. */
    Uni<Caller> current() {
        return holder.get(() -> identities.getDeferredIdentity().chain(this::load));
    }

    private Uni<Caller> load(SecurityIdentity identity) {
        if (identity.isAnonymous()) {
            return Uni.createFrom().failure(new UnauthorizedException());
        }
        if (identity.hasRole(Roles.ADMIN)) {
            return Uni.createFrom().item(Caller.ADMIN);
        }
        String portalSchool = identity.getAttribute(ApiKeyAuthenticationMechanism.SCHOOL_CODE);
        if (portalSchool != null && identity.hasRole(Roles.SCHOOL_PORTAL)) {
            return Uni.createFrom().item(Caller.portal(portalSchool));
        }
        SignedInPerson person = person(identity);
        if (person == null) {
            return Uni.createFrom().item(Caller.of(CallerScope.NOBODY));
        }
        return scopes.load(person.phone(), person.staffCode()).map(Caller::of);
    }

    /**
     * The person of the directory an identity names, or null when it names none (anonymous, the admin token, a
     * school portal's key, a token of an issuer we do not know).
     */
    SignedInPerson person(SecurityIdentity identity) {
        if (identity.isAnonymous() || identity.hasRole(Roles.ADMIN) || identity.hasRole(Roles.SCHOOL_PORTAL)) {
            return null;
        }
        String ssoStaffCode = identity.getAttribute(SsoIdentityAugmentor.STAFF_CODE_ATTRIBUTE);
        if (ssoStaffCode != null) {
            return new SignedInPerson(identity.getAttribute(SsoIdentityAugmentor.PHONE_ATTRIBUTE), ssoStaffCode);
        }
        if (!(identity.getPrincipal() instanceof JsonWebToken token) || !tokens.issuer().equals(token.getIssuer())) {
            return null;
        }
        String phone = claim(token, TokenIssuer.PHONE_CLAIM);
        String staffCode = claim(token, TokenIssuer.STAFF_CODE_CLAIM);
        return phone == null && staffCode == null ? null : new SignedInPerson(phone, staffCode);
    }

    private static String claim(JsonWebToken token, String name) {
        Object value = token.getClaim(name);
        if (value instanceof JsonString json) {
            return json.getString();
        }
        return value == null ? null : value.toString();
    }
}
