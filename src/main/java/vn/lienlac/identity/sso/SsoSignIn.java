package vn.lienlac.identity.sso;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Objects;
import vn.lienlac.audit.AuditAction;
import vn.lienlac.audit.AuditEntry;
import vn.lienlac.audit.AuditLog;
import vn.lienlac.audit.AuditOutcome;
import vn.lienlac.directory.PeopleLookup;
import vn.lienlac.identity.session.DeviceInfo;
import vn.lienlac.identity.session.SignInService;
import vn.lienlac.identity.session.TokenPair;
import vn.lienlac.platform.error.ApiException;
import vn.lienlac.platform.error.ErrorCode;

/**
 * Signing in with an access token of the sector SSO (the web app's "Đăng nhập bằng tài khoản ngành"): the token has
 * already been verified by the {@value SsoIdentityAugmentor#TENANT} tenant and mapped by {@link SsoIdentityAugmentor}
 * to an active staff member; this opens a session of ours for that staff member, as a password sign-in with their
 * staff code would. From then on the SSO token plays no part: the session refreshes and ends like any other.
 */
@ApplicationScoped
public class SsoSignIn {

    public static final String NOT_AN_SSO_TOKEN = "Chỉ đăng nhập được bằng mã truy cập của hệ thống đăng nhập một lần (SSO)"
            + " của ngành.";

    private final PeopleLookup people;
    private final SignInService signIn;
    private final AuditLog audit;

    public SsoSignIn(PeopleLookup people, SignInService signIn, AuditLog audit) {
        this.people = people;
        this.signIn = signIn;
        this.audit = audit;
    }

    /** Fails with {@code FORBIDDEN} for any identity other than an SSO token's (ours, the admin's, an API key's). */
    public Uni<TokenPair> signIn(SecurityIdentity identity, DeviceInfo device) {
        String staffCode = Objects.toString(identity.getAttribute(SsoIdentityAugmentor.STAFF_CODE_ATTRIBUTE), null);
        if (!SsoIdentityAugmentor.TENANT.equals(
                Objects.toString(identity.getAttribute(SsoIdentityAugmentor.TENANT_ID_ATTRIBUTE), null))
                || staffCode == null) {
            return Uni.createFrom().failure(new ApiException(ErrorCode.FORBIDDEN, NOT_AN_SSO_TOKEN));
        }
        return people.byStaffCode(staffCode)
                .chain(person -> signIn.complete(person, device))
                .call(pair -> audit.record(new AuditEntry(AuditAction.SIGN_IN, AuditOutcome.SUCCESS, null, staffCode,
                        null, device.clientIp(), null, Map.of("method", "sso"))));
    }
}
