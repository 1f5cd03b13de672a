package vn.lienlac.directory.importing.table;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Turns numeric XLSX cells into the text an import needs, which is not always what Excel displays:
 * <ul>
 *   <li>date-formatted cells → {@code dd/MM/yyyy}, whatever the display format;</li>
 *   <li>cells whose format only pads digits ({@code 0000000000}, {@code 0#########}, {@code "0"#########}) → as
 *       displayed, so a code or phone shown with leading zeros keeps them;</li>
 *   <li>every other number → plain digits, never {@code .0}, an exponent or thousands separators
 *       ({@code 912345678}, not {@code 9.12345678E8} or {@code 912,345,678}).</li>
 * </ul>
 */
final class CellTextFormatter extends DataFormatter {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final Pattern DIGIT_PADDING = Pattern.compile("(?:[0#]|\"\\d*\"|\\\\\\d)+");
    private static final double LARGEST_EXACT_INTEGER = 1e15;

    CellTextFormatter() {
        super(Locale.ROOT);
    }

    @Override
    public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904Windowing) {
        if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
            return DateUtil.getLocalDateTime(value, use1904Windowing).toLocalDate().format(DATE);
        }
        if (formatString != null && DIGIT_PADDING.matcher(formatString).matches()) {
            return super.formatRawCellContents(value, formatIndex, formatString, use1904Windowing);
        }
        return plain(value);
    }

    private static String plain(double value) {
        if (value == Math.rint(value) && Math.abs(value) < LARGEST_EXACT_INTEGER) {
            return Long.toString((long) value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
