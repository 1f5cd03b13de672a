package vn.lienlac.chat.conversations;

import java.time.Instant;
import vn.lienlac.chat.ConversationKind;

/**
 * One of the caller's conversations as their list shows it.
 *
 * @param me             the caller's participant in it (the first of theirs, staff first, when they hold several)
 * @param title          DIRECT: the other person's full name; CLASS: "Lớp 6A1"; CLASS_PARENTS:
 *                       "Phụ huynh lớp 6A1"; SCHOOL_STAFF: "Cán bộ, giáo viên" and the school's name; CUSTOM: the
 *                       title given
 * @param lastSeq        the sequence number of its newest event
 * @param readSeq        the caller has read every event up to this one
 * @param deliveredSeq   the caller's clients have received every event up to this one
 * @param unread         messages by others after {@code readSeq}, neither recalled nor hidden, at most 999
 * @param lastActivityAt when its newest event was stored, or when it was created if it has none
 * @param lastMessage    its newest message or inbox item (member changes, edits and recalls are not messages), or
 *                       null when it has none: what the list shows under the title
 * @param closed         true for a class group whose school year ended (a rollover closed its class): history to
 *                       read, closed to new messages ({@code CONVERSATION_CLOSED}); its title says so
 */
public record ConversationSummary(long id, ConversationKind kind, String title, String me, long lastSeq, long readSeq,
        long deliveredSeq, int unread, Instant lastActivityAt, LastMessage lastMessage, boolean closed) {

    /** More unread messages than this are counted as this many ("999+"). */
    public static final int UNREAD_CAP = 999;
}
