package vn.lienlac.identity.password;

import io.smallrye.mutiny.Uni;
import java.util.Map;
import java.util.UUID;
import vn.lienlac.audit.AuditAction;
import vn.lienlac.audit.AuditEntry;
import vn.lienlac.audit.AuditLog;
import vn.lienlac.audit.AuditOutcome;
import vn.lienlac.audit.Masks;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import vn.lienlac.directory.PeopleLookup;
import vn.lienlac.directory.Person;
import vn.lienlac.directory.text.PhoneNumbers;
import vn.lienlac.identity.account.AccountStore;
import vn.lienlac.identity.session.DeviceInfo;
import vn.lienlac.identity.session.SignInService;
import vn.lienlac.identity.session.TokenPair;
import vn.lienlac.platform.error.ApiException;
import vn.lienlac.platform.error.ErrorCode;

/**
 * Signing in with a phone number or staff code and a password (staff who set one). A wrong password, an unknown
 * login and an account without a password all get the same answer after the same bcrypt work, so the answer
 * tells nobody which phone numbers or staff codes have accounts. Failures count against the account the login
 * reaches, whichever of its logins was used ({@link PasswordThrottle}).
 */
@ApplicationScoped
public class PasswordSignIn {

    /** The one answer for every failed password sign-in. */
    public static final String WRONG_LOGIN = "Số điện thoại/mã cán bộ hoặc mật khẩu không đúng.";

    private final PeopleLookup people;
    private final AccountStore accounts;
    private final PasswordHasher hasher;
    private final SignInService signIn;
    private final Pool pool;
    private final AuditLog audit;
    private final PasswordThrottle throttle;

    public PasswordSignIn(PeopleLookup people, AccountStore accounts, PasswordHasher hasher, SignInService signIn,
            Pool pool, AuditLog audit, PasswordThrottle throttle) {
        this.throttle = throttle;
        this.people = people;
        this.accounts = accounts;
        this.hasher = hasher;
        this.signIn = signIn;
        this.pool = pool;
        this.audit = audit;
    }

    /**
     * @param login a mobile number in any usual spelling, else a staff code
     */
    public Uni<TokenPair> signIn(String login, String password, DeviceInfo device) {
        String loginKey = PhoneNumbers.normalise(login).orElse(login.strip());
        // The login is resolved to its account before the lockout is checked, for known and unknown logins alike
        // (the same two lookups, the same count query), so that failures count per account.
        return throttle.checkClient(device.clientIp())
                .chain(() -> person(login))
                .chain(person -> accounts.find(pool, person).chain(account -> {
                    UUID accountId = account == null ? null : account.id();
                    return throttle.checkAccount(accountId, loginKey)
                            .chain(() -> hasher.matches(password, account == null ? null : account.passwordHash()))
                            .chain(matches -> {
                                if (!matches) {
                                    return throttle.recordFailure(accountId, loginKey, device.clientIp())
                                            .chain(() -> record(AuditAction.SIGN_IN_FAILED, AuditOutcome.FAILURE,
                                                    login, device))
                                            .chain(() -> Uni.createFrom().failure(
                                                    new ApiException(ErrorCode.UNAUTHENTICATED, WRONG_LOGIN)));
                                }
                                return signIn.complete(person, device)
                                        .call(pair -> record(AuditAction.SIGN_IN, AuditOutcome.SUCCESS, login,
                                                device));
                            });
                }));
    }

    private Uni<Void> record(AuditAction action, AuditOutcome outcome, String login, DeviceInfo device) {
        String subject = PhoneNumbers.normalise(login).map(Masks::phone).orElse(login.strip());
        return audit.record(new AuditEntry(action, outcome, null, subject, null, device.clientIp(), null,
                Map.of("method", "password")));
    }

    /** A login that reads as a Vietnamese mobile number is one; anything else is a staff code. */
    private Uni<Person> person(String login) {
        return PhoneNumbers.normalise(login)
                .map(people::byPhone)
                .orElseGet(() -> people.byStaffCode(login.strip()));
    }
}
