package vn.lienlac.identity.sso;

import io.quarkus.runtime.Startup;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Objects;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;
import vn.lienlac.identity.StaffRoles;
import vn.lienlac.directory.PeopleLookup;
import vn.lienlac.directory.StaffPosition;
import vn.lienlac.platform.error.ApiException;
import vn.lienlac.platform.error.ErrorCode;

/**
 * Turns a token verified by the sector SSO tenant into one of our staff: the configured claim names the staff code,
 * the directory's active staff row with that code decides the role. The SSO's own roles are dropped, so the SSO can
 * never grant a role the directory does not (in particular never {@code admin}). A token without the claim, or for
 * a code with no active staff member, fails authentication (401). Identities from other tenants pass unchanged.
 * Created at start-up, so that a malformed claim path stops the start with a message.
 */
@Startup
@ApplicationScoped
public class SsoIdentityAugmentor implements SecurityIdentityAugmentor {

    /** The quarkus-oidc tenant of the sector SSO ({@code quarkus.oidc.sso.*}). */
    public static final String TENANT = "sso";
    /** Identity attribute: the caller's sector staff code. */
    public static final String STAFF_CODE_ATTRIBUTE = "lienlac.staff_code";
    /** Identity attribute: the caller's phone number from the directory (absent when the directory has none). */
    public static final String PHONE_ATTRIBUTE = "lienlac.phone";

    /** quarkus-oidc's identity attribute naming the tenant that verified the token (OidcUtils.TENANT_ID_ATTRIBUTE). */
    static final String TENANT_ID_ATTRIBUTE = "tenant-id";

    static final String NO_STAFF_CODE = "Tài khoản đăng nhập một lần (SSO) không có mã cán bộ; "
            + "hãy liên hệ quản trị viên của ngành để bổ sung.";
    static final String NO_ACTIVE_STAFF = "Tài khoản đăng nhập một lần (SSO) không gắn với cán bộ nào đang công tác "
            + "trong danh bạ của Liên Lạc.";

    private static final Logger LOG = Logger.getLogger(SsoIdentityAugmentor.class);

    private final ClaimPath staffCodeClaim;
    private final PeopleLookup people;

    public SsoIdentityAugmentor(SsoConfig config, PeopleLookup people) {
        try {
            this.staffCodeClaim = ClaimPath.of(config.staffCodeClaim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("Fix LIENLAC_SSO_STAFF_CODE_CLAIM (lienlac.sso.staff-code-claim): "
                    + e.getMessage(), e);
        }
        this.people = people;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (!TENANT.equals(Objects.toString(identity.getAttribute(TENANT_ID_ATTRIBUTE), null))) {
            return Uni.createFrom().item(identity);
        }
        String staffCode = identity.getPrincipal() instanceof JsonWebToken token
                ? staffCodeClaim.read(token).orElse(null)
                : null;
        if (staffCode == null) {
            LOG.debugf("SSO user %s refused: no claim %s", identity.getPrincipal().getName(), staffCodeClaim);
            return Uni.createFrom().failure(rejected(NO_STAFF_CODE));
        }
        return people.byStaffCode(staffCode).onItem().transform(person -> {
            StaffPosition member = person.activeStaff().stream()
                    .filter(position -> position.staffCode().equals(staffCode)).findFirst().orElse(null);
            if (member == null) {
                LOG.debugf("SSO user %s refused: no active staff member %s", identity.getPrincipal().getName(),
                        staffCode);
                throw rejected(NO_ACTIVE_STAFF);
            }
            return asStaff(identity, member, person.phone());
        });
    }

    private static SecurityIdentity asStaff(SecurityIdentity identity, StaffPosition member, String phone) {
        QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder()
                .setPrincipal(identity.getPrincipal())
                .addCredentials(identity.getCredentials())
                .addAttributes(identity.getAttributes())
                .addAttribute(STAFF_CODE_ATTRIBUTE, member.staffCode())
                .addRole(StaffRoles.roleOf(member.role()));
        if (phone != null) {
            builder.addAttribute(PHONE_ATTRIBUTE, phone);
        }
        return builder.build();
    }

    /** Authentication fails; the cause carries the Vietnamese detail the problem response shows. */
    private static AuthenticationFailedException rejected(String detail) {
        return new AuthenticationFailedException(detail, new ApiException(ErrorCode.UNAUTHENTICATED, detail));
    }
}
