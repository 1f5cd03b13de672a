package vn.lienlac.notices.publish;

/**
 * Why one record of a batch was rejected: a stable code (the contract) and a Vietnamese message that may name the
 * field or value. The other records of the batch are unaffected (docs/notices.md lists every code).
 */
public enum RecordProblem {
    MISSING_FIELD("Thiếu trường bắt buộc: %s."),
    INVALID_SOURCE_ID("Mã bản ghi (sourceId) phải có từ 1 đến 200 ký tự."),
    DUPLICATE_SOURCE_ID("Mã bản ghi %s xuất hiện nhiều lần trong cùng một lô; chỉ bản ghi đầu tiên được xử lý."),
    UNKNOWN_STUDENT("Không có học sinh đang học mang mã %s tại trường."),
    UNKNOWN_CLASS("Không có lớp %s trong năm học hiện tại của trường."),
    UNKNOWN_SUBJECT("Môn học không hợp lệ: %s."),
    UNKNOWN_SOURCE_ID("Không có bản ghi nào mang mã %s để xoá."),
    INVALID_VALUE("Giá trị không hợp lệ cho trường %s: %s."),
    INVALID_DATE("Ngày không hợp lệ cho trường %s: %s (định dạng yyyy-MM-dd)."),
    FUTURE_DATE("Ngày %s nằm trong tương lai."),
    SCORE_OUT_OF_RANGE("Điểm %s nằm ngoài thang điểm 0–10."),
    SCORE_PRECISION("Điểm %s có nhiều hơn một chữ số thập phân."),
    SCORE_OR_ASSESSMENT("Cần đúng một trong hai: điểm số (score) hoặc đánh giá (assessment)."),
    TEXT_TOO_LONG("Trường %s dài quá %s ký tự."),
    TOO_MANY_PHOTOS("Một bài đăng có tối đa %s ảnh."),
    UNKNOWN_PHOTO("Không có ảnh %s đã tải lên cho trường."),
    NOT_PERMITTED("Bạn không được gửi thông báo này cho học sinh hoặc lớp %s."),
    WRONG_SCHOOL_LEVEL("%s chỉ dùng cho cấp %s; trường này thuộc cấp %s."),
    SUBJECT_ASSESSED_BY_COMMENT("Môn %s ở cấp trung học cơ sở được đánh giá bằng nhận xét: Đạt (DAT) hoặc Chưa đạt "
            + "(CHUA_DAT), không cho điểm."),
    SUBJECT_ASSESSED_BY_SCORE("Môn %s ở cấp trung học cơ sở được đánh giá bằng điểm số; Đạt/Chưa đạt chỉ dùng cho "
            + "các môn đánh giá bằng nhận xét."),
    STUDENT_OR_CLASS("Cần đúng một trong hai: học sinh (studentCode) hoặc lớp (className)."),
    UNKNOWN_TEACHER("Không có cán bộ mang mã %s tại trường.");

    private final String message;

    RecordProblem(String message) {
        this.message = message;
    }

    /** The Vietnamese message with its blanks filled. */
    public String message(Object... values) {
        return message.formatted(values);
    }
}
