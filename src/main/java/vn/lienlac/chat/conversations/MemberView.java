package vn.lienlac.chat.conversations;

/**
 * A member of a conversation as its other members see it: a name, a role in words and receipts, nothing more
 * (no phone number, code or family details beyond the children the conversation is about).
 *
 * @param roleLabel    e.g. "Giáo viên chủ nhiệm", "Giáo viên bộ môn Toán", "Phụ huynh em Nguyễn Minh An",
 *                     "Hiệu trưởng"
 * @param owner        true for the owner of a custom group
 * @param deliveredSeq their clients have received every event up to this one
 * @param readSeq      they have read every event up to this one
 */
public record MemberView(String participant, String fullName, String roleLabel, boolean owner, long deliveredSeq,
        long readSeq) {
}
