package vn.lienlac.chat;

/** A refusal that becomes an error frame; carries no stack trace, it is not a fault. */
public class ChatException extends RuntimeException {

    private final ChatError error;
    private final String field;

    public ChatException(ChatError error) {
        this(error, null);
    }

    /** @param field the offending field, for {@link ChatError#INVALID_FIELD} */
    public ChatException(ChatError error, String field) {
        super(error.name(), null, false, false);
        this.error = error;
        this.field = field;
    }

    public ChatError error() {
        return error;
    }

    public String field() {
        return field;
    }
}
