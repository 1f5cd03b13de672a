package vn.lienlac.platform.export;

import java.math.BigDecimal;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Cells of every CSV and XLSX export, safe to open in a spreadsheet (OWASP "CSV injection"): text that begins with
 * {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return would be read as a formula, so
 * <ul>
 *   <li>in CSV it is written with a leading {@code '} (the quote is then part of the text: {@code '=1+1});</li>
 *   <li>in XLSX it stays unchanged but is stored as a text cell with the quote-prefix style (Excel's own "'" marker:
 *       shown without the quote, and still text when the cell is edited).</li>
 * </ul>
 * Numbers written as numbers are never touched: a negative count is not a formula.
 */
public final class SpreadsheetCells {

    private SpreadsheetCells() {
    }

    /** True for text a spreadsheet could take for a formula (or for a DDE command). */
    public static boolean formulaLike(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }

    /** The CSV field for a cell: numbers as they are (BigDecimal in plain notation), text neutralised, null empty. */
    public static Object csv(Object cell) {
        if (cell == null) {
            return null;
        }
        if (cell instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (cell instanceof Number) {
            return cell;
        }
        String text = cell.toString();
        return formulaLike(text) ? "'" + text : text;
    }

    /**
     * The style that makes an XLSX text cell stay text: create once per workbook and pass to {@link #text}.
     * The style is a plain one otherwise; {@code base}, when given, is cloned (e.g. bold headers).
     */
    public static CellStyle quotePrefixed(Workbook workbook, CellStyle base) {
        CellStyle style = workbook.createCellStyle();
        if (base != null) {
            style.cloneStyleFrom(base);
        }
        style.setQuotePrefixed(true);
        return style;
    }

    /**
     * Writes text into an XLSX cell as a text cell; formula-like text also gets {@code quotePrefixed} (made by
     * {@link #quotePrefixed}). POI's {@code setCellValue(String)} never creates a formula.
     */
    public static void text(Cell cell, String text, CellStyle quotePrefixed) {
        cell.setCellValue(text);
        if (formulaLike(text)) {
            cell.setCellStyle(quotePrefixed);
        }
    }
}
