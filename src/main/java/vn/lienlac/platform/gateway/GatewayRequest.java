package vn.lienlac.platform.gateway;

import java.util.Map;

/**
 * One rendered call to an HTTP gateway (an SMS brandname service, an OTT notification API). Its URL and body carry
 * the message and the phone number (and a sign-in code for identity): never log them.
 */
public record GatewayRequest(String method, String url, Map<String, String> headers, String contentType, String body) {

    /** GET and HEAD carry no body. */
    public boolean hasBody() {
        return !method.equals("GET") && !method.equals("HEAD");
    }
}
