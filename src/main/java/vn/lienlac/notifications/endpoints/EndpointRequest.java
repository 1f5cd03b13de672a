package vn.lienlac.notifications.endpoints;

import java.util.Map;

/**
 * {@code POST /api/v1/notifications/endpoints}: a browser's Web Push subscription or an app's device token.
 *
 * @param channel WEB_PUSH, FCM or APNS
 * @param address WEB_PUSH: the subscription's endpoint (https URL); FCM: the registration token; APNS: the device
 *                token (hex)
 * @param keys    WEB_PUSH: {"p256dh", "auth"} (base64url); APNS (optional): {"topic", "sandbox"}; FCM: none
 */
public record EndpointRequest(String channel, String address, Map<String, Object> keys) {
}
