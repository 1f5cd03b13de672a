package vn.lienlac.notices.publish;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.text.Normalizer;
import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import vn.lienlac.directory.model.SchoolLevel;
import vn.lienlac.directory.model.SchoolYears;
import vn.lienlac.notices.NoticeKind;
import vn.lienlac.notices.publish.AssessmentCodes.AssessmentType;
import vn.lienlac.notices.publish.AssessmentCodes.Tt27Kind;
import vn.lienlac.notices.publish.Codes.Term;
import vn.lienlac.platform.error.ApiException;
import vn.lienlac.platform.sql.SqlTimes;

/**
 * The assessments a class has been sent for one period (docs/notices.md, "What a class has been sent"), so that the
 * homeroom teacher's screen opens filled in and re-sends only what changed. The school's level decides the type:
 * lower secondary a term's conduct and learning results, primary the qualities and competences of a term's mid-term
 * or end, preschool the topic assessments of a month. Readers are those who may publish assessments for the class.
 */
@ApplicationScoped
public class ClassAssessments {

    private static final String SELECT = """
            SELECT source_id, student_code, payload, text, version, created_at, updated_at FROM notice
            WHERE school_id = $1 AND class_id = $2 AND kind = 'ASSESSMENT' AND withdrawn_at IS NULL
              AND payload->>'type' = $3 AND %s
            ORDER BY student_code, updated_at DESC, id DESC""";

    private final ClassTargets targets;
    private final Pool pool;

    public ClassAssessments(ClassTargets targets, Pool pool) {
        this.targets = targets;
        this.pool = pool;
    }

    /** The period asked for: a school year and term (and mid-term or end at primary), or a month (and topic). */
    public record Period(String schoolYear, String term, String kind, String month, String topic) {
    }

    /**
     * One live assessment: its canonical record (as in the inbox item), the text the family read, whether it was
     * corrected, when it was first sent and when its current version was.
     */
    public record Sent(String sourceId, String studentCode, Map<String, Object> record, String text, int version,
            boolean corrected, Instant firstSentAt, Instant sentAt) {
    }

    /** The period as understood for the school's level; the fields another level does not use are null. */
    public record Sheet(long classId, String className, String schoolLevel, String type, String schoolYear,
            String term, String kind, String month, String topic, List<Sent> records) {
    }

    public Uni<Sheet> assessments(SecurityIdentity identity, String schoolCode, long classId, Period asked) {
        return targets.of(identity, schoolCode, classId, NoticeKind.ASSESSMENT, null).chain(t -> {
            AssessmentType type = typeOf(t.school().level());
            Sheet sheet = sheet(classId, t.className(), t.school().level(), type, asked);
            String where;
            Tuple args;
            if (type == AssessmentType.CHU_DE) {
                YearMonth month = YearMonth.parse(sheet.month());
                where = "occurred_on >= $4 AND occurred_on < $5 AND ($6::text IS NULL OR payload->>'topic' = $6)";
                args = Tuple.from(Arrays.asList(t.school().id(), classId, type.name(), month.atDay(1),
                        month.plusMonths(1).atDay(1), sheet.topic()));
            } else {
                where = "payload->>'schoolYear' = $4 AND payload->>'term' = $5 "
                        + "AND ($6::text IS NULL OR payload->>'kind' = $6)";
                args = Tuple.from(Arrays.asList(t.school().id(), classId, type.name(), sheet.schoolYear(),
                        sheet.term(), sheet.kind()));
            }
            return pool.preparedQuery(SELECT.formatted(where)).execute(args).map(rows -> {
                List<Sent> sent = new ArrayList<>();
                for (Row row : rows) {
                    int version = row.getInteger("version");
                    sent.add(new Sent(row.getString("source_id"), row.getString("student_code"),
                            row.getJsonObject("payload").getMap(), row.getString("text"), version, version > 1,
                            SqlTimes.instant(row, "created_at"), SqlTimes.instant(row, "updated_at")));
                }
                return new Sheet(sheet.classId(), sheet.className(), sheet.schoolLevel(), sheet.type(),
                        sheet.schoolYear(), sheet.term(), sheet.kind(), sheet.month(), sheet.topic(), sent);
            });
        });
    }

    /** The level's assessment; a school whose level the directory does not know is read as lower secondary. */
    private static AssessmentType typeOf(SchoolLevel level) {
        if (level == null) {
            return AssessmentType.REN_LUYEN_HOC_TAP;
        }
        return Arrays.stream(AssessmentType.values()).filter(t -> t.level.equals(level.name())).findFirst()
                .orElse(AssessmentType.REN_LUYEN_HOC_TAP);
    }

    /** The period checked for the type (400 on a bad or missing value), as an empty sheet. */
    private static Sheet sheet(long classId, String className, SchoolLevel level, AssessmentType type,
            Period asked) {
        String levelName = level == null ? null : level.name();
        if (type == AssessmentType.CHU_DE) {
            String month = asked.month();
            try {
                YearMonth.parse(month == null ? "" : month);
            } catch (DateTimeParseException e) {
                throw ApiException.badRequest(RecordProblem.INVALID_VALUE.message("month",
                        (month == null ? "" : month) + " (yyyy-MM)"));
            }
            String topic = asked.topic() == null || asked.topic().isBlank() ? null
                    : Normalizer.normalize(asked.topic().strip(), Normalizer.Form.NFC);
            return new Sheet(classId, className, levelName, type.name(), null, null, null, month, topic, List.of());
        }
        if (!SchoolYears.isValid(asked.schoolYear())) {
            throw ApiException.badRequest("Năm học không hợp lệ: " + asked.schoolYear() + " (ví dụ 2025-2026).");
        }
        Term term = ClassRecords.choice(Term.class, "term", asked.term());
        String kind = null;
        if (type == AssessmentType.PHAM_CHAT_NANG_LUC) {
            if (term == Term.CA_NAM) {
                throw ApiException.badRequest(RecordProblem.INVALID_VALUE.message("term", "CA_NAM (chỉ HK1 hoặc HK2)"));
            }
            kind = ClassRecords.choice(Tt27Kind.class, "kind", asked.kind()).name();
        }
        return new Sheet(classId, className, levelName, type.name(), asked.schoolYear(), term.name(), kind, null,
                null, List.of());
    }
}
