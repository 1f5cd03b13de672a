package vn.lienlac.chat.conversations;

/** Why one participant of a request was refused; listed in the {@code errors} of a 400 problem. */
public record MemberProblem(String participant, String message) {

    static final String MALFORMED = "Mã người tham gia không hợp lệ (dạng g:<số> hoặc s:<số>).";
    static final String NOT_ALLOWED = "Bạn không thể nhắn tin trực tiếp với người này.";
}
