package vn.lienlac.notices.render;

import java.util.Map;
import vn.lienlac.directory.TeacherTitle;
import vn.lienlac.notices.publish.Codes.CommentScope;
import vn.lienlac.notices.publish.Codes.Term;

/** The parts of a comment's sentence (docs/notices.md, "Comments") that depend on its scope and its teacher. */
final class CommentPhrases {

    private CommentPhrases() {
    }

    /** "ngày 07/12/2026", "tuần từ ngày 07/12/2026", "học kỳ I năm học 2025-2026", "cả năm học 2025-2026". */
    static String period(Map<String, Object> payload) {
        return switch (CommentScope.valueOf((String) payload.get("scope"))) {
            case NGAY -> "ngày " + NoticeTexts.date(payload.get("date"));
            case TUAN -> "tuần từ ngày " + NoticeTexts.date(payload.get("weekOf"));
            case HOC_KY -> NoticeTexts.period(Term.valueOf((String) payload.get("term")), payload.get("schoolYear"));
        };
    }

    /**
     * "cô Lê Thu Hà", "thầy Đỗ Văn Toàn" when the directory knew the teacher's gender, else "giáo viên Lê Thu Hà"
     * ({@link TeacherTitle}); null for a comment that names no teacher.
     */
    static String teacher(Map<String, Object> payload) {
        Object name = payload.get("teacherName");
        return name == null ? null : TeacherTitle.of(name.toString(), (String) payload.get("teacherGender"));
    }
}
