package vn.lienlac.identity.apikey;

import java.time.Instant;
import java.util.UUID;

/** What the API shows of school API keys. */
public final class ApiKeyViews {

    private ApiKeyViews() {
    }

    /** A key as listed: never its secret. */
    public record ApiKeyItem(UUID id, String schoolCode, String name, String keyPrefix, String createdBy,
            Instant createdAt, Instant lastUsedAt, Instant revokedAt) {
    }

    /** A new key: {@code key} is shown this once and cannot be recovered; store it in the portal's secret store. */
    public record CreatedApiKey(UUID id, String schoolCode, String name, String key, String keyPrefix,
            Instant createdAt) {
    }

    /** Who a valid key speaks for. */
    public record ApiKeyOwner(UUID id, String schoolCode) {
    }
}
