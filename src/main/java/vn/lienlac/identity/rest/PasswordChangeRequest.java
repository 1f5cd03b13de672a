package vn.lienlac.identity.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Body of {@code PUT /api/v1/auth/password}.
 *
 * @param currentPassword required when the account already has a password
 * @param newPassword     at least 10 characters, not only digits
 */
public record PasswordChangeRequest(
        @Size(max = 200, message = "Mật khẩu quá dài.") String currentPassword,
        @NotNull(message = "Cần mật khẩu mới.") @Size(max = 200, message = "Mật khẩu mới quá dài.")
        String newPassword) {

    @Override
    public String toString() {
        return "PasswordChangeRequest[]";
    }
}
