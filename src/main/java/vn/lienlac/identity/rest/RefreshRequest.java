package vn.lienlac.identity.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Body of {@code POST /api/v1/auth/refresh}: the refresh token of the last token pair. */
public record RefreshRequest(
        @NotBlank(message = "Cần refresh token.") @Size(max = 100, message = "Refresh token không hợp lệ.")
        String refreshToken) {

    @Override
    public String toString() {
        return "RefreshRequest[]";
    }
}
