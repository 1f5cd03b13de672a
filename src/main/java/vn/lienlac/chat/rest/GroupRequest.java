package vn.lienlac.chat.rest;

import java.util.List;

/** {@code POST /api/v1/chat/groups}: a title (1–100 characters) and the first members besides the creator. */
public record GroupRequest(String title, List<String> members) {
}
