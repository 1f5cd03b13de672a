package vn.lienlac.directory.importing.rows;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;

/**
 * Dates as Vietnamese spreadsheets write them: day first ({@code 05/09/2012}, also {@code 5/9/2012}), or ISO
 * ({@code 2012-09-05}, as portals send them). Impossible dates ({@code 31/02/2012}) are rejected, not rolled over.
 */
final class DateValues {

    private static final List<DateTimeFormatter> FORMATS = List.of(
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ISO_LOCAL_DATE);

    private DateValues() {
    }

    /** The date, or null when the text is in none of the accepted formats. */
    static LocalDate parse(String text) {
        for (DateTimeFormatter format : FORMATS) {
            try {
                return LocalDate.parse(text, format);
            } catch (DateTimeParseException e) {
                // try the next format
            }
        }
        return null;
    }
}
