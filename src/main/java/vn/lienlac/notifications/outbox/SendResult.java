package vn.lienlac.notifications.outbox;

import java.time.Duration;

/** What a {@link Channel} made of an {@link Attempt}; the outbox sender turns it into the row's next state. */
public sealed interface SendResult {

    /**
     * The provider took the message.
     *
     * @param providerId the provider's message id (for delivery receipts), or null
     * @param delivered  the provider already confirms delivery to the device/phone
     * @param costUnits  what it costs against the budget (0 for push; SMS: segments × unit)
     * @param segments   SMS segments, or null
     */
    record Sent(String providerId, boolean delivered, int costUnits, Integer segments) implements SendResult {
    }

    /** Try the same row again later: a 429 (with its Retry-After, or null), a 5xx, a timeout, a refused connection. */
    record Retry(Duration retryAfter, String error) implements SendResult {
    }

    /** The address is no longer valid (404/410, UNREGISTERED, BadDeviceToken): remove the endpoint, go to the next step. */
    record Gone(String error) implements SendResult {
    }

    /** The provider refused this message for good (bad template, invalid phone): fail the row, go to the next step. */
    record Rejected(String error) implements SendResult {
    }
}
