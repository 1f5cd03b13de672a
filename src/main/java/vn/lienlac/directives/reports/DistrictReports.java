package vn.lienlac.directives.reports;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** What the district report endpoints answer (docs/directives.md, "A district answers the department"). */
public final class DistrictReports {

    private DistrictReports() {
    }

    /** One recipient district office's answer, or its absence. */
    public record DistrictReport(String districtCode, String districtName, ReportStatus status, String submittedBy,
            Instant firstSubmittedAt, Instant submittedAt, String text, Map<String, Object> figures) {
    }

    /** The department's report request and every recipient district office's answer. */
    public record All(long directiveId, String documentNumber, String request, Instant deadline,
            Summary summary, List<DistrictReport> districts) {
    }

    public record Summary(int districts, int onTime, int late, int missing, int pending) {
    }
}
