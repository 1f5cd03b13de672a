package vn.lienlac.identity.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Request bodies of the one-time-code sign-in. */
final class OtpSignInRequests {

    private OtpSignInRequests() {
    }

    /** Ask for a code: the phone number in any usual form (0912 345 678, +84912345678, …). */
    record CodeRequest(@NotBlank(message = "Cần số điện thoại.") @Size(max = 30) String phone) {
    }

    /** Sign in with the code received; the device name appears in the list of sessions ("iPhone của mẹ An"). */
    record CodeSignIn(
            @NotBlank(message = "Cần số điện thoại.") @Size(max = 30) String phone,
            @NotBlank(message = "Cần mã xác thực.") @Pattern(regexp = "\\s*\\d{6}\\s*",
                    message = "Mã xác thực gồm 6 chữ số.") String code,
            @Size(max = 100) String deviceName) {
    }
}
