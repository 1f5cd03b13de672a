package vn.lienlac.notifications.zalo;

import java.util.Map;
import java.util.Set;
import vn.lienlac.notifications.outbox.SendResult;

/**
 * ZNS result codes ({@code error} in the answer) and what the outbox does with each (docs/notifications.md, "ZNS
 * error codes", after Zalo's table at https://zalo.cloud/zns/guidelines/handle-error-code). The person cannot be
 * reached on Zalo → {@link SendResult.Rejected}, so the policy's next step (SMS) goes; quota, rate and time-of-day
 * limits and unknown server errors → {@link SendResult.Retry}; an invalid or expired access token → refresh, then
 * retry ({@link #TOKEN_INVALID}); any other code (our template or data is wrong) → rejected.
 */
final class ZaloErrors {

    /** Access token invalid or expired. */
    static final int TOKEN_INVALID = -124;

    private static final Map<Integer, String> NAMES = Map.ofEntries(
            Map.entry(-100, "unknown error"),
            Map.entry(-108, "phone number invalid"),
            Map.entry(-109, "template id invalid"),
            Map.entry(-111, "template data empty"),
            Map.entry(-112, "template data invalid"),
            Map.entry(-114, "user inactive, refuses ZNS or uses an outdated Zalo"),
            Map.entry(-115, "out of quota"),
            Map.entry(-117, "OA or app may not use this template"),
            Map.entry(-118, "Zalo account not existed"),
            Map.entry(-119, "account cannot receive ZNS"),
            Map.entry(-124, "access token invalid"),
            Map.entry(-133, "not sent at night"),
            Map.entry(-139, "user refused ZNS from this OA"),
            Map.entry(-144, "OA exceeded its daily quota"));

    /** Try later: Zalo's side is busy or a limit resets. */
    private static final Set<Integer> RETRY = Set.of(-100, -115, -133, -144);

    private ZaloErrors() {
    }

    static SendResult of(int code, String message) {
        String error = "ZNS error " + code + " (" + NAMES.getOrDefault(code, message == null ? "?" : message) + ")";
        return RETRY.contains(code) || code == TOKEN_INVALID
                ? new SendResult.Retry(null, error)
                : new SendResult.Rejected(error);
    }
}
