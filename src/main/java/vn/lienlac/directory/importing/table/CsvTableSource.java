package vn.lienlac.directory.importing.table;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import vn.lienlac.platform.error.ApiException;
import vn.lienlac.platform.error.ErrorCode;

/**
 * CSV in UTF-8, with or without a byte order mark, as Excel's "CSV UTF-8" and LibreOffice save it. The delimiter
 * ({@code ,} or {@code ;}, which Excel uses where the decimal separator is a comma) is the more frequent of the
 * two in the first of the first {@value #LINES_TO_SNIFF} lines that has at least two of either — the header line,
 * or a title line that Excel padded with the same delimiter. Fields may be quoted. Empty lines are kept as blank
 * rows so that row numbers match the spreadsheet.
 * Text in another encoding (Windows-1258, UTF-16) is rejected rather than read as garbled names.
 */
public final class CsvTableSource implements TableSource {

    private static final int LINES_TO_SNIFF = 10;
    private static final int SNIFF_LIMIT_CHARS = 1 << 20;
    private static final char BOM = '\uFEFF';

    @Override
    public void read(InputStream in, RowSink sink) {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        var reader = new BufferedReader(new InputStreamReader(in, decoder));
        try {
            skipByteOrderMark(reader);
            CSVFormat format = CSVFormat.DEFAULT.builder()
                    .setDelimiter(sniffDelimiter(reader))
                    .setIgnoreEmptyLines(false)
                    .get();
            try (CSVParser parser = format.parse(reader)) {
                for (CSVRecord record : parser) {
                    sink.accept(new SheetRow(Math.toIntExact(record.getRecordNumber()), record.toList()));
                }
            }
        } catch (CharacterCodingException e) {
            throw notUtf8();
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw e.getCause() instanceof CharacterCodingException ? notUtf8() : malformed();
        }
    }

    private static void skipByteOrderMark(BufferedReader reader) throws IOException {
        reader.mark(1);
        if (reader.read() != BOM) {
            reader.reset();
        }
    }

    /** The delimiter of the first line that has at least two of either: the header, or a title padded by Excel. */
    private static char sniffDelimiter(BufferedReader reader) throws IOException {
        reader.mark(SNIFF_LIMIT_CHARS);
        char delimiter = ',';
        int read = 0;
        String line;
        for (int i = 0; i < LINES_TO_SNIFF && read < SNIFF_LIMIT_CHARS / 2 && (line = reader.readLine()) != null; i++) {
            read += line.length() + 1;
            long commas = line.chars().filter(c -> c == ',').count();
            long semicolons = line.chars().filter(c -> c == ';').count();
            if (Math.max(commas, semicolons) >= 2) {
                delimiter = semicolons > commas ? ';' : ',';
                break;
            }
        }
        reader.reset();
        return delimiter;
    }

    private static ApiException notUtf8() {
        return new ApiException(ErrorCode.UNREADABLE_FILE,
                "Tệp CSV không được lưu theo mã UTF-8. Trong Excel, hãy chọn \"Lưu dưới dạng\" → \"CSV UTF-8\".");
    }

    private static ApiException malformed() {
        return new ApiException(ErrorCode.UNREADABLE_FILE,
                "Tệp CSV sai định dạng (có thể do dấu ngoặc kép không khớp).");
    }
}
