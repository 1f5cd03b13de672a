package vn.lienlac.identity.session;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import vn.lienlac.audit.AuditAction;
import vn.lienlac.audit.AuditEntry;
import vn.lienlac.audit.AuditLog;
import vn.lienlac.audit.AuditOutcome;
import vn.lienlac.audit.Masks;
import vn.lienlac.directory.PeopleLookup;
import vn.lienlac.directory.text.PhoneNumbers;
import vn.lienlac.identity.otp.OtpChallenge;
import vn.lienlac.identity.otp.OtpService;
import vn.lienlac.platform.error.ApiException;
import vn.lienlac.platform.error.ErrorCode;

/**
 * Sign-in with a phone number and a one-time code. A code is created (and throttled) for every well-formed number,
 * but sent only to people the directory knows with an active role, so the answer never tells who is registered.
 */
@ApplicationScoped
public class OtpSignIn {

    static final String WRONG_CODE = "Mã xác thực không đúng hoặc đã hết hạn. Hãy kiểm tra lại hoặc yêu cầu mã mới.";
    static final String BAD_PHONE = "Số điện thoại không hợp lệ. Hãy nhập số di động Việt Nam, ví dụ 0912 345 678.";

    private final OtpService otp;
    private final PeopleLookup people;
    private final SignInService signIn;
    private final AuditLog audit;

    public OtpSignIn(OtpService otp, PeopleLookup people, SignInService signIn, AuditLog audit) {
        this.otp = otp;
        this.people = people;
        this.signIn = signIn;
        this.audit = audit;
    }

    public Uni<OtpChallenge> requestCode(String rawPhone, DeviceInfo device) {
        String phone = normalise(rawPhone);
        return people.byPhone(phone)
                .chain(person -> otp.request(phone, device.clientIp(), person.hasActiveRole()))
                .call(challenge -> record(AuditAction.OTP_REQUESTED, AuditOutcome.SUCCESS, phone, device))
                .onFailure(ApiException.class).call(e -> ((ApiException) e).code() == ErrorCode.TOO_MANY_REQUESTS
                        ? record(AuditAction.OTP_THROTTLED, AuditOutcome.FAILURE, phone, device)
                        : Uni.createFrom().voidItem());
    }

    public Uni<TokenPair> signIn(String rawPhone, String code, DeviceInfo device) {
        String phone = normalise(rawPhone);
        return otp.verify(phone, code, device.clientIp())
                .chain(valid -> valid ? people.byPhone(phone) : Uni.createFrom().nullItem())
                .chain(person -> {
                    if (person == null || !person.hasActiveRole()) {
                        return record(AuditAction.SIGN_IN_FAILED, AuditOutcome.FAILURE, phone, device)
                                .chain(() -> Uni.createFrom().failure(
                                        new ApiException(ErrorCode.UNAUTHENTICATED, WRONG_CODE)));
                    }
                    return signIn.complete(person, device)
                            .call(pair -> record(AuditAction.SIGN_IN, AuditOutcome.SUCCESS, phone, device));
                });
    }

    private Uni<Void> record(AuditAction action, AuditOutcome outcome, String phone, DeviceInfo device) {
        return audit.record(new AuditEntry(action, outcome, null, Masks.phone(phone), null, device.clientIp(), null,
                Map.of("method", "otp")));
    }

    private static String normalise(String rawPhone) {
        return PhoneNumbers.normalise(rawPhone)
                .orElseThrow(() -> new ApiException(ErrorCode.BAD_REQUEST, BAD_PHONE));
    }
}
