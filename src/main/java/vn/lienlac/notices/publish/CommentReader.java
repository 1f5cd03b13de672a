package vn.lienlac.notices.publish;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.SortedMap;
import java.util.TreeMap;
import vn.lienlac.directory.model.SchoolYears;
import vn.lienlac.directory.model.Subject;
import vn.lienlac.notices.publish.Codes.CommentScope;
import vn.lienlac.notices.publish.Codes.Term;

/**
 * Reads a teacher's comment (nhận xét, docs/notices.md "Comments") into a {@link RecordDraft}: a daily, weekly or term
 * comment on one student or on a whole class, optionally about one subject. Who wrote it ({@link #TEACHER_CODE}) is
 * resolved against the directory by the publisher ({@link CommentAuthors}), which puts the teacher's name into the
 * payload.
 */
final class CommentReader {

    /** Longest comment, in characters. */
    static final int MAX_TEXT = 2000;
    /** The optional staff code of the teacher whose comment it is; read here, resolved and removed by the publisher. */
    static final String TEACHER_CODE = "teacherCode";

    private CommentReader() {
    }

    static RecordDraft read(int index, String sourceId, RecordFields fields, LocalDate today) {
        String student = fields.line("studentCode", false, 50);
        String className = fields.line("className", false, 50);
        if ((student == null) == (className == null)) {
            throw new Rejected(RecordProblem.STUDENT_OR_CLASS);
        }
        CommentScope scope = fields.choice("scope", CommentScope.class, true);
        SortedMap<String, Object> payload = new TreeMap<>();
        put(payload, "studentCode", student);
        put(payload, "className", className);
        payload.put("scope", scope.name());
        LocalDate occurred = today;
        switch (scope) {
            case NGAY -> {
                occurred = past(fields.date("date", true), today);
                payload.put("date", occurred.toString());
            }
            case TUAN -> {
                occurred = past(fields.date("weekOf", true), today);
                if (occurred.getDayOfWeek() != DayOfWeek.MONDAY) {
                    throw new Rejected(RecordProblem.INVALID_VALUE, "weekOf",
                            occurred + " (ngày đầu tuần phải là thứ Hai)");
                }
                payload.put("weekOf", occurred.toString());
            }
            case HOC_KY -> {
                String year = fields.line("schoolYear", true, 9);
                if (!SchoolYears.isValid(year)) {
                    throw new Rejected(RecordProblem.INVALID_VALUE, "schoolYear", year);
                }
                payload.put("schoolYear", year);
                payload.put("term", fields.choice("term", Term.class, true).name());
            }
        }
        Subject subject = null;
        String subjectText = fields.line("subject", false, 100);
        if (subjectText != null) {
            subject = Subject.parse(subjectText);
            if (subject == null) {
                throw new Rejected(RecordProblem.UNKNOWN_SUBJECT, subjectText);
            }
            payload.put("subject", subject.name());
        }
        payload.put("text", fields.paragraphs("text", true, MAX_TEXT));
        put(payload, TEACHER_CODE, fields.line(TEACHER_CODE, false, 50));
        return new RecordDraft(index, sourceId, false, student, className, occurred, subject, payload);
    }

    private static LocalDate past(LocalDate date, LocalDate today) {
        if (date.isAfter(today)) {
            throw new Rejected(RecordProblem.FUTURE_DATE, date.toString());
        }
        return date;
    }

    private static void put(SortedMap<String, Object> payload, String key, String value) {
        if (value != null) {
            payload.put(key, value);
        }
    }
}
