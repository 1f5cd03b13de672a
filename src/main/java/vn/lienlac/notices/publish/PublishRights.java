package vn.lienlac.notices.publish;

import vn.lienlac.directory.model.Subject;
import vn.lienlac.identity.NoticeAuthor;
import vn.lienlac.notices.NoticeKind;

/** Which records a {@link NoticeAuthor} may publish (docs/notices.md, "Who may publish"). */
final class PublishRights {

    static final String NOT_URGENT = "Chỉ hiệu trưởng, phó hiệu trưởng mới được đánh dấu thông báo là khẩn.";

    private PublishRights() {
    }

    /** The health records a class's teachers may publish too: growth measurements (docs/notices.md#growth). */
    static final String GROWTH = Codes.HealthType.CAN_DO.name();

    /** A teacher of a class (homeroom or a subject): they may publish growth measurements of its students. */
    private static boolean teachesAClass(NoticeAuthor author) {
        return !author.homeroomClasses().isEmpty() || !author.subjectsByClass().isEmpty();
    }

    /**
     * What a record's rights depend on besides its class (the {@code subject} of {@link #mayPublish(NoticeAuthor,
     * NoticeKind, Long, String)}): a grade's subject, a health record's type.
     */
    static String detail(NoticeKind kind, RecordDraft draft) {
        if (draft.subject() != null) {
            return draft.subject().name();
        }
        return kind == NoticeKind.HEALTH ? (String) draft.payload().get("type") : null;
    }

    /**
     * Whether the author may mark a batch urgent: the school's principal and vice principals (and the admin) — not a
     * teacher, the nurse or the school's portal (an automated system would make everything urgent).
     */
    static boolean mayMarkUrgent(NoticeAuthor author) {
        return author.wholeSchool() && !author.actor().startsWith("portal:");
    }

    /** Whether the author may publish this kind at all; if not, the whole request is refused with 403. */
    static boolean mayPublish(NoticeAuthor author, NoticeKind kind) {
        return switch (kind) {
            case HEALTH -> author.health() || teachesAClass(author);
            case GRADE -> author.wholeSchool() || !author.subjectsByClass().isEmpty();
            case ATTENDANCE, ACTIVITY -> author.wholeSchool() || !author.subjectsByClass().isEmpty()
                    || !author.homeroomClasses().isEmpty();
            case ASSESSMENT -> author.wholeSchool() || !author.homeroomClasses().isEmpty();
            case COMMENT -> author.wholeSchool() || !author.subjectsByClass().isEmpty()
                    || !author.homeroomClasses().isEmpty();
        };
    }

    /**
     * Whether the author may publish this record.
     *
     * @param classId the student's class, or the activity's class (null: the whole school)
     * @param subject a grade's subject code, a health record's type, else null ({@link #detail})
     */
    static boolean mayPublish(NoticeAuthor author, NoticeKind kind, Long classId, String subject) {
        if (author.wholeSchool()) {
            return true;
        }
        return switch (kind) {
            case HEALTH -> author.health() || (GROWTH.equals(subject) && author.reachesClass(classId));
            case GRADE -> classId != null && subject != null
                    && author.subjectsByClass().getOrDefault(classId, java.util.Set.of()).stream()
                            .map(Subject::parse).anyMatch(taught -> taught != null && taught.name().equals(subject));
            case ATTENDANCE, ACTIVITY -> author.reachesClass(classId);
            // Conduct and learning results, qualities and competences, topic assessments: the homeroom teacher's.
            case ASSESSMENT -> classId != null && author.homeroomClasses().contains(classId);
            case COMMENT -> mayComment(author, classId, subject);
        };
    }

    /**
     * A teacher's comment (docs/notices.md, "Comments"): the homeroom teacher comments on anything of their class; a
     * subject teacher only on their subject in a class they teach it in.
     */
    static boolean mayComment(NoticeAuthor author, Long classId, String subject) {
        return author.wholeSchool() || (classId != null && author.homeroomClasses().contains(classId))
                || teaches(author, classId, subject);
    }

    /** Whether the author teaches this subject (a code) in this class. */
    private static boolean teaches(NoticeAuthor author, Long classId, String subject) {
        return classId != null && subject != null
                && author.subjectsByClass().getOrDefault(classId, java.util.Set.of()).stream()
                        .map(Subject::parse).anyMatch(taught -> taught != null && taught.name().equals(subject));
    }
}
