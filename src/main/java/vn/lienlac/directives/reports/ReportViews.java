package vn.lienlac.directives.reports;

import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import vn.lienlac.directives.Views.AttachmentView;

/** What the report endpoints answer (docs/directives.md). */
public final class ReportViews {

    private ReportViews() {
    }

    /**
     * One recipient school's response, or its absence. {@code figures} is the JSON object the school sent; the
     * times are its first and latest submission.
     */
    public record SchoolReport(String schoolCode, String schoolName, ReportStatus status, String submittedBy,
            Instant firstSubmittedAt, Instant submittedAt, String text, Map<String, Object> figures,
            List<AttachmentView> attachments) {

        static Map<String, Object> figures(JsonObject json) {
            return json == null ? null : json.getMap();
        }
    }

    public record Summary(int schools, int onTime, int late, int missing, int pending) {
    }

    /** The report request and every recipient school's response. */
    public record Reports(long directiveId, String documentNumber, String request, Instant deadline, Summary summary,
            List<SchoolReport> schools) {
    }
}
