package vn.lienlac.identity.session;

import java.util.UUID;

/** The account and session of a caller who presented one of our access tokens. */
public record CallerSession(UUID accountId, UUID sessionId) {
}
