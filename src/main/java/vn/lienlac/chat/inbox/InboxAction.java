package vn.lienlac.chat.inbox;

/** What an {@link InboxItem} does to its owner's inbox. */
public enum InboxAction {
    /** A new item. */
    POST,
    /** New text and data for an earlier item; the item shows them from then on, marked as edited. */
    CORRECT,
    /** An earlier item taken back: it keeps its place but loses its text and data. */
    WITHDRAW
}
