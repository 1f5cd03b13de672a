package vn.lienlac.chat;

/** What a conversation is, which decides who its members are (docs/protocol.md). */
public enum ConversationKind {
    /** Two participants whose school relationship allows it. */
    DIRECT,
    /** A class: its homeroom teacher, its teachers and the guardians of its students, kept in line with the directory. */
    CLASS,
    /** A class's guardians only, when the school has turned these groups on. */
    CLASS_PARENTS,
    /** Every active staff member of a school. */
    SCHOOL_STAFF,
    /** A group a staff member created and manages by hand. */
    CUSTOM,
    /** One participant's read-only inbox, into which notices and directives post items (chat.inbox). */
    INBOX
}
