package vn.lienlac.notifications.zalo;

/** What a refresh answers: the new access token and, when Zalo rotated it, the new refresh token (else null). */
record ZaloTokenPair(String accessToken, String refreshToken) {
}
