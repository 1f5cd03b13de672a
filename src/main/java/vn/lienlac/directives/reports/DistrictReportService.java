package vn.lienlac.directives.reports;

import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.lienlac.directives.AccessQueries;
import vn.lienlac.directives.Actors;
import vn.lienlac.directives.FieldProblem;
import vn.lienlac.directives.Position;
import vn.lienlac.directives.Texts;
import vn.lienlac.directives.reports.DistrictReports.All;
import vn.lienlac.directives.reports.DistrictReports.DistrictReport;
import vn.lienlac.identity.SignedInPerson;
import vn.lienlac.platform.error.ApiException;
import vn.lienlac.platform.error.ErrorCode;
import vn.lienlac.platform.sql.SqlTimes;
import vn.lienlac.platform.text.UnsafeText;

/**
 * A department's report request answered by the district offices it reached: an officer of the district submits the
 * district's answer for its schools (typed, or from the district's adoption figures: {@link DistrictAdoptionAnswer});
 * the department's officers see every district's status and answer, a district's officers their own district's. As
 * for schools, a later submission replaces text and figures, and the status stays that of the first submission.
 */
@ApplicationScoped
public class DistrictReportService {

    static final String NOT_OFFICER = "Chỉ chuyên viên của Phòng GDĐT này mới nộp được báo cáo của Phòng.";
    static final String NO_REQUEST = "Văn bản này không yêu cầu Phòng GDĐT báo cáo.";
    static final String NOT_REACHED = "Văn bản không gửi tới Phòng GDĐT này nên không có báo cáo.";
    static final String NO_FILES = "Báo cáo của Phòng chưa nhận tệp đính kèm; hãy ghi số liệu vào nội dung.";

    private static final String SUBMIT = """
            INSERT INTO directive_district_report (directive_id, district_office_id, submitted_by, text, figures,
                                                   first_submitted_at, submitted_at)
            SELECT d.id, $2, $3, $4, $5, $6, $6 FROM directive d
            WHERE d.id = $1 AND d.report_request IS NOT NULL AND d.department_id IS NOT NULL
              AND EXISTS (SELECT 1 FROM directive_recipient r WHERE r.directive_id = d.id
                          AND r.district_office_id = $2)
            ON CONFLICT (directive_id, district_office_id) DO UPDATE SET submitted_by = EXCLUDED.submitted_by,
                text = EXCLUDED.text, figures = EXCLUDED.figures, submitted_at = EXCLUDED.submitted_at
            RETURNING directive_id""";

    private static final String DIRECTIVE = """
            SELECT id, document_number, report_request, report_deadline FROM directive WHERE id = $1""";

    private static final String DISTRICTS = """
            SELECT dof.id, dof.code, dof.name, p.text, p.figures, p.first_submitted_at, p.submitted_at,
                   st.full_name AS submitted_by
            FROM (SELECT DISTINCT district_office_id FROM directive_recipient
                  WHERE directive_id = $1 AND district_office_id IS NOT NULL
                    AND ($2::bigint[] IS NULL OR district_office_id = ANY($2))) rd
            JOIN directory_district_offices dof ON dof.id = rd.district_office_id
            LEFT JOIN directive_district_report p ON p.directive_id = $1 AND p.district_office_id = dof.id
            LEFT JOIN directory_staff st ON st.id = p.submitted_by
            WHERE ($3::text IS NULL OR dof.code = $3)
            ORDER BY dof.code""";

    private final Pool pool;
    private final Actors actors;
    private final AccessQueries access;
    private final Clock clock;

    public DistrictReportService(Pool pool, Actors actors, AccessQueries access, Clock clock) {
        this.pool = pool;
        this.actors = actors;
        this.access = access;
        this.clock = clock;
    }

    /**
     * The district's answer, by one of its officers. 403 for anyone else; 404 for a directive they cannot see; 400
     * when it asks no report of districts, did not reach this district, or the answer is not valid.
     */
    public Uni<DistrictReport> submit(SignedInPerson person, long directiveId, String districtCode,
            ReportSubmission submission) {
        Instant now = clock.instant();
        String text = Texts.multiline(submission.text());
        JsonObject figures = submission.figures() == null ? new JsonObject() : new JsonObject(submission.figures());
        UnsafeText.Refusal refusal = UnsafeText.refusal(submission.text());
        if (refusal != null) {
            return Uni.createFrom().failure(FieldProblem.invalid("text", refusal.message()));
        }
        if (text == null || Texts.length(text) > DirectiveReportService.MAX_TEXT) {
            return Uni.createFrom().failure(FieldProblem.invalid("text", "Nội dung báo cáo phải có từ 1 đến "
                    + DirectiveReportService.MAX_TEXT + " ký tự."));
        }
        if (figures.encode().length() > DirectiveReportService.MAX_FIGURES_BYTES) {
            return Uni.createFrom().failure(FieldProblem.invalid("figures", "Số liệu báo cáo quá lớn."));
        }
        UnsafeText.Refusal inFigures = DirectiveReportService.refusal(submission.figures());
        if (inFigures != null) {
            return Uni.createFrom().failure(FieldProblem.invalid("figures", inFigures.message()));
        }
        if (submission.attachments() != null && !submission.attachments().isEmpty()) {
            return Uni.createFrom().failure(FieldProblem.invalid("attachments", NO_FILES));
        }
        return pool.withTransaction(conn -> actors.load(conn, person).chain(actor -> {
            Position officer = actor.first(p -> p.officerOf(districtCode))
                    .orElseThrow(() -> new ApiException(ErrorCode.FORBIDDEN, NOT_OFFICER));
            return access.require(conn, actor, directiveId)
                    .chain(() -> conn.preparedQuery(SUBMIT).execute(Tuple.tuple(Arrays.asList(directiveId,
                            officer.districtId(), officer.staffId(), text, figures, SqlTimes.of(now)))))
                    .invoke(rows -> {
                        if (rows.rowCount() == 0) {
                            throw ApiException.badRequest(NO_REQUEST + " " + NOT_REACHED);
                        }
                    });
        })).chain(() -> one(person, directiveId, districtCode));
    }

    /** Every recipient district's answer (for a district's officers: their own district's only). */
    public Uni<All> all(SignedInPerson person, long directiveId) {
        return reports(person, directiveId, null);
    }

    public Uni<DistrictReport> one(SignedInPerson person, long directiveId, String districtCode) {
        return reports(person, directiveId, districtCode).map(all -> {
            if (all.districts().isEmpty()) {
                throw ApiException.notFound(NOT_REACHED);
            }
            return all.districts().get(0);
        });
    }

    private Uni<All> reports(SignedInPerson person, long directiveId, String districtCode) {
        Instant now = clock.instant();
        return actors.load(pool, person).chain(actor -> access.require(pool, actor, directiveId).map(relation -> {
            if (relation.tracksAll()) {
                return new Long[0];
            }
            Long[] own = actor.positions().stream().filter(Position::districtOfficer).map(Position::districtId)
                    .toArray(Long[]::new);
            if (own.length == 0) {
                throw new ApiException(ErrorCode.FORBIDDEN, AccessQueries.NOT_TRACKING);
            }
            return own;
        })).chain(districts -> Uni.combine().all().unis(
                pool.preparedQuery(DIRECTIVE).execute(Tuple.of(directiveId)).map(r -> r.iterator().next()),
                pool.preparedQuery(DISTRICTS).execute(Tuple.of(directiveId,
                        districts.length == 0 ? null : districts, districtCode)))
                .with((directive, rows) -> {
                    if (directive.getString("report_request") == null) {
                        throw ApiException.badRequest(NO_REQUEST);
                    }
                    Instant deadline = SqlTimes.instant(directive, "report_deadline");
                    List<DistrictReport> list = new ArrayList<>();
                    Map<ReportStatus, Integer> counts = new HashMap<>();
                    for (Row row : rows) {
                        Instant first = SqlTimes.instant(row, "first_submitted_at");
                        ReportStatus status = ReportStatus.of(first, deadline, now);
                        counts.merge(status, 1, Integer::sum);
                        JsonObject figures = (JsonObject) row.getValue("figures");
                        list.add(new DistrictReport(row.getString("code"), row.getString("name"), status,
                                row.getString("submitted_by"), first, SqlTimes.instant(row, "submitted_at"),
                                row.getString("text"), figures == null ? null : figures.getMap()));
                    }
                    return new All(directiveId, directive.getString("document_number"),
                            directive.getString("report_request"), deadline,
                            new DistrictReports.Summary(list.size(), counts.getOrDefault(ReportStatus.ON_TIME, 0),
                                    counts.getOrDefault(ReportStatus.LATE, 0),
                                    counts.getOrDefault(ReportStatus.MISSING, 0),
                                    counts.getOrDefault(ReportStatus.PENDING, 0)),
                            list);
                }));
    }
}
