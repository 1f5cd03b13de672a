package vn.lienlac.chat.rest;

import java.time.Instant;
import vn.lienlac.chat.membership.SchoolChatSettings;

/** A school's chat switches; {@code updatedAt} is null while the defaults apply. */
public record SchoolChatSettingsResponse(String schoolCode, boolean parentsGroups, Instant updatedAt) {

    static SchoolChatSettingsResponse from(SchoolChatSettings settings) {
        return new SchoolChatSettingsResponse(settings.schoolCode(), settings.parentsGroups(), settings.updatedAt());
    }
}
