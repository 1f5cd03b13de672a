package vn.lienlac.directory.importing.table;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.lienlac.directory.importing.ImportColumn;
import vn.lienlac.directory.importing.RowError;
import vn.lienlac.directory.text.VietnameseText;

/**
 * Where each known column sits in a file, found by header name in any order. Headers are compared by
 * {@link VietnameseText#headerKey} (no case, diacritics, spaces or punctuation), against the documented header and
 * its aliases. A serial-number column ({@code STT}) is expected and ignored silently; any other unknown header is
 * a warning, and a column that appears twice is read from its first occurrence (with a warning).
 */
public final class HeaderLayout<C extends Enum<C> & ImportColumn> {

    private static final Set<String> IGNORED_KEYS = Set.of("stt", "tt", "sothutu");

    private final int row;
    private final Class<C> type;
    private final EnumMap<C, Integer> index;
    private final EnumMap<C, String> written;
    private final List<RowError> warnings = new ArrayList<>();

    private HeaderLayout(int row, Class<C> type) {
        this.row = row;
        this.type = type;
        this.index = new EnumMap<>(type);
        this.written = new EnumMap<>(type);
    }

    /** Matches a candidate header row against the columns of {@code type}. */
    public static <C extends Enum<C> & ImportColumn> HeaderLayout<C> match(SheetRow header, Class<C> type) {
        Map<String, C> byKey = keys(type);
        var layout = new HeaderLayout<>(header.number(), type);
        for (int i = 0; i < header.cells().size(); i++) {
            String text = VietnameseText.nfc(header.cell(i));
            String key = VietnameseText.headerKey(text);
            if (key.isEmpty() || IGNORED_KEYS.contains(key)) {
                continue;
            }
            C column = byKey.get(key);
            if (column == null) {
                layout.warn(text, "UNKNOWN_COLUMN", "Cột “" + text + "” không được hỗ trợ nên bị bỏ qua.");
            } else if (layout.index.containsKey(column)) {
                layout.warn(text, "DUPLICATE_COLUMN", "Cột “" + text + "” trùng với cột “" + layout.written.get(column)
                        + "” đã có; chỉ đọc cột đầu tiên.");
            } else {
                layout.index.put(column, i);
                layout.written.put(column, text);
            }
        }
        return layout;
    }

    /** The spreadsheet row number of the header. */
    public int row() {
        return row;
    }

    /** How many known columns were found. */
    public int matchedColumns() {
        return index.size();
    }

    /** The raw text of a column in a data row, or null when the column is absent or the cell empty. */
    public String cell(SheetRow data, C column) {
        Integer i = index.get(column);
        return i == null ? null : data.cell(i);
    }

    /** The header as written in the file, or the documented header when the file has no such column. */
    public String columnName(C column) {
        return written.getOrDefault(column, column.header());
    }

    /** One {@code MISSING_COLUMN} error per required column the file lacks. */
    public List<RowError> missingColumns() {
        List<RowError> errors = new ArrayList<>();
        for (C column : type.getEnumConstants()) {
            if (column.required() && !index.containsKey(column)) {
                errors.add(new RowError(row, column.header(), "MISSING_COLUMN",
                        "Thiếu cột bắt buộc “" + column.header() + "” ở dòng tiêu đề (dòng " + row + ")."));
            }
        }
        return errors;
    }

    /** Unknown and repeated columns. */
    public List<RowError> warnings() {
        return List.copyOf(warnings);
    }

    private void warn(String header, String code, String message) {
        warnings.add(new RowError(row, header, code, message));
    }

    private static <C extends Enum<C> & ImportColumn> Map<String, C> keys(Class<C> type) {
        Map<String, C> byKey = new HashMap<>();
        for (C column : type.getEnumConstants()) {
            byKey.put(VietnameseText.headerKey(column.header()), column);
            column.aliases().forEach(alias -> byKey.put(VietnameseText.headerKey(alias), column));
        }
        return byKey;
    }
}
