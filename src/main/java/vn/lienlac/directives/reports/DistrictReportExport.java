package vn.lienlac.directives.reports;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.lienlac.directives.reports.DistrictReports.All;
import vn.lienlac.directives.reports.DistrictReports.DistrictReport;
import vn.lienlac.platform.export.Table;
import vn.lienlac.platform.export.TableWriters;

/**
 * The district offices' answers to a department's report request as one table (docs/directives.md, "Exports of the
 * districts' answers"): a row per recipient district office (those that did not answer too), then one row per school
 * its answer lists under {@code figures.schools} (as the district's adoption answer writes them), marked by the
 * school's code and name. Fixed columns with Vietnamese headers, then the figures' columns ({@link ReportFigures}):
 * numbers as numbers, shares as percentages, dates as dates; no cell holds JSON. The files are the platform's
 * {@link TableWriters}; both block: call them off the event loop.
 */
public final class DistrictReportExport {

    static final List<String> HEADERS = List.of("Mã Phòng GDĐT", "Tên Phòng GDĐT", "Mã trường", "Tên trường",
            "Trạng thái", "Nộp lần đầu", "Nộp lần cuối", "Người nộp", "Nội dung báo cáo");

    private final All reports;
    private final ZoneId zone;
    private final ReportFigures figures;

    public DistrictReportExport(All reports, ZoneId zone) {
        this.reports = reports;
        this.zone = zone;
        List<Map<String, Object>> all = new ArrayList<>();
        for (DistrictReport district : reports.districts()) {
            all.add(own(district.figures()));
            schools(district.figures()).forEach(school -> all.add(ownOfSchool(school)));
        }
        this.figures = new ReportFigures(all, zone);
    }

    /** The file name, e.g. {@code bao-cao-phong-2868-SGDDT-CNTT.xlsx}. */
    public String fileName(String extension) {
        return "bao-cao-phong-" + reports.documentNumber().replaceAll("[^A-Za-z0-9-]+", "-") + "." + extension;
    }

    public Table table() {
        List<String> headers = new ArrayList<>(HEADERS);
        headers.addAll(figures.headers());
        List<List<Object>> rows = new ArrayList<>();
        for (DistrictReport district : reports.districts()) {
            rows.add(districtRow(district));
            for (Map<String, Object> school : schools(district.figures())) {
                rows.add(schoolRow(district, school));
            }
        }
        return new Table("Báo cáo các phòng", headers, rows);
    }

    public byte[] csv() {
        return TableWriters.csv(table());
    }

    public byte[] xlsx() {
        return TableWriters.xlsx(table());
    }

    private List<Object> districtRow(DistrictReport district) {
        List<Object> row = new ArrayList<>();
        row.add(district.districtCode());
        row.add(district.districtName());
        row.add(null);
        row.add(null);
        row.add(district.status().label());
        row.add(time(district.firstSubmittedAt()));
        row.add(time(district.submittedAt()));
        row.add(district.submittedBy());
        row.add(district.text());
        row.addAll(figures.cells(own(district.figures())));
        return row;
    }

    private List<Object> schoolRow(DistrictReport district, Map<String, Object> school) {
        List<Object> row = new ArrayList<>();
        row.add(district.districtCode());
        row.add(district.districtName());
        row.add(text(school.get("code")));
        row.add(text(school.get("name")));
        row.add(null);
        row.add(null);
        row.add(null);
        row.add(null);
        row.add(null);
        row.addAll(figures.cells(ownOfSchool(school)));
        return row;
    }

    /** A district's own figures: all but its list of schools. */
    private static Map<String, Object> own(Map<String, Object> figures) {
        if (figures == null) {
            return Map.of();
        }
        Map<String, Object> own = new LinkedHashMap<>(figures);
        if (own.get("schools") instanceof List<?>) {
            own.remove("schools");
        }
        return own;
    }

    /** A school's figures without the code and name that have their own columns. */
    private static Map<String, Object> ownOfSchool(Map<String, Object> school) {
        Map<String, Object> own = new LinkedHashMap<>(school);
        own.remove("code");
        own.remove("name");
        return own;
    }

    /** The schools a district's answer lists (objects only; anything else stays a text column of the district). */
    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> schools(Map<String, Object> figures) {
        if (figures == null || !(figures.get("schools") instanceof List<?> list)) {
            return List.of();
        }
        List<Map<String, Object>> schools = new ArrayList<>();
        for (Object item : list) {
            if (item instanceof Map<?, ?> map) {
                schools.add((Map<String, Object>) map);
            }
        }
        return schools;
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    /** A submission time to the minute, in the platform's zone (dd/MM/yyyy HH:mm). */
    private LocalDateTime time(Instant instant) {
        return instant == null ? null : instant.atZone(zone).toLocalDateTime().truncatedTo(ChronoUnit.MINUTES);
    }
}
