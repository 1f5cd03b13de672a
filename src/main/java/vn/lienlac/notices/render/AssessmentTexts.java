package vn.lienlac.notices.render;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.lienlac.notices.publish.AssessmentCodes.AssessmentType;
import vn.lienlac.notices.publish.AssessmentCodes.DomainLevel;
import vn.lienlac.notices.publish.AssessmentCodes.PreschoolDomain;
import vn.lienlac.notices.publish.AssessmentCodes.QualityLevel;
import vn.lienlac.notices.publish.AssessmentCodes.Tt22Level;
import vn.lienlac.notices.publish.AssessmentCodes.Tt27Group;
import vn.lienlac.notices.publish.AssessmentCodes.Tt27Item;
import vn.lienlac.notices.publish.AssessmentCodes.Tt27Kind;
import vn.lienlac.notices.publish.Codes.Term;

/**
 * The sentences of assessment notices (docs/notices.md, "Assessments"), from {@code templates/notices/assessment.txt}:
 * "Con … (lớp …) – {heading}: {list}." for a term result, or "Con … – {heading}. {part} {part}" for the lists of
 * qualities and competences and of preschool domains; then the teacher's comment.
 */
@ApplicationScoped
public class AssessmentTexts {

    private final Template template;

    public AssessmentTexts(@Location("notices/assessment.txt") Template template) {
        this.template = template;
    }

    /** The template with the record's data; the caller adds the student and class. */
    TemplateInstance instance(Map<String, Object> payload) {
        AssessmentType type = AssessmentType.valueOf((String) payload.get("type"));
        TemplateInstance instance = template.instance().data("comment", NoticeTexts.sentence(payload.get("comment")));
        return switch (type) {
            case REN_LUYEN_HOC_TAP -> instance
                    .data("heading", "kết quả " + NoticeTexts.period(Term.valueOf((String) payload.get("term")),
                            payload.get("schoolYear")))
                    .data("list", results(payload))
                    .data("parts", List.of());
            case PHAM_CHAT_NANG_LUC -> qualities(instance, payload);
            case CHU_DE -> topic(instance, payload);
        };
    }

    /** "rèn luyện Tốt, học tập Khá" (either may be absent). */
    private static String results(Map<String, Object> payload) {
        List<String> parts = new ArrayList<>();
        if (payload.get("conduct") != null) {
            parts.add("rèn luyện " + Tt22Level.valueOf((String) payload.get("conduct")).label);
        }
        if (payload.get("learning") != null) {
            parts.add("học tập " + Tt22Level.valueOf((String) payload.get("learning")).label);
        }
        return String.join(", ", parts);
    }

    /**
     * "kết quả đánh giá giữa học kỳ I năm học 2025-2026 về phẩm chất và năng lực. Phẩm chất: yêu nước Tốt, …
     * Năng lực chung: …" — the end of the second term is the end of the year ("cuối năm học 2025-2026").
     */
    private static TemplateInstance qualities(TemplateInstance instance, Map<String, Object> payload) {
        Map<?, ?> items = (Map<?, ?>) payload.get("items");
        Term term = Term.valueOf((String) payload.get("term"));
        Tt27Kind kind = Tt27Kind.valueOf((String) payload.get("kind"));
        String when = kind == Tt27Kind.CUOI_KY && term == Term.HK2 ? "cuối năm học " + payload.get("schoolYear")
                : kind.label + " " + term.label + " năm học " + payload.get("schoolYear");
        List<String> parts = new ArrayList<>();
        boolean qualities = false;
        boolean competences = false;
        for (Tt27Group group : Tt27Group.values()) {
            String list = java.util.Arrays.stream(Tt27Item.values())
                    .filter(item -> item.group == group && items.containsKey(item.name()))
                    .map(item -> item.label + " " + QualityLevel.valueOf(items.get(item.name()).toString()).label)
                    .collect(Collectors.joining(", "));
            if (!list.isEmpty()) {
                parts.add(group.label + ": " + list + ".");
                qualities |= group == Tt27Group.PHAM_CHAT;
                competences |= group != Tt27Group.PHAM_CHAT;
            }
        }
        String about = qualities && competences ? "phẩm chất và năng lực" : qualities ? "phẩm chất" : "năng lực";
        return instance.data("heading", "kết quả đánh giá " + when + " về " + about).data("list", null)
                .data("parts", parts);
    }

    /**
     * "kết quả đánh giá chủ đề “Gia đình bé” tháng 11/2025. Phát triển thể chất: Đạt. Phát triển ngôn ngữ: Chưa đạt
     * – Bé cần mạnh dạn hơn khi kể chuyện."
     */
    private static TemplateInstance topic(TemplateInstance instance, Map<String, Object> payload) {
        Map<?, ?> domains = (Map<?, ?>) payload.get("domains");
        String period = payload.get("period").toString();
        String when = period.length() == 7 ? "tháng " + period.substring(5) + "/" + period.substring(0, 4)
                : "ngày " + NoticeTexts.date(period);
        List<String> parts = new ArrayList<>();
        for (PreschoolDomain domain : PreschoolDomain.values()) {
            if (domains.get(domain.name()) instanceof Map<?, ?> entry) {
                String level = DomainLevel.valueOf(entry.get("level").toString()).label;
                String comment = NoticeTexts.sentence(entry.get("comment"));
                parts.add(domain.label + ": " + level + (comment == null ? "." : " – " + comment));
            }
        }
        return instance.data("heading", "kết quả đánh giá chủ đề “" + payload.get("topic") + "” " + when)
                .data("list", null).data("parts", parts);
    }
}
