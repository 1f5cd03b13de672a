package vn.lienlac.identity.account;

import java.time.Instant;
import java.util.UUID;

/**
 * An account: the sign-in identity of one person of the directory. It holds no roles; those are read from the
 * directory on every sign-in and refresh.
 *
 * @param phone        E.164, or null for staff without a phone on record
 * @param staffCode    the staff code known when the account was created, or null
 * @param passwordHash bcrypt hash of a staff password, or null
 * @param firstSignInAt when the person first signed in (activation), or null before that
 */
public record Account(UUID id, String phone, String staffCode, String passwordHash, Instant firstSignInAt) {

    /** Without phone or password hash. */
    @Override
    public String toString() {
        return "Account[id=" + id + "]";
    }
}
