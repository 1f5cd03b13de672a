package vn.lienlac.directives.reports;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.lienlac.directives.reports.ReportViews.Reports;
import vn.lienlac.directives.reports.ReportViews.SchoolReport;
import vn.lienlac.platform.export.Table;
import vn.lienlac.platform.export.TableWriters;

/**
 * All responses to a report request as one table (docs/directives.md): a row per recipient school (those that did
 * not answer too), fixed columns with Vietnamese headers, then the figures' columns ({@link ReportFigures}). The
 * files are the platform's {@link TableWriters}: CSV in UTF-8 with a byte order mark, XLSX with typed cells. Both
 * block: call them off the event loop.
 */
public final class ReportExport {

    static final List<String> HEADERS = List.of("Mã trường", "Tên trường", "Trạng thái", "Nộp lần đầu",
            "Nộp lần cuối", "Người nộp", "Nội dung báo cáo", "Số tệp đính kèm");

    private final Reports reports;
    private final ZoneId zone;
    private final ReportFigures figures;

    public ReportExport(Reports reports, ZoneId zone) {
        this.reports = reports;
        this.zone = zone;
        this.figures = new ReportFigures(reports.schools(), zone);
    }

    /** The file name, e.g. {@code bao-cao-260-PGD-VP.csv}. */
    public String fileName(String extension) {
        return "bao-cao-" + reports.documentNumber().replaceAll("[^A-Za-z0-9-]+", "-") + "." + extension;
    }

    public Table table() {
        List<String> headers = new ArrayList<>(HEADERS);
        headers.addAll(figures.headers());
        return new Table("Báo cáo", headers, reports.schools().stream().map(this::row).toList());
    }

    public byte[] csv() {
        return TableWriters.csv(table());
    }

    public byte[] xlsx() {
        return TableWriters.xlsx(table());
    }

    private List<Object> row(SchoolReport school) {
        List<Object> row = new ArrayList<>();
        row.add(school.schoolCode());
        row.add(school.schoolName());
        row.add(school.status().label());
        row.add(time(school.firstSubmittedAt()));
        row.add(time(school.submittedAt()));
        row.add(school.submittedBy());
        row.add(school.text());
        row.add((long) school.attachments().size());
        row.addAll(school.figures() == null ? figures.cells(Map.of()) : figures.cells(school.figures()));
        return row;
    }

    /** A submission time to the minute, in the platform's zone: the same in CSV and XLSX (dd/MM/yyyy HH:mm). */
    private LocalDateTime time(Instant instant) {
        return instant == null ? null : instant.atZone(zone).toLocalDateTime().truncatedTo(ChronoUnit.MINUTES);
    }
}
