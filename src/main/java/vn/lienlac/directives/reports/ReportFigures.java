package vn.lienlac.directives.reports;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import vn.lienlac.directives.reports.ReportViews.SchoolReport;
import vn.lienlac.platform.export.Percent;

/**
 * The schools' figures (any JSON object) as columns of the report export: every leaf of the objects is a column,
 * nested keys joined with ": " ({@code {"guardians": {"total": 5}}} → "Phụ huynh: tổng"). Keys the platform writes
 * itself (the adoption report's {@code staff}, {@code guardians}, {@code total}, {@code percent}, {@code asOf}, …)
 * get Vietnamese labels and come first, in a fixed order; keys a school typed itself keep their spelling, in
 * alphabetical order after them. Cells are typed: numbers stay numbers, a {@code percent} is a {@link Percent}, an
 * ISO date ({@code 2026-12-07}) is a date and an ISO instant a date and time in the platform's zone; a list is text
 * ("a; b"). No cell holds JSON.
 */
final class ReportFigures {

    /** Vietnamese labels of the keys the platform writes (AdoptionResponse) or documents (docs/directives.md). */
    static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("asOf", "Số liệu tính đến ngày"),
            Map.entry("staff", "CB-GV-NV"),
            Map.entry("activatedStaff", "CB-GV-NV đã kích hoạt"),
            Map.entry("teachers", "Giáo viên"),
            Map.entry("activatedTeachers", "Giáo viên đã kích hoạt"),
            Map.entry("guardians", "Phụ huynh"),
            Map.entry("activatedGuardians", "Phụ huynh đã kích hoạt"),
            Map.entry("students", "Học sinh"),
            Map.entry("activatedStudents", "Học sinh có phụ huynh đã kích hoạt"),
            Map.entry("total", "tổng"),
            Map.entry("activated", "đã kích hoạt"),
            Map.entry("percent", "tỉ lệ"),
            Map.entry("invitations", "Lời mời"),
            Map.entry("invited", "đã mời"),
            Map.entry("activatedAfter", "kích hoạt sau lời mời"));
    /** The order of the known keys; unknown keys follow, alphabetically. */
    static final List<String> ORDER = List.of("asOf", "staff", "activatedStaff", "teachers", "activatedTeachers",
            "guardians", "activatedGuardians", "students", "activatedStudents", "invitations", "total", "activated",
            "percent", "invited", "activatedAfter");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern ISO_INSTANT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T[0-9:.]+Z");

    private final List<List<String>> paths;
    private final ZoneId zone;

    ReportFigures(List<SchoolReport> schools, ZoneId zone) {
        this(schools.stream().map(SchoolReport::figures).toList(), zone);
    }

    /** Over any answers' figures (null for an answer without them). */
    ReportFigures(Collection<Map<String, Object>> answers, ZoneId zone) {
        Set<List<String>> found = new TreeSet<>(ReportFigures::comparePaths);
        for (Map<String, Object> figures : answers) {
            if (figures != null) {
                collect(figures, new ArrayList<>(), found);
            }
        }
        this.paths = List.copyOf(found);
        this.zone = zone;
    }

    /** The columns' headers: "Phụ huynh: tổng", "Số liệu tính đến ngày", "soPhongHoc" (a school's own key). */
    List<String> headers() {
        return paths.stream().map(ReportFigures::header).toList();
    }

    /** One school's cells, in the columns' order (null where it has no such figure). */
    List<Object> cells(Map<String, Object> figures) {
        List<Object> cells = new ArrayList<>(paths.size());
        for (List<String> path : paths) {
            cells.add(cell(path, find(figures, path)));
        }
        return cells;
    }

    static String header(List<String> path) {
        String header = path.stream().map(key -> LABELS.getOrDefault(key, key)).collect(Collectors.joining(": "));
        // A label starts a header with a capital ("Tỉ lệ"); a school's own key keeps its spelling.
        return LABELS.containsKey(path.get(0))
                ? header.substring(0, 1).toUpperCase(Locale.ROOT) + header.substring(1) : header;
    }

    private static void collect(Map<?, ?> object, List<String> prefix, Set<List<String>> found) {
        object.forEach((key, value) -> {
            List<String> path = new ArrayList<>(prefix);
            path.add(String.valueOf(key));
            if (value instanceof Map<?, ?> nested && !nested.isEmpty()) {
                collect(nested, path, found);
            } else {
                found.add(List.copyOf(path));
            }
        });
    }

    private static Object find(Map<?, ?> figures, List<String> path) {
        Object value = figures;
        for (String key : path) {
            if (!(value instanceof Map<?, ?> object)) {
                return null;
            }
            value = object.get(key);
        }
        return value;
    }

    private Object cell(List<String> path, Object value) {
        if (value == null || value instanceof Map<?, ?>) {
            // A school that sent an object where others sent a number has its cells in the object's columns.
            return null;
        }
        if (value instanceof Number number) {
            return "percent".equals(path.get(path.size() - 1)) ? new Percent(decimal(number)) : number;
        }
        if (value instanceof Boolean) {
            return value;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(ReportFigures::text).collect(Collectors.joining("; "));
        }
        String text = value.toString();
        try {
            if (ISO_DATE.matcher(text).matches()) {
                return LocalDate.parse(text);
            }
            if (ISO_INSTANT.matcher(text).matches()) {
                return Instant.parse(text).atZone(zone).toLocalDateTime();
            }
        } catch (DateTimeParseException e) {
            // Looks like a date but is none (2026-13-45): the school's text, as written.
        }
        return text;
    }

    /** A list element or a nested value, as a person reads it: {@code {"a": 1}} → "a: 1". */
    private static String text(Object value) {
        if (value instanceof Map<?, ?> map) {
            return map.entrySet().stream()
                    .map(e -> LABELS.getOrDefault(String.valueOf(e.getKey()), String.valueOf(e.getKey())) + ": "
                            + text(e.getValue()))
                    .collect(Collectors.joining(", "));
        }
        if (value instanceof List<?> list) {
            return list.stream().map(ReportFigures::text).collect(Collectors.joining(", "));
        }
        if (value instanceof Boolean yes) {
            return yes ? "Có" : "Không";
        }
        return value == null ? "" : value.toString();
    }

    private static BigDecimal decimal(Number number) {
        return number instanceof BigDecimal d ? d : new BigDecimal(number.toString());
    }

    private static int comparePaths(List<String> a, List<String> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = KEYS.compare(a.get(i), b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }

    private static final Comparator<String> KEYS = Comparator
            .comparingInt((String key) -> ORDER.contains(key) ? ORDER.indexOf(key) : ORDER.size())
            .thenComparing(Comparator.naturalOrder());
}
