package vn.lienlac.directives.reports;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.lienlac.adoption.AdoptionReports;
import vn.lienlac.adoption.AreaReport;
import vn.lienlac.adoption.SchoolFigures;
import vn.lienlac.directives.reports.DistrictReports.DistrictReport;
import vn.lienlac.identity.SignedInPerson;
import vn.lienlac.platform.error.ApiException;

/**
 * A district's answer to the department written from its adoption figures now: the district's progress report as the
 * text; as figures the district's four shares (a guardian with children at two of its schools counted once), each
 * school's, and {@code asOf}. Submitted as any district answer is, so only the district's officers can.
 */
@ApplicationScoped
public class DistrictAdoptionAnswer {

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private final AdoptionReports adoption;
    private final DistrictReportService reports;
    private final ObjectMapper mapper;

    public DistrictAdoptionAnswer(AdoptionReports adoption, DistrictReportService reports, ObjectMapper mapper) {
        this.adoption = adoption;
        this.reports = reports;
        this.mapper = mapper;
    }

    public Uni<DistrictReport> submit(SignedInPerson person, long directiveId, String districtCode) {
        return adoption.districtReport(districtCode)
                .onItem().ifNull().failWith(() -> ApiException.notFound("Không tìm thấy Phòng GDĐT " + districtCode
                        + "."))
                .chain(report -> reports.submit(person, directiveId, districtCode, submission(report)));
    }

    private ReportSubmission submission(AreaReport report) {
        Map<String, Object> figures = mapper.convertValue(report.figures(), MAP);
        List<Map<String, Object>> schools = new ArrayList<>();
        for (SchoolFigures school : report.schools()) {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("code", school.code());
            one.put("name", school.name());
            one.putAll(mapper.convertValue(school.figures(), MAP));
            schools.add(one);
        }
        figures.put("schools", schools);
        figures.put("asOf", report.asOf().toString());
        return new ReportSubmission(report.title() + "\n\n" + report.text(), figures, List.of());
    }
}
