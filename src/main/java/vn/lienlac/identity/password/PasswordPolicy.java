package vn.lienlac.identity.password;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** What a new staff password must be: at least 10 characters, not only digits, and within bcrypt's 72 bytes. */
public final class PasswordPolicy {

    static final int MIN_LENGTH = 10;
    /** bcrypt ignores everything past 72 bytes: a longer password would be weaker than it looks. */
    static final int MAX_BYTES = 72;

    static final String TOO_SHORT = "Mật khẩu mới cần ít nhất " + MIN_LENGTH + " ký tự.";
    static final String ONLY_DIGITS = "Mật khẩu mới không được chỉ gồm chữ số.";
    static final String TOO_LONG = "Mật khẩu mới quá dài: tối đa " + MAX_BYTES
            + " byte (chữ không dấu 1 byte, chữ có dấu 2–3 byte).";

    private PasswordPolicy() {
    }

    /** Why the password is refused (Vietnamese), or empty when it is acceptable. */
    public static Optional<String> problem(String password) {
        String nfc = PasswordHasher.nfc(password);
        if (nfc.isBlank() || nfc.codePointCount(0, nfc.length()) < MIN_LENGTH) {
            return Optional.of(TOO_SHORT);
        }
        if (nfc.chars().allMatch(Character::isDigit)) {
            return Optional.of(ONLY_DIGITS);
        }
        if (nfc.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.of(TOO_LONG);
        }
        return Optional.empty();
    }
}
