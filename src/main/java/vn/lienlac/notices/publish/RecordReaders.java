package vn.lienlac.notices.publish;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import vn.lienlac.directory.model.SchoolYears;
import vn.lienlac.directory.model.Subject;
import vn.lienlac.notices.NoticeKind;
import vn.lienlac.notices.publish.Codes.ActivityType;
import vn.lienlac.notices.publish.Codes.Assessment;
import vn.lienlac.notices.publish.Codes.AttendanceStatus;
import vn.lienlac.notices.publish.Codes.BmiClass;
import vn.lienlac.notices.publish.Codes.GradeKind;
import vn.lienlac.notices.publish.Codes.HealthType;
import vn.lienlac.notices.publish.Codes.Session;
import vn.lienlac.notices.publish.Codes.Term;

/** Reads one published record of each kind into a {@link RecordDraft}, or rejects it (docs/notices.md, "Records"). */
final class RecordReaders {

    private static final BigDecimal TEN = BigDecimal.TEN;
    private static final int NOTE = 500;
    /** Most photos of one activity post. */
    static final int MAX_PHOTOS = 20;
    /** An activity's photos in its payload. */
    static final String PHOTOS = "photos";

    private RecordReaders() {
    }

    /** @param today the school's today (lienlac.time.zone): later dates are rejected where a record reports a fact */
    static RecordDraft read(NoticeKind kind, int index, JsonNode node, LocalDate today) {
        if (node == null || !node.isObject()) {
            throw new Rejected(RecordProblem.INVALID_VALUE, "records[" + index + "]", String.valueOf(node));
        }
        RecordFields fields = new RecordFields(node);
        String sourceId = fields.line("sourceId", true, 200);
        if (fields.flag("deleted")) {
            return RecordDraft.deletion(index, sourceId);
        }
        return switch (kind) {
            case GRADE -> grade(index, sourceId, fields, today);
            case ATTENDANCE -> attendance(index, sourceId, fields, today);
            case HEALTH -> health(index, sourceId, fields, today);
            case ACTIVITY -> activity(index, sourceId, fields);
            case ASSESSMENT -> AssessmentReader.read(index, sourceId, fields, today);
            case COMMENT -> CommentReader.read(index, sourceId, fields, today);
        };
    }

    private static RecordDraft grade(int index, String sourceId, RecordFields fields, LocalDate today) {
        String student = fields.line("studentCode", true, 50);
        String subjectText = fields.line("subject", true, 100);
        Subject subject = Subject.parse(subjectText);
        if (subject == null) {
            throw new Rejected(RecordProblem.UNKNOWN_SUBJECT, subjectText);
        }
        String year = fields.line("schoolYear", true, 9);
        if (!SchoolYears.isValid(year)) {
            throw new Rejected(RecordProblem.INVALID_VALUE, "schoolYear", year);
        }
        Term term = fields.choice("term", Term.class, true);
        GradeKind gradeKind = fields.choice("kind", GradeKind.class, true);
        BigDecimal score = fields.number("score", false);
        Assessment assessment = fields.choice("assessment", Assessment.class, false);
        if ((score == null) == (assessment == null)) {
            throw new Rejected(RecordProblem.SCORE_OR_ASSESSMENT);
        }
        if (score != null) {
            if (score.signum() < 0 || score.compareTo(TEN) > 0) {
                throw new Rejected(RecordProblem.SCORE_OUT_OF_RANGE, score.toPlainString().replace('.', ','));
            }
            if (score.stripTrailingZeros().scale() > 1) {
                throw new Rejected(RecordProblem.SCORE_PRECISION, score.toPlainString().replace('.', ','));
            }
        }
        LocalDate gradedOn = past(fields, "gradedOn", false, today);
        SortedMap<String, Object> payload = base(student);
        payload.put("subject", subject.name());
        payload.put("schoolYear", year);
        payload.put("term", term.name());
        payload.put("kind", gradeKind.name());
        put(payload, "score", score == null ? null : score.setScale(1, RoundingMode.UNNECESSARY).toPlainString());
        put(payload, "assessment", assessment);
        put(payload, "comment", fields.line("comment", false, NOTE));
        put(payload, "gradedOn", gradedOn);
        return new RecordDraft(index, sourceId, false, student, null, gradedOn != null ? gradedOn : today, subject,
                payload);
    }

    private static RecordDraft attendance(int index, String sourceId, RecordFields fields, LocalDate today) {
        String student = fields.line("studentCode", true, 50);
        LocalDate date = past(fields, "date", true, today);
        SortedMap<String, Object> payload = base(student);
        payload.put("date", date.toString());
        payload.put("session", fields.choice("session", Session.class, true).name());
        payload.put("status", fields.choice("status", AttendanceStatus.class, true).name());
        put(payload, "note", fields.line("note", false, NOTE));
        return new RecordDraft(index, sourceId, false, student, null, date, null, payload);
    }

    private static RecordDraft health(int index, String sourceId, RecordFields fields, LocalDate today) {
        String student = fields.line("studentCode", true, 50);
        HealthType type = fields.choice("type", HealthType.class, true);
        LocalDate date = type == HealthType.NHAC_LICH ? fields.date("date", true) : past(fields, "date", true, today);
        SortedMap<String, Object> payload = base(student);
        payload.put("type", type.name());
        payload.put("date", date.toString());
        switch (type) {
            case KHAM_DINH_KY -> {
                BigDecimal height = measure(fields, "heightCm", 250);
                BigDecimal weight = measure(fields, "weightKg", 200);
                payload.put("heightCm", height.toPlainString());
                payload.put("weightKg", weight.toPlainString());
                BigDecimal metres = height.movePointLeft(2);
                payload.put("bmi", weight.divide(metres.multiply(metres), 1, RoundingMode.HALF_UP).toPlainString());
                put(payload, "bmiClass", fields.choice("bmiClass", BmiClass.class, false));
                put(payload, "vision", fields.line("vision", false, 50));
                put(payload, "dental", fields.line("dental", false, 200));
            }
            case SU_CO -> payload.put("description", fields.line("description", true, 1000));
            case NHAC_LICH -> payload.put("title", fields.line("title", true, 200));
            case CAN_DO -> growth(fields, payload);
        }
        put(payload, "notes", fields.line("notes", false, NOTE));
        return new RecordDraft(index, sourceId, false, student, null, date, null, payload);
    }

    /** A growth measurement: height and weight; the WHO reading is added with the directory's data (GrowthDrafts). */
    private static void growth(RecordFields fields, SortedMap<String, Object> payload) {
        BigDecimal height = measure(fields, "heightCm", 250);
        BigDecimal weight = measure(fields, "weightKg", 200);
        payload.put("heightCm", height.toPlainString());
        payload.put("weightKg", weight.toPlainString());
        BigDecimal metres = height.movePointLeft(2);
        payload.put("bmi", weight.divide(metres.multiply(metres), 1, RoundingMode.HALF_UP).toPlainString());
    }

    private static RecordDraft activity(int index, String sourceId, RecordFields fields) {
        String className = fields.line("className", false, 50);
        LocalDate date = fields.date("date", true);
        SortedMap<String, Object> payload = new TreeMap<>();
        put(payload, "className", className);
        payload.put("type", fields.choice("type", ActivityType.class, true).name());
        payload.put("date", date.toString());
        payload.put("title", fields.line("title", true, 200));
        put(payload, "body", fields.paragraphs("body", false, 4000));
        List<String> photos = fields.ids("photos", MAX_PHOTOS);
        if (!photos.isEmpty()) {
            // Ids for now; the publisher replaces them with {"id", "contentType"} once it found the uploads.
            payload.put(PHOTOS, photos);
        }
        return new RecordDraft(index, sourceId, false, null, className, date, null, payload);
    }

    private static LocalDate past(RecordFields fields, String name, boolean required, LocalDate today) {
        LocalDate date = fields.date(name, required);
        if (date != null && date.isAfter(today)) {
            throw new Rejected(RecordProblem.FUTURE_DATE, date.toString());
        }
        return date;
    }

    /** A positive measurement with at most one decimal, below a bound. */
    private static BigDecimal measure(RecordFields fields, String name, int max) {
        BigDecimal value = fields.number(name, true);
        if (value.signum() <= 0 || value.compareTo(BigDecimal.valueOf(max)) > 0
                || value.stripTrailingZeros().scale() > 1) {
            throw new Rejected(RecordProblem.INVALID_VALUE, name, value.toPlainString());
        }
        return value.stripTrailingZeros().scale() <= 0 ? value.setScale(0, RoundingMode.UNNECESSARY)
                : value.setScale(1, RoundingMode.UNNECESSARY);
    }

    private static SortedMap<String, Object> base(String studentCode) {
        SortedMap<String, Object> payload = new TreeMap<>();
        payload.put("studentCode", studentCode);
        return payload;
    }

    private static void put(SortedMap<String, Object> payload, String key, Object value) {
        if (value != null) {
            payload.put(key, value instanceof Enum<?> e ? e.name() : value.toString());
        }
    }
}
