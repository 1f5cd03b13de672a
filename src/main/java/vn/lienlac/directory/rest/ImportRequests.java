package vn.lienlac.directory.rest;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import vn.lienlac.directory.importing.ImportFormat;
import vn.lienlac.directory.model.SchoolYears;
import vn.lienlac.directory.sync.ImportMode;
import vn.lienlac.directory.sync.ImportRequest;
import vn.lienlac.platform.Sha256;
import vn.lienlac.platform.error.ApiException;
import vn.lienlac.platform.error.ErrorCode;

/** Turns the HTTP side of an import (options, raw bytes, caller) into an {@link ImportRequest}. */
@ApplicationScoped
public class ImportRequests {

    private static final byte[] ZIP_MAGIC = {0x50, 0x4B, 0x03, 0x04};
    private static final byte[] OLE2_MAGIC = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

    private final Clock clock;

    public ImportRequests(Clock clock) {
        this.clock = clock;
    }

    ImportRequest of(ImportOptions options, String actor, ImportFormat format, String fileName, byte[] content) {
        return of(options, actor, format, fileName, Sha256.hex(content));
    }

    ImportRequest of(ImportOptions options, String actor, ImportFormat format, String fileName, String sha256) {
        String year = options.schoolYear == null || options.schoolYear.isBlank()
                ? SchoolYears.current(clock) : options.schoolYear.trim();
        if (!SchoolYears.isValid(year)) {
            throw new ApiException(ErrorCode.BAD_REQUEST,
                    "Năm học \"" + options.schoolYear + "\" không hợp lệ; hãy ghi theo dạng 2026-2027.");
        }
        return new ImportRequest(options.schoolCode, mode(options.mode), format, year, options.dryRun,
                options.skipInvalid, fileName, sha256, actor);
    }

    /** {@link #sniff(byte[])} of an uploaded file's first bytes. Blocking. */
    static ImportFormat sniff(Path file) throws IOException {
        if (file == null) {
            return sniff(new byte[0]); // no body at all
        }
        try (InputStream in = Files.newInputStream(file)) {
            return sniff(in.readNBytes(ZIP_MAGIC.length));
        }
    }

    /** XLSX is a ZIP archive; anything else that is not JSON is read as CSV. Old binary .xls is refused clearly. */
    static ImportFormat sniff(byte[] content) {
        if (startsWith(content, ZIP_MAGIC)) {
            return ImportFormat.XLSX;
        }
        if (startsWith(content, OLE2_MAGIC)) {
            throw new ApiException(ErrorCode.UNREADABLE_FILE, "Tệp Excel 97-2003 (.xls) chưa được hỗ trợ; "
                    + "hãy mở tệp và lưu lại dưới dạng .xlsx hoặc CSV UTF-8.");
        }
        if (content.length == 0) {
            throw new ApiException(ErrorCode.UNREADABLE_FILE, "Tệp gửi lên không có nội dung.");
        }
        return ImportFormat.CSV;
    }

    private static ImportMode mode(String mode) {
        if (mode == null || mode.isBlank()) {
            throw new ApiException(ErrorCode.BAD_REQUEST, "Hãy chọn chế độ nhập: mode=snapshot (tệp là toàn bộ "
                    + "trường; ai vắng mặt sẽ bị ngừng kích hoạt) hoặc mode=delta (chỉ cập nhật các dòng có trong tệp).");
        }
        try {
            return ImportMode.valueOf(mode.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ApiException(ErrorCode.BAD_REQUEST,
                    "Chế độ nhập \"" + mode + "\" không hợp lệ; chỉ nhận snapshot hoặc delta.");
        }
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (content[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
