package vn.lienlac.chat;

/**
 * Why chat refused something a client asked for: the {@code code} of an error frame (docs/protocol.md), with the
 * message shown to people, in Vietnamese.
 */
public enum ChatError {
    MALFORMED_FRAME("Khung dữ liệu không phải JSON hợp lệ."),
    FRAME_TOO_LARGE("Khung dữ liệu vượt quá 64 KiB nên đã bị bỏ qua."),
    UNKNOWN_TYPE("Loại khung dữ liệu không được hỗ trợ."),
    INVALID_FIELD("Trường dữ liệu thiếu hoặc không hợp lệ."),
    TEXT_TOO_LONG("Tin nhắn quá dài."),
    NOT_A_MEMBER("Bạn không phải là thành viên của cuộc trò chuyện này."),
    NOT_FOUND("Không tìm thấy tin nhắn hoặc tệp đính kèm trong cuộc trò chuyện này."),
    NOT_YOURS("Bạn chỉ có thể sửa hoặc thu hồi tin nhắn của chính mình."),
    WINDOW_CLOSED("Đã quá thời gian cho phép sửa hoặc thu hồi tin nhắn."),
    RECALLED("Tin nhắn đã được thu hồi."),
    READ_ONLY("Đây là hộp thư thông báo của nhà trường; không thể gửi tin nhắn vào đây."),
    BLOCKED("Người nhận không nhận tin nhắn trực tiếp từ bạn."),
    CONVERSATION_CLOSED("Năm học của lớp này đã kết thúc: nhóm chỉ còn để xem lại, không gửi hay sửa tin nhắn được "
            + "nữa."),
    RATE_LIMITED("Bạn gửi quá nhanh. Vui lòng chờ một chút rồi gửi lại."),
    INTERNAL("Hệ thống gặp lỗi; tin nhắn chưa được lưu. Vui lòng gửi lại.");

    private final String message;

    ChatError(String message) {
        this.message = message;
    }

    public String message() {
        return message;
    }
}
