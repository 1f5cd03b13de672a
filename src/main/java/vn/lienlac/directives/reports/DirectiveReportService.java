package vn.lienlac.directives.reports;

import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.lienlac.directives.AccessQueries;
import vn.lienlac.directives.Actor;
import vn.lienlac.directives.Actors;
import vn.lienlac.directives.FieldProblem;
import vn.lienlac.directives.Position;
import vn.lienlac.directives.Texts;
import vn.lienlac.directives.Views.AttachmentView;
import vn.lienlac.directives.reports.ReportViews.Reports;
import vn.lienlac.directives.reports.ReportViews.SchoolReport;
import vn.lienlac.directives.reports.ReportViews.Summary;
import vn.lienlac.identity.SignedInPerson;
import vn.lienlac.platform.error.ApiException;
import vn.lienlac.platform.error.ErrorCode;
import vn.lienlac.platform.sql.SqlTimes;
import vn.lienlac.platform.text.UnsafeText;

/**
 * Report requests answered by schools: the leadership of a recipient school submits (and may resubmit) its response;
 * whoever tracks the directive sees every school's status (on time, late, missing, not yet due) and exports them.
 * A response's figures are a free JSON object: the adoption feature may generate them and call {@link #submit}.
 */
@ApplicationScoped
public class DirectiveReportService {

    static final String NOT_SCHOOL_LEADER = "Chỉ hiệu trưởng, phó hiệu trưởng của trường mới nộp được báo cáo.";
    static final String NO_REQUEST = "Văn bản này không yêu cầu trường báo cáo.";
    static final String NO_REPORT_SCHOOL = "Trường này không nhận văn bản nên không có báo cáo.";
    static final int MAX_TEXT = 20_000;
    static final int MAX_FIGURES_BYTES = 64 * 1024;

    private static final String SUBMIT = """
            INSERT INTO directive_report (directive_id, school_id, submitted_by, text, figures, first_submitted_at,
                                          submitted_at)
            SELECT d.id, $2, $3, $4, $5, $6, $6 FROM directive d
            WHERE d.id = $1 AND d.report_request IS NOT NULL
              AND EXISTS (SELECT 1 FROM directive_recipient r WHERE r.directive_id = d.id AND r.school_id = $2)
            ON CONFLICT (directive_id, school_id) DO UPDATE SET submitted_by = EXCLUDED.submitted_by,
                text = EXCLUDED.text, figures = EXCLUDED.figures, submitted_at = EXCLUDED.submitted_at
            RETURNING directive_id""";

    private static final String ATTACH = """
            UPDATE directive_attachment SET directive_id = $1, report_school_id = $2
            WHERE id = ANY($3) AND uploader_staff_id = ANY($4) AND directive_id IS NULL""";

    private static final String DIRECTIVE = """
            SELECT id, document_number, report_request, report_deadline FROM directive WHERE id = $1""";

    private static final String SCHOOLS = """
            SELECT sc.id AS school_id, sc.code, sc.name, p.text, p.figures, p.first_submitted_at, p.submitted_at,
                   st.full_name AS submitted_by
            FROM (SELECT DISTINCT school_id FROM directive_recipient
                  WHERE directive_id = $1 AND ($2::bigint[] IS NULL OR school_id = ANY($2))) rs
            JOIN directory_schools sc ON sc.id = rs.school_id
            LEFT JOIN directive_report p ON p.directive_id = $1 AND p.school_id = sc.id
            LEFT JOIN directory_staff st ON st.id = p.submitted_by
            WHERE ($3::text IS NULL OR sc.code = $3)
            ORDER BY sc.code""";

    private static final String ATTACHMENTS = """
            SELECT id, report_school_id, content_type, size_bytes, file_name FROM directive_attachment
            WHERE directive_id = $1 AND report_school_id IS NOT NULL ORDER BY created_at, id""";

    private final Pool pool;
    private final Actors actors;
    private final AccessQueries access;
    private final Clock clock;

    public DirectiveReportService(Pool pool, Actors actors, AccessQueries access, Clock clock) {
        this.pool = pool;
        this.actors = actors;
        this.access = access;
        this.clock = clock;
    }

    /**
     * The school's response, submitted by its principal or a vice principal; a later submission replaces the text and
     * figures and adds its files, and the status stays that of the first submission. 404 for a directive the caller
     * cannot see; 400 when it asks no report or did not reach this school.
     */
    public Uni<SchoolReport> submit(SignedInPerson person, long directiveId, String schoolCode,
            ReportSubmission submission) {
        Instant now = clock.instant();
        String text = Texts.multiline(submission.text());
        JsonObject figures = submission.figures() == null ? new JsonObject() : new JsonObject(submission.figures());
        List<UUID> files = submission.attachments() == null ? List.of()
                : submission.attachments().stream().distinct().toList();
        UnsafeText.Refusal refusal = UnsafeText.refusal(submission.text());
        if (refusal != null) {
            return Uni.createFrom().failure(FieldProblem.invalid("text", refusal.message()));
        }
        if (text == null || Texts.length(text) > MAX_TEXT) {
            return Uni.createFrom().failure(FieldProblem.invalid("text", "Nội dung báo cáo phải có từ 1 đến "
                    + MAX_TEXT + " ký tự."));
        }
        if (figures.encode().length() > MAX_FIGURES_BYTES) {
            return Uni.createFrom().failure(FieldProblem.invalid("figures", "Số liệu báo cáo quá lớn."));
        }
        UnsafeText.Refusal inFigures = refusal(submission.figures());
        if (inFigures != null) {
            return Uni.createFrom().failure(FieldProblem.invalid("figures", inFigures.message()));
        }
        return pool.withTransaction(conn -> actors.load(conn, person).chain(actor -> {
            Position leader = actor.first(p -> p.managesSchool(schoolCode))
                    .orElseThrow(() -> new ApiException(ErrorCode.FORBIDDEN, NOT_SCHOOL_LEADER));
            return access.require(conn, actor, directiveId)
                    .chain(() -> conn.preparedQuery(SUBMIT).execute(Tuple.tuple(Arrays.asList(directiveId,
                            leader.schoolId(), leader.staffId(), text, figures, SqlTimes.of(now)))))
                    .invoke(rows -> {
                        if (rows.rowCount() == 0) {
                            throw ApiException.badRequest(NO_REQUEST);
                        }
                    })
                    .call(() -> attach(conn, directiveId, leader.schoolId(), files, actor));
        })).chain(() -> one(person, directiveId, schoolCode));
    }

    /** Every recipient school's response (their own school's only, for a school's leadership). */
    public Uni<Reports> all(SignedInPerson person, long directiveId) {
        return reports(person, directiveId, null);
    }

    /** One school's response: for whoever tracks the directive, and the school's own leadership. */
    public Uni<SchoolReport> one(SignedInPerson person, long directiveId, String schoolCode) {
        return reports(person, directiveId, schoolCode).map(reports -> {
            if (reports.schools().isEmpty()) {
                throw ApiException.notFound(NO_REPORT_SCHOOL);
            }
            return reports.schools().get(0);
        });
    }

    private Uni<Reports> reports(SignedInPerson person, long directiveId, String schoolCode) {
        Instant now = clock.instant();
        return actors.load(pool, person).chain(actor -> access.requireTracking(pool, actor, directiveId))
                .chain(relation -> Uni.combine().all().unis(
                        pool.preparedQuery(DIRECTIVE).execute(Tuple.of(directiveId)).map(r -> r.iterator().next()),
                        pool.preparedQuery(SCHOOLS).execute(Tuple.of(directiveId, relation.trackedSchools(),
                                schoolCode)),
                        attachments(directiveId))
                        .with((directive, rows, files) -> {
                            if (directive.getString("report_request") == null) {
                                throw ApiException.badRequest(NO_REQUEST);
                            }
                            Instant deadline = SqlTimes.instant(directive, "report_deadline");
                            List<SchoolReport> schools = new ArrayList<>();
                            for (Row row : rows) {
                                schools.add(school(row, deadline, now, files));
                            }
                            return new Reports(directiveId, directive.getString("document_number"),
                                    directive.getString("report_request"), deadline, summary(schools), schools);
                        }));
    }

    private static SchoolReport school(Row row, Instant deadline, Instant now,
            Map<Long, List<AttachmentView>> files) {
        Instant first = SqlTimes.instant(row, "first_submitted_at");
        return new SchoolReport(row.getString("code"), row.getString("name"), ReportStatus.of(first, deadline, now),
                row.getString("submitted_by"), first, SqlTimes.instant(row, "submitted_at"), row.getString("text"),
                SchoolReport.figures((JsonObject) row.getValue("figures")),
                files.getOrDefault(row.getLong("school_id"), List.of()));
    }

    private static Summary summary(List<SchoolReport> schools) {
        Map<ReportStatus, Integer> counts = new HashMap<>();
        schools.forEach(school -> counts.merge(school.status(), 1, Integer::sum));
        return new Summary(schools.size(), counts.getOrDefault(ReportStatus.ON_TIME, 0),
                counts.getOrDefault(ReportStatus.LATE, 0), counts.getOrDefault(ReportStatus.MISSING, 0),
                counts.getOrDefault(ReportStatus.PENDING, 0));
    }

    private Uni<Map<Long, List<AttachmentView>>> attachments(long directiveId) {
        return pool.preparedQuery(ATTACHMENTS).execute(Tuple.of(directiveId)).map(rows -> {
            Map<Long, List<AttachmentView>> bySchool = new HashMap<>();
            for (Row row : rows) {
                bySchool.computeIfAbsent(row.getLong("report_school_id"), k -> new ArrayList<>())
                        .add(new AttachmentView(row.getUUID("id"), row.getString("content_type"),
                                row.getLong("size_bytes"), row.getString("file_name")));
            }
            return bySchool;
        });
    }

    private static Uni<Void> attach(SqlConnection conn, long directiveId, long schoolId, List<UUID> files,
            Actor actor) {
        if (files.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return conn.preparedQuery(ATTACH).execute(Tuple.of(directiveId, schoolId, files.toArray(UUID[]::new),
                actor.staffIds())).invoke(rows -> {
                    if (rows.rowCount() != files.size()) {
                        throw FieldProblem.invalid("attachments",
                                "Tệp đính kèm không tồn tại, không phải của bạn hoặc đã được gửi.");
                    }
                }).replaceWithVoid();
    }

    /** The first refusal of a text anywhere in the figures (names and string values, at any depth), or null. */
    static UnsafeText.Refusal refusal(Object figures) {
        if (figures instanceof String text) {
            return UnsafeText.refusal(text);
        }
        if (figures instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                UnsafeText.Refusal found = refusal(entry.getKey());
                found = found != null ? found : refusal(entry.getValue());
                if (found != null) {
                    return found;
                }
            }
        } else if (figures instanceof Iterable<?> items) {
            for (Object item : items) {
                UnsafeText.Refusal found = refusal(item);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
