package vn.lienlac.identity.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Body of {@code POST /api/v1/auth/password}.
 *
 * @param login      a mobile number in any usual spelling ({@code 0912 345 678}, {@code +84912345678}) or a staff code
 * @param deviceName what to call this device in the list of sessions, optional
 */
public record PasswordSignInRequest(
        @NotBlank(message = "Cần số điện thoại hoặc mã cán bộ.") @Size(max = 64, message = "Tên đăng nhập quá dài.")
        String login,
        @NotBlank(message = "Cần mật khẩu.") @Size(max = 200, message = "Mật khẩu quá dài.") String password,
        @Size(max = 100, message = "Tên thiết bị tối đa 100 ký tự.") String deviceName) {

    @Override
    public String toString() {
        return "PasswordSignInRequest[deviceName=" + deviceName + "]";
    }
}
