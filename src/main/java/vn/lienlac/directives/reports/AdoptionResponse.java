package vn.lienlac.directives.reports;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import vn.lienlac.adoption.AdoptionReports;
import vn.lienlac.adoption.ProgressReport;
import vn.lienlac.directives.reports.ReportViews.SchoolReport;
import vn.lienlac.identity.SignedInPerson;
import vn.lienlac.platform.error.ApiException;

/**
 * A school's response written from its adoption figures now (the deployment-progress report the letter asks for):
 * the adoption feature's Vietnamese report as the text, its figures as the response's figures. Submitted as any
 * response is, so only the school's leadership can, and a later submission replaces it.
 */
@ApplicationScoped
public class AdoptionResponse {

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private final AdoptionReports adoption;
    private final DirectiveReportService reports;
    private final ObjectMapper mapper;

    public AdoptionResponse(AdoptionReports adoption, DirectiveReportService reports, ObjectMapper mapper) {
        this.adoption = adoption;
        this.reports = reports;
        this.mapper = mapper;
    }

    public Uni<SchoolReport> submit(SignedInPerson person, long directiveId, String schoolCode) {
        return adoption.schoolReport(schoolCode, null)
                .onItem().ifNull().failWith(() -> ApiException.notFound("Không tìm thấy trường " + schoolCode + "."))
                .chain(report -> reports.submit(person, directiveId, schoolCode, submission(report)));
    }

    private ReportSubmission submission(ProgressReport report) {
        Map<String, Object> figures = mapper.convertValue(report.figures(), MAP);
        figures.put("asOf", report.asOf().toString());
        return new ReportSubmission(report.title() + "\n\n" + report.text(), figures, List.of());
    }
}
