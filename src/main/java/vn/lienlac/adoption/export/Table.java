package vn.lienlac.adoption.export;

import java.util.List;

/**
 * A table to export: a title (the XLSX sheet's name), a header row and rows of cells. A cell is a String, a Long
 * (a count), a BigDecimal (a percent, one decimal) or null (empty).
 */
public record Table(String title, List<String> headers, List<List<Object>> rows) {

    public Table {
        headers = List.copyOf(headers);
        rows = List.copyOf(rows);
    }

    @Override
    public String toString() {
        return "Table[" + title + ", " + rows.size() + " rows]";
    }
}
