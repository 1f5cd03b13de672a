package vn.lienlac.identity;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Valid bodies of the directive API (docs/directives.md). */
final class DirectiveBodies {

    private DirectiveBodies() {
    }

    static Map<String, Object> directive(Map<String, Object> audience, boolean report) {
        Map<String, Object> body = new HashMap<>(Map.of("documentNumber", "12/PGD-VP",
                "issuedOn", "2020-09-15", "subject", "Triển khai sổ liên lạc điện tử",
                "body", "Đề nghị các trường triển khai.", "requiresAcknowledgement", true, "audience", audience));
        if (report) {
            body.put("reportRequest", Map.of("description", "Báo cáo tiến độ triển khai.",
                    "deadline", OffsetDateTime.now().plusDays(30).toString()));
        }
        return body;
    }

    static Map<String, Object> forward() {
        return Map.of("instructions", "Đề nghị giáo viên thực hiện.", "requiresAcknowledgement", true,
                "audience", Map.of("groups", List.of("TEACHERS")));
    }

    static Map<String, Object> report() {
        return Map.of("text", "Nhà trường đã triển khai.", "figures", Map.of("activatedStaff", 7));
    }

    static byte[] pdf() {
        return "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    }
}
