package vn.lienlac.adoption.invitations;

import java.time.Instant;

/**
 * What the short link's code reveals, to the web app's sign-in: the number it was sent to (to fill in) and the
 * school that sent it; nothing else (no name, no child).
 *
 * @param phone the national form, without spaces ({@code 0912345678})
 */
public record OpenedInvitation(String phone, String schoolName, Instant expiresAt) {

    @Override
    public String toString() {
        return "OpenedInvitation[" + schoolName + "]";
    }
}
