package vn.lienlac.chat.rest;

import jakarta.validation.constraints.NotNull;

/** {@code PUT /api/v1/chat/schools/{code}/settings}: the school's chat switches, all given. */
public record SchoolChatSettingsRequest(
        @NotNull(message = "Cần cho biết có bật nhóm phụ huynh của từng lớp hay không (parentsGroups).")
        Boolean parentsGroups) {
}
