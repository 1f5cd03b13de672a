package vn.lienlac.chat.membership;

import java.time.Instant;

/**
 * A school's chat switches.
 *
 * @param parentsGroups whether each active class also has a guardians-only group
 * @param updatedAt     when they were last changed, or null when they never were (the defaults apply)
 */
public record SchoolChatSettings(String schoolCode, boolean parentsGroups, Instant updatedAt) {
}
