package vn.lienlac.chat.rest;

/** A member reports a message: {@code {"conversationId":12,"seq":41,"reason":"…"}} (reason 1–500 characters). */
public record ReportRequest(Long conversationId, Long seq, String reason) {

    /** Without the reason. */
    @Override
    public String toString() {
        return "ReportRequest[" + conversationId + "#" + seq + "]";
    }
}
