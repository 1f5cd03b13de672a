package vn.lienlac.chat.moderation;

import java.time.Instant;

/**
 * A guardian the caller blocked: they can no longer send the caller direct messages.
 *
 * @param name the blocked guardian's name in the directory, or null when the directory no longer has them
 */
public record Block(String participant, String name, Instant since) {

    /** Without the name. */
    @Override
    public String toString() {
        return "Block[" + participant + "]";
    }
}
