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

    /** Longest body: what a lock screen shows. */
    public static final int MAX_BODY = 240;

    public Message {
        params = params == null ? Map.of() : Map.copyOf(params);
    }

    /** A text cut to {@link #MAX_BODY} characters (code points), with "…" where it was cut, for a body. */
    public static String shorten(String text) {
        if (text.codePointCount(0, text.length()) <= MAX_BODY) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, MAX_BODY - 1)).stripTrailing() + "…";
    }
}
