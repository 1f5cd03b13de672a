package vn.lienlac.timetable;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.lienlac.directory.importing.table.SheetRow;
import vn.lienlac.directory.text.ClassNames;
import vn.lienlac.directory.text.VietnameseText;

/**
 * Reads the school-wide "TKB" sheet (docs/timetable.md): a header row with {@code Thứ}, {@code Buổi} (optional) and
 * {@code Tiết}, then one column per class; each data row is one period, each cell that class's lesson. A blank
 * {@code Thứ} or {@code Buổi} repeats the one above (merged cells). Without a {@code Buổi} column, periods 1–5 are the
 * morning and 6–10 the afternoon. Every wrong cell is reported with its row and column; the caller stores nothing
 * when there is one. Pure: the rows come from the directory's table readers.
 */
final class TkbSheet {

    static final int HEADER_SEARCH_ROWS = 10;

    /** What a sheet holds: per class column, the class's week; and every problem found. */
    record Parsed(Map<String, Week> weeks, List<TimetableError> errors) {
    }

    private final Map<String, String> classes;

    /** @param classNames the school's class names; a header is matched by its canonical form ({@link ClassNames}) */
    TkbSheet(List<String> classNames) {
        this.classes = new LinkedHashMap<>();
        classNames.forEach(name -> classes.put(key(name), name));
    }

    Parsed read(List<SheetRow> rows) {
        List<TimetableError> errors = new ArrayList<>();
        SheetRow header = header(rows);
        if (header == null) {
            errors.add(new TimetableError(1, null, null, "MISSING_HEADER", "Không tìm thấy dòng tiêu đề có các cột "
                    + "\"Thứ\", \"Buổi\", \"Tiết\" và tên các lớp trong 10 dòng đầu của tệp."));
            return new Parsed(Map.of(), errors);
        }
        int dayCol = -1;
        int sessionCol = -1;
        int periodCol = -1;
        Map<Integer, String> classCols = new TreeMap<>();
        for (int c = 0; c < header.cells().size(); c++) {
            String key = VietnameseText.headerKey(header.cell(c));
            switch (key) {
                case "thu", "ngay", "thungay" -> dayCol = dayCol < 0 ? c : dayCol;
                case "buoi", "ca" -> sessionCol = sessionCol < 0 ? c : sessionCol;
                case "tiet", "tietthu" -> periodCol = periodCol < 0 ? c : periodCol;
                case "", "stt", "tt" -> {
                }
                default -> classColumn(header, c, classCols, errors);
            }
        }
        if (dayCol < 0 || periodCol < 0) {
            errors.add(new TimetableError(header.number(), null, null, "MISSING_COLUMN",
                    "Dòng tiêu đề phải có cột \"Thứ\" và cột \"Tiết\"."));
            return new Parsed(Map.of(), errors);
        }
        if (classCols.isEmpty()) {
            errors.add(new TimetableError(header.number(), null, null, "NO_CLASS",
                    "Dòng tiêu đề không có cột lớp nào (mỗi lớp một cột, tiêu đề là tên lớp)."));
        }
        Map<String, Map<Slot, Lesson>> weeks = new LinkedHashMap<>();
        classCols.values().forEach(name -> weeks.put(name, new TreeMap<>()));
        Map<Slot, Integer> seen = new TreeMap<>();
        Integer day = null;
        String session = null;
        for (SheetRow row : rows) {
            if (row.number() <= header.number() || row.isBlank()) {
                continue;
            }
            String dayText = row.cell(dayCol);
            if (!dayText.isBlank()) {
                day = Days.parse(dayText);
                if (day == null) {
                    errors.add(cellError(row, dayCol, header, "INVALID_DAY", "Thứ \"" + dayText.strip()
                            + "\" không hợp lệ; hãy ghi Hai, Ba, Tư, Năm, Sáu, Bảy (hoặc 2–7)."));
                    continue;
                }
                session = null;
            } else if (day == null) {
                errors.add(cellError(row, dayCol, header, "REQUIRED", "Hãy ghi thứ trong tuần."));
                continue;
            }
            String periodText = row.cell(periodCol).strip();
            Integer number = periodText.matches("\\d{1,2}") ? Integer.valueOf(periodText) : null;
            int maxPeriod = sessionCol < 0 ? 2 * Slot.PERIODS : Slot.PERIODS;
            if (number == null || number < 1 || number > maxPeriod) {
                errors.add(cellError(row, periodCol, header, "INVALID_PERIOD", "Tiết \"" + periodText
                        + "\" không hợp lệ; hãy ghi số từ 1 đến " + maxPeriod + "."));
                continue;
            }
            String rowSession;
            int period = number;
            if (sessionCol < 0) {
                rowSession = number <= Slot.PERIODS ? "SANG" : "CHIEU";
                period = number <= Slot.PERIODS ? number : number - Slot.PERIODS;
            } else {
                String sessionText = row.cell(sessionCol);
                if (!sessionText.isBlank()) {
                    session = session(sessionText);
                    if (session == null) {
                        errors.add(cellError(row, sessionCol, header, "INVALID_SESSION", "Buổi \""
                                + sessionText.strip() + "\" không hợp lệ; hãy ghi Sáng hoặc Chiều."));
                        continue;
                    }
                } else if (session == null) {
                    errors.add(cellError(row, sessionCol, header, "REQUIRED", "Hãy ghi buổi (Sáng hoặc Chiều)."));
                    continue;
                }
                rowSession = session;
            }
            Slot slot = new Slot(day, rowSession, period);
            Integer earlier = seen.putIfAbsent(slot, row.number());
            if (earlier != null) {
                errors.add(cellError(row, periodCol, header, "DUPLICATE_SLOT", slot.label()
                        + " đã có ở dòng " + earlier + "."));
                continue;
            }
            for (Map.Entry<Integer, String> column : classCols.entrySet()) {
                Lesson lesson = Lessons.parse(row.cell(column.getKey()));
                if (lesson == null) {
                    continue;
                }
                List<String> problems = Lessons.tooLong(lesson);
                if (!problems.isEmpty()) {
                    errors.add(cellError(row, column.getKey(), header, "TOO_LONG", String.join(" ", problems)));
                    continue;
                }
                weeks.get(column.getValue()).put(slot, lesson);
            }
        }
        Map<String, Week> result = new LinkedHashMap<>();
        weeks.forEach((name, lessons) -> result.put(name, new Week(lessons)));
        return new Parsed(result, errors);
    }

    private void classColumn(SheetRow header, int c, Map<Integer, String> classCols, List<TimetableError> errors) {
        String written = header.cell(c).strip();
        String name = classes.get(key(written));
        if (name == null) {
            errors.add(cellError(header, c, header, "UNKNOWN_CLASS", "Lớp \"" + written
                    + "\" không có trong danh sách lớp năm học này của trường."));
        } else if (classCols.containsValue(name)) {
            errors.add(cellError(header, c, header, "DUPLICATE_CLASS", "Lớp " + name + " có hai cột."));
        } else {
            classCols.put(c, name);
        }
    }

    /** The first of the first rows that names both "Thứ" and "Tiết". */
    private static SheetRow header(List<SheetRow> rows) {
        int looked = 0;
        for (SheetRow row : rows) {
            if (row.isBlank()) {
                continue;
            }
            List<String> keys = row.cells().stream().map(VietnameseText::headerKey).toList();
            if ((keys.contains("thu") || keys.contains("ngay") || keys.contains("thungay"))
                    && (keys.contains("tiet") || keys.contains("tietthu"))) {
                return row;
            }
            if (++looked >= HEADER_SEARCH_ROWS) {
                return null;
            }
        }
        return null;
    }

    private static String session(String text) {
        return switch (VietnameseText.headerKey(text)) {
            case "sang", "s", "buoisang" -> "SANG";
            case "chieu", "c", "buoichieu" -> "CHIEU";
            default -> null;
        };
    }

    private static String key(String className) {
        String canonical = ClassNames.normalise(className);
        return canonical == null ? "" : VietnameseText.headerKey(canonical);
    }

    private static TimetableError cellError(SheetRow row, int column, SheetRow header, String code, String message) {
        String written = header.cell(column).strip();
        return new TimetableError(row.number(), letter(column), written.isEmpty() ? null : written, code, message);
    }

    /** 0 → "A", 25 → "Z", 26 → "AA". */
    static String letter(int column) {
        StringBuilder letters = new StringBuilder();
        for (int c = column; c >= 0; c = c / 26 - 1) {
            letters.insert(0, (char) ('A' + c % 26));
        }
        return letters.toString();
    }
}
