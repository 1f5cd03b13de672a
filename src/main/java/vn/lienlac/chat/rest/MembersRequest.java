package vn.lienlac.chat.rest;

import java.util.List;

/** {@code POST /api/v1/chat/groups/{id}/members}: participants to add. */
public record MembersRequest(List<String> members) {
}
