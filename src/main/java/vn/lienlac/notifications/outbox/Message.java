package vn.lienlac.notifications.outbox;

import java.util.Map;

/**
 * What the person is told, in every channel's terms. Stored as JSON in {@code outbox_item.message}.
 *
 * @param title       the notification's title (Vietnamese, NFC), e.g. "Điểm mới: Toán"
 * @param body        its text, short enough for a lock screen (≤ 240 characters)
 * @param url         the app path it opens, e.g. "/hop-thu/12" (relative to the web app)
 * @param template    the Zalo/SMS template id for this kind, or null when only push may carry it
 * @param params      the template's parameters (Vietnamese with diacritics; SMS transliterates when asked)
 * @param collapseKey items with the same key replace each other on the device (a conversation), or null
 */
public record Message(String title, String body, String url, String template, Map<String, String> params,
        String collapseKey) {

    public Message {
        params = params == null ? Map.of() : Map.copyOf(params);
    }
}
