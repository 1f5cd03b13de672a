package vn.lienlac.identity.rest;

import jakarta.validation.constraints.Size;

/**
 * Body of {@code POST /api/v1/auth/web/sso}, optional: the SSO's access token comes in the Authorization header.
 *
 * @param deviceName what to call this device in the list of sessions, optional
 */
public record SsoSignInRequest(@Size(max = 100, message = "Tên thiết bị tối đa 100 ký tự.") String deviceName) {
}
