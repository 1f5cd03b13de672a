package vn.lienlac.timetable;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import vn.lienlac.directory.importing.table.CsvTableSource;
import vn.lienlac.directory.importing.table.SheetRow;
import vn.lienlac.directory.importing.table.TableSource;
import vn.lienlac.directory.importing.table.XlsxTableSource;
import vn.lienlac.platform.error.ApiException;
import vn.lienlac.platform.error.ErrorCode;

/**
 * A TKB file on disk, read with the directory's table readers (the first sheet of an XLSX, or CSV in UTF-8 with
 * {@code ,} or {@code ;}), told apart by content as directory imports are. Blocking: call on a worker thread.
 */
@ApplicationScoped
class TimetableFiles {

    /** A week has at most 60 periods; a few title and blank lines on top. */
    static final int MAX_ROWS = 200;

    private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

    TkbSheet.Parsed read(Path file, List<String> classNames) {
        if (file == null) {
            throw new ApiException(ErrorCode.UNREADABLE_FILE, "Tệp gửi lên không có nội dung.");
        }
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            List<SheetRow> rows = new ArrayList<>();
            source(in).read(in, row -> {
                if (rows.size() >= MAX_ROWS) {
                    throw new ApiException(ErrorCode.PAYLOAD_TOO_LARGE, "Tệp thời khóa biểu tối đa " + MAX_ROWS
                            + " dòng.");
                }
                rows.add(row);
            });
            return new TkbSheet(classNames).read(rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static TableSource source(InputStream in) throws IOException {
        in.mark(ZIP.length);
        byte[] head = in.readNBytes(ZIP.length);
        in.reset();
        if (head.length == 0) {
            throw new ApiException(ErrorCode.UNREADABLE_FILE, "Tệp gửi lên không có nội dung.");
        }
        if (Arrays.equals(head, ZIP)) {
            return new XlsxTableSource();
        }
        if (Arrays.equals(head, OLE2)) {
            throw new ApiException(ErrorCode.UNREADABLE_FILE, "Tệp Excel 97-2003 (.xls) chưa được hỗ trợ; "
                    + "hãy mở tệp và lưu lại dưới dạng .xlsx hoặc CSV UTF-8.");
        }
        return new CsvTableSource();
    }
}
