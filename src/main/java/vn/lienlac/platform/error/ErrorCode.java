package vn.lienlac.platform.error;

/**
 * Every error a client can see: a stable code, the HTTP status it maps to, and a human message in Vietnamese.
 * The code is the contract; the message may be reworded.
 */
public enum ErrorCode {
    BAD_REQUEST(400, "Yêu cầu không hợp lệ."),
    VALIDATION_FAILED(400, "Dữ liệu gửi lên không hợp lệ."),
    MALFORMED_JSON(400, "Nội dung JSON không đọc được."),
    INVALID_CHARACTER(400, "Nội dung gửi lên chứa ký tự không được phép (ký tự NUL hoặc mã hóa sai)."),
    IMPORT_REJECTED(400, "Tệp dữ liệu có dòng không hợp lệ; không có thay đổi nào được ghi."),
    UNREADABLE_FILE(400, "Không đọc được tệp dữ liệu. Hãy dùng tệp XLSX hoặc CSV (UTF-8) xuất từ CSDL ngành."),
    UNAUTHENTICATED(401, "Cần đăng nhập để thực hiện thao tác này."),
    FORBIDDEN(403, "Bạn không có quyền thực hiện thao tác này."),
    NOT_FOUND(404, "Không tìm thấy dữ liệu yêu cầu."),
    METHOD_NOT_ALLOWED(405, "Phương thức không được hỗ trợ cho địa chỉ này."),
    CONFLICT(409, "Dữ liệu đã bị thay đổi bởi một thao tác khác; hãy thử lại."),
    SCHOOL_YEAR_CLOSED(409, "Năm học này của trường đã kết thúc; không thể nhập dữ liệu cho năm học đã đóng."),
    LENGTH_REQUIRED(411, "Cần khai báo độ dài nội dung (Content-Length)."),
    PAYLOAD_TOO_LARGE(413, "Tệp hoặc nội dung gửi lên quá lớn."),
    UNSUPPORTED_MEDIA_TYPE(415, "Định dạng nội dung không được hỗ trợ."),
    TOO_MANY_REQUESTS(429, "Bạn thao tác quá nhiều lần. Vui lòng chờ rồi thử lại."),
    INTERNAL(500, "Hệ thống gặp lỗi. Vui lòng thử lại sau; nếu lỗi lặp lại, hãy báo mã tra cứu cho quản trị viên."),
    UNAVAILABLE(503, "Hệ thống đang bận hoặc tạm ngừng. Vui lòng thử lại sau."),
    DATABASE_UNAVAILABLE(503, "Cơ sở dữ liệu tạm thời không truy cập được. Vui lòng thử lại sau ít phút.");

    private final int status;
    private final String message;

    ErrorCode(int status, String message) {
        this.status = status;
        this.message = message;
    }

    public int status() {
        return status;
    }

    /** The default human message, in Vietnamese. */
    public String message() {
        return message;
    }
}
