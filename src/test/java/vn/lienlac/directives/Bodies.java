package vn.lienlac.directives;

import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Request bodies of the directive API, as clients send them. */
public final class Bodies {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private Bodies() {
    }

    /** The letter that started the project: number 260/PGD-VP of 15/09/2020. */
    public static Map<String, Object> directive(Map<String, Object> audience, Instant deadline, boolean requiresAck) {
        Map<String, Object> body = new HashMap<>();
        body.put("documentNumber", "260/PGD-VP");
        body.put("issuedOn", "2020-09-15");
        body.put("subject", "Triển khai sổ liên lạc điện tử Liên Lạc");
        body.put("body", "Phòng GDĐT đề nghị các trường triển khai sổ liên lạc điện tử.\n100% cán bộ, giáo viên và "
                + "cha mẹ học sinh tham gia.");
        body.put("requiresAcknowledgement", requiresAck);
        body.put("audience", audience);
        if (deadline != null) {
            body.put("deadline", offset(deadline));
        }
        return body;
    }

    public static Map<String, Object> withReport(Map<String, Object> directive, Instant reportDeadline) {
        Map<String, Object> body = new HashMap<>(directive);
        body.put("reportRequest", Map.of("description", "Báo cáo tiến độ triển khai: số cán bộ, giáo viên, cha mẹ "
                + "học sinh đã kích hoạt tài khoản.", "deadline", offset(reportDeadline)));
        return body;
    }

    public static Map<String, Object> forward(String instructions, Map<String, Object> audience, Instant deadline) {
        Map<String, Object> body = new HashMap<>();
        body.put("instructions", instructions);
        body.put("requiresAcknowledgement", true);
        body.put("audience", audience);
        if (deadline != null) {
            body.put("deadline", offset(deadline));
        }
        return body;
    }

    public static Map<String, Object> everyone() {
        return Map.of("everyone", true);
    }

    public static Map<String, Object> schools(String... codes) {
        return Map.of("schools", List.of(codes));
    }

    public static Map<String, Object> groups(String... groups) {
        return Map.of("groups", List.of(groups));
    }

    /** An instant as clients write it: local time with the +07:00 offset. */
    public static String offset(Instant instant) {
        return instant.atZone(VIETNAM).toOffsetDateTime().toString();
    }
}
