package vn.lienlac.chat.conversations;

/**
 * Someone the caller may open a direct conversation with.
 *
 * @param roleLabel what they are to the caller, e.g. "Giáo viên chủ nhiệm lớp 6A1",
 *                  "Phụ huynh em Nguyễn Minh An"
 */
public record ContactView(String participant, String fullName, String roleLabel) {
}
