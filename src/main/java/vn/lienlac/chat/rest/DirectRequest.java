package vn.lienlac.chat.rest;

/** {@code POST /api/v1/chat/direct}: the participant to talk to, e.g. {@code "g:42"}. */
public record DirectRequest(String with) {
}
