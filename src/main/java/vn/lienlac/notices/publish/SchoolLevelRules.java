package vn.lienlac.notices.publish;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import vn.lienlac.directory.model.SchoolLevel;
import vn.lienlac.directory.model.Subject;
import vn.lienlac.notices.NoticeKind;
import vn.lienlac.notices.publish.AssessmentCodes.AssessmentType;
import vn.lienlac.notices.publish.Codes.Assessment;

/**
 * What the regulations allow at the school's level, checked once the directory told it (docs/notices.md,
 * "Assessments"): at lower secondary (Thông tư 22/2021) the subjects assessed by comment get Đạt / Chưa đạt and no
 * score, the others a score and never Đạt / Chưa đạt; Đạt / Chưa đạt on a grade is for lower secondary only, and
 * Hoàn thành tốt / Hoàn thành / Chưa hoàn thành (Thông tư 27/2020) for primary only; each assessment type belongs to
 * one level. Records that break a rule are rejected; the others are kept.
 */
final class SchoolLevelRules {

    /** Thông tư 22/2021, Article 5: the subjects and activities assessed by comment at lower secondary. */
    static final Set<Subject> BY_COMMENT = EnumSet.of(Subject.GDTC, Subject.NGHE_THUAT, Subject.AM_NHAC,
            Subject.MI_THUAT, Subject.HDTN, Subject.HOAT_DONG_TRAI_NGHIEM, Subject.GDDP);

    private static final Set<String> PASS_FAIL = Set.of(Assessment.DAT.name(), Assessment.CHUA_DAT.name());

    /** Thông tư 27/2020: the primary levels of a subject. */
    private static final Set<String> PRIMARY = Set.of(Assessment.HOAN_THANH_TOT.name(), Assessment.HOAN_THANH.name(),
            Assessment.CHUA_HOAN_THANH.name());

    private SchoolLevelRules() {
    }

    /** The drafts that fit the school's level; the others go to {@code rejected}. */
    static List<RecordDraft> keep(SchoolLevel level, NoticeKind kind, List<RecordDraft> drafts,
            List<RecordResult> rejected) {
        if (kind != NoticeKind.GRADE && kind != NoticeKind.ASSESSMENT) {
            return drafts;
        }
        return drafts.stream().filter(draft -> {
            if (draft.deleted() || level == null) {
                return true;
            }
            RecordResult problem = kind == NoticeKind.GRADE ? grade(level, draft) : assessment(level, draft);
            if (problem != null) {
                rejected.add(problem);
            }
            return problem == null;
        }).toList();
    }

    private static RecordResult grade(SchoolLevel level, RecordDraft draft) {
        Object assessment = draft.payload().get("assessment");
        boolean passFail = assessment != null && PASS_FAIL.contains(assessment.toString());
        if (assessment != null && PRIMARY.contains(assessment.toString()) && level != SchoolLevel.TIEU_HOC) {
            return reject(draft, RecordProblem.WRONG_SCHOOL_LEVEL,
                    "Đánh giá Hoàn thành tốt/Hoàn thành/Chưa hoàn thành của môn học", name(SchoolLevel.TIEU_HOC),
                    name(level));
        }
        if (level != SchoolLevel.THCS) {
            return passFail ? reject(draft, RecordProblem.WRONG_SCHOOL_LEVEL, "Đánh giá Đạt/Chưa đạt của môn học",
                    name(SchoolLevel.THCS), name(level)) : null;
        }
        String subject = draft.subject().label();
        if (BY_COMMENT.contains(draft.subject())) {
            return passFail ? null : reject(draft, RecordProblem.SUBJECT_ASSESSED_BY_COMMENT, subject);
        }
        return passFail ? reject(draft, RecordProblem.SUBJECT_ASSESSED_BY_SCORE, subject) : null;
    }

    private static RecordResult assessment(SchoolLevel level, RecordDraft draft) {
        AssessmentType type = AssessmentType.valueOf(draft.payload().get("type").toString());
        SchoolLevel wanted = SchoolLevel.valueOf(type.level);
        return wanted == level ? null
                : reject(draft, RecordProblem.WRONG_SCHOOL_LEVEL, type.label, name(wanted), name(level));
    }

    /** "trung học cơ sở", "tiểu học", "mầm non": the level's name inside a sentence. */
    private static String name(SchoolLevel level) {
        return level.label().toLowerCase(java.util.Locale.forLanguageTag("vi"));
    }

    private static RecordResult reject(RecordDraft draft, RecordProblem problem, Object... values) {
        return RecordResult.rejected(draft.index(), draft.sourceId(), problem, values);
    }
}
