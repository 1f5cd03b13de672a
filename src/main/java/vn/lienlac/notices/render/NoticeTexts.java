package vn.lienlac.notices.render;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import vn.lienlac.notices.NoticeKind;
import vn.lienlac.notices.growth.GrowthSentence;
import vn.lienlac.notices.publish.Codes.ActivityType;
import vn.lienlac.notices.publish.Codes.Assessment;
import vn.lienlac.notices.publish.Codes.BmiClass;
import vn.lienlac.notices.publish.Codes.GradeKind;
import vn.lienlac.notices.publish.Codes.Session;
import vn.lienlac.notices.publish.Codes.Term;
import vn.lienlac.directory.model.Subject;

/**
 * Notices as families read them, from the Vietnamese templates in {@code templates/notices/}: dates as
 * {@code dd/MM/yyyy}, decimals with a comma ({@code 8,5}), codes as their labels; the result is NFC. The payload is
 * the record's canonical form (see the publishing readers), so a stored notice can be rendered again.
 */
@ApplicationScoped
public class NoticeTexts {

    /** Prefixed to the new text of a record the publisher changed. */
    public static final String CORRECTION = "Đính chính: ";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final Template attendance;
    private final Template grade;
    private final Template health;
    private final Template activity;
    private final Template digest;
    private final AssessmentTexts assessments;
    private final Template comment;

    public NoticeTexts(@Location("notices/attendance.txt") Template attendance,
            @Location("notices/grade.txt") Template grade, @Location("notices/health.txt") Template health,
            @Location("notices/activity.txt") Template activity, @Location("notices/digest.txt") Template digest,
            AssessmentTexts assessments, @Location("notices/comment.txt") Template comment) {
        this.assessments = assessments;
        this.comment = comment;
        this.attendance = attendance;
        this.grade = grade;
        this.health = health;
        this.activity = activity;
        this.digest = digest;
    }

    /** Who a notice is about: the student and their class (either may be null), or for activities the school. */
    public record Subjects(String studentName, String className, String schoolName) {
    }

    /** The text of a notice of this kind. */
    public String render(NoticeKind kind, Map<String, Object> payload, Subjects about) {
        TemplateInstance instance = switch (kind) {
            case ATTENDANCE -> attendance.instance()
                    .data("status", payload.get("status"))
                    .data("session", session((String) payload.get("status"), (String) payload.get("session")))
                    .data("date", date(payload.get("date")))
                    .data("note", sentence(payload.get("note")));
            case GRADE -> grade.instance()
                    .data("kind", GradeKind.valueOf((String) payload.get("kind")).label)
                    .data("subject", Subject.valueOf((String) payload.get("subject")).label())
                    .data("period", period(Term.valueOf((String) payload.get("term")), payload.get("schoolYear")))
                    .data("score", decimal(payload.get("score")))
                    .data("assessment", payload.get("assessment") == null ? null
                            : Assessment.valueOf((String) payload.get("assessment")).label)
                    .data("comment", sentence(payload.get("comment")));
            case HEALTH -> health.instance()
                    .data("type", payload.get("type"))
                    .data("date", date(payload.get("date")))
                    .data("heightCm", decimal(payload.get("heightCm")))
                    .data("weightKg", decimal(payload.get("weightKg")))
                    .data("bmi", decimal(payload.get("bmi")))
                    .data("bmiClass", payload.get("bmiClass") == null ? null
                            : BmiClass.valueOf((String) payload.get("bmiClass")).label)
                    .data("vision", payload.get("vision"))
                    .data("dental", payload.get("dental"))
                    .data("description", sentence(payload.get("description")))
                    .data("title", payload.get("title"))
                    .data("growth", GrowthSentence.of(payload.get("who"), payload.get("date")))
                    .data("notes", sentence(payload.get("notes")));
            case ACTIVITY -> activity.instance()
                    .data("audience", about.className() != null ? "Lớp " + about.className() : about.schoolName())
                    .data("type", dated(ActivityType.valueOf((String) payload.get("type"))))
                    .data("date", date(payload.get("date")))
                    .data("title", payload.get("title"))
                    .data("body", payload.get("body"));
            case ASSESSMENT -> assessments.instance(payload);
            case COMMENT -> comment.instance()
                    .data("subject", payload.get("subject") == null ? null
                            : Subject.valueOf((String) payload.get("subject")).label())
                    .data("period", CommentPhrases.period(payload))
                    .data("teacher", CommentPhrases.teacher(payload))
                    .data("text", payload.get("text"));
        };
        return nfc(instance.data("student", about.studentName()).data("className", about.className()).render());
    }

    /**
     * What stands before an activity's date: "Thực đơn ngày", but "Kế hoạch ngày" (not "Kế hoạch ngày ngày") and
     * "Kế hoạch tuần từ ngày" (the week's plan starts on its date).
     */
    static String dated(ActivityType type) {
        return switch (type) {
            case KE_HOACH_NGAY -> "Kế hoạch ngày";
            case KE_HOACH_TUAN -> "Kế hoạch tuần từ ngày";
            default -> type.label + " ngày";
        };
    }

    /** "buổi sáng ngày", "cả ngày"; late for the whole day is just late that day ("đi học muộn ngày 15/09/2025"). */
    static String session(String status, String session) {
        return "DI_MUON".equals(status) && Session.CA_NGAY.name().equals(session) ? "ngày"
                : Session.valueOf(session).label;
    }

    /** "học kỳ I năm học 2025-2026", but "cả năm học 2025-2026" (not "cả năm năm học"). */
    static String period(Term term, Object schoolYear) {
        return (term == Term.CA_NAM ? "cả năm học " : term.label + " năm học ") + schoolYear;
    }

    /** Free text that other words follow ("… Ghi chú: …"), ended with a full stop when it has no final mark. */
    static String sentence(Object text) {
        if (text == null) {
            return null;
        }
        String trimmed = text.toString().strip();
        if (trimmed.isEmpty()) {
            return null;
        }
        char last = trimmed.charAt(trimmed.length() - 1);
        return ".!?…".indexOf(last) >= 0 ? trimmed : trimmed + ".";
    }

    /** The day's digest for one guardian: one line per notice, in order. */
    public String digest(LocalDate day, List<String> lines) {
        return nfc(digest.data("date", DATE.format(day)).data("lines", lines).render());
    }

    /** {@code 2025-09-15} → {@code 15/09/2025}. */
    public static String date(Object isoDate) {
        return isoDate == null ? null : DATE.format(LocalDate.parse(isoDate.toString()));
    }

    /** {@code 8.5} → {@code 8,5} (the Vietnamese decimal separator), {@code 8.0} → {@code 8}. */
    static String decimal(Object plain) {
        if (plain == null) {
            return null;
        }
        String text = plain.toString();
        return (text.endsWith(".0") ? text.substring(0, text.length() - 2) : text).replace('.', ',');
    }

    private static String nfc(String text) {
        return Normalizer.normalize(text.strip(), Normalizer.Form.NFC);
    }
}
