package vn.lienlac.identity.session;

/** Why a session was revoked ({@code auth_session.revoke_reason}). */
public enum RevokeReason {
    /** The person signed out on this device. */
    LOGOUT,
    /** The person signed out everywhere. */
    LOGOUT_ALL,
    /** The person ended this session from their list of sessions. */
    SESSION_DELETED,
    /** A refresh token of the session was presented a second time: it may have been stolen. */
    REFRESH_TOKEN_REUSE,
    /** The directory no longer lists the person in any active role. */
    PERSON_INACTIVE,
    /** The account signed in on more devices than allowed; this was the oldest session. */
    SESSION_LIMIT,
    /** The account's password changed on another session. */
    PASSWORD_CHANGED
}
