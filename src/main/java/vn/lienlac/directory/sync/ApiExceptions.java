package vn.lienlac.directory.sync;

import java.util.List;
import vn.lienlac.directory.importing.RowError;
import vn.lienlac.platform.error.ApiException;
import vn.lienlac.platform.error.ErrorCode;

/** The failures of an import that the caller can fix, with their Vietnamese messages. */
final class ApiExceptions {

    private ApiExceptions() {
    }

    static ApiException badRequest(ImportRequest request) {
        if (request.mode() == null) {
            return ApiException.badRequest("Thiếu chế độ nhập (SNAPSHOT hoặc DELTA).");
        }
        if (request.format() == null) {
            return ApiException.badRequest("Thiếu định dạng dữ liệu (XLSX, CSV hoặc JSON).");
        }
        return ApiException.badRequest(
                "Năm học không hợp lệ: " + request.schoolYear() + ". Hãy ghi theo mẫu 2026-2027.");
    }

    static ApiException rejected(int invalidRows, List<RowError> errors) {
        int rows = invalidRows > 0 ? invalidRows : errors.size();
        return new ApiException(ErrorCode.IMPORT_REJECTED, rows + " dòng không hợp lệ; không có thay đổi nào được ghi. "
                + "Hãy sửa các dòng này rồi nhập lại, hoặc chọn bỏ qua các dòng lỗi.", errors);
    }
}
