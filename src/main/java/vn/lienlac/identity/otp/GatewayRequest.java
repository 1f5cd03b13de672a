package vn.lienlac.identity.otp;

import java.util.Map;

/** One rendered call to an SMS / OTT gateway. Its URL and body contain the code: never log them. */
record GatewayRequest(String method, String url, Map<String, String> headers, String contentType, String body) {
}
