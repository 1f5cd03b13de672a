package vn.lienlac.identity.session;

/**
 * Where a sign-in comes from, shown in the person's list of sessions.
 *
 * @param deviceName what the client calls the device ("iPhone của Lan"), or null
 * @param userAgent  the HTTP User-Agent, or null
 * @param clientIp   the client's address as the server sees it, or null
 */
public record DeviceInfo(String deviceName, String userAgent, String clientIp) {

    static final int MAX_DEVICE_NAME = 100;
    static final int MAX_USER_AGENT = 512;

    public DeviceInfo {
        deviceName = clip(deviceName, MAX_DEVICE_NAME);
        userAgent = clip(userAgent, MAX_USER_AGENT);
    }

    private static String clip(String text, int max) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String trimmed = text.strip();
        return trimmed.length() <= max ? trimmed : trimmed.substring(0, max);
    }
}
