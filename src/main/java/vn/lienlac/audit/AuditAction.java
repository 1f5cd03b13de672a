package vn.lienlac.audit;

/**
 * What an audit entry records. Stored by name: rename a constant only with a migration. Subjects and details never
 * carry personal data beyond masked phones ({@link Masks#phone}) and codes.
 */
public enum AuditAction {
    /** Someone signed in (OTP or password); subject: the masked phone or the account. */
    SIGN_IN,
    /** A sign-in attempt failed (wrong code or password, expired or unknown challenge); subject: the masked phone. */
    SIGN_IN_FAILED,
    /** A one-time code was sent; subject: the masked phone it was sent to. */
    OTP_REQUESTED,
    /** A one-time code was refused because of too many requests; subject: the masked phone. */
    OTP_THROTTLED,
    /** An access token was renewed with a refresh token; subject: the session id. */
    TOKEN_REFRESHED,
    /** A refresh token was presented again after use (likely stolen): its session is revoked; subject: the session. */
    REFRESH_TOKEN_REUSED,
    /** A session was ended (sign-out, or revoked by an admin); subject: the session id. */
    SESSION_REVOKED,
    /** Every session of an account was ended at once; subject: the account. */
    SIGNED_OUT_ALL,
    /** A password was set or changed; subject: the account. */
    PASSWORD_SET,
    /** A directory import was written; subject: the import id; details: kind, mode, format, file hash, counts. */
    IMPORT_APPLIED,
    /** A directory import was refused for invalid rows and nothing was written; subject: the import id. */
    IMPORT_REJECTED,
    /** An authenticated caller was refused an operation; subject: what was asked for. */
    ACCESS_DENIED,
    /**
     * A school's notification policy changed (docs/notifications.md, "The policy"); subject: the school code;
     * details: the stored departures from the defaults. Saving the values already stored records nothing.
     */
    NOTIFICATION_POLICY_CHANGED,
    /**
     * A report's handler hid a chat message from its conversation; subject: {@code report <id>}; details: the
     * conversation id, the message's seq, the hidden event's seq and the moderator participant.
     */
    CHAT_MESSAGE_HIDDEN,
    /**
     * A school's chat settings changed (the class groups followed in the same transaction); subject: the school
     * code; details: the new values. Saving the values already stored records nothing.
     */
    CHAT_SETTINGS_CHANGED,
    /**
     * A batch of notices was published marked urgent (it passes quiet hours and an exhausted paid budget); subject:
     * the batch id; details: the category and how many notices it created or changed.
     */
    NOTICE_MARKED_URGENT,
    /**
     * A directive was sent marked urgent (it passes quiet hours and an exhausted paid budget); subject: the directive
     * id; details: how many recipients.
     */
    DIRECTIVE_MARKED_URGENT,
    /**
     * A student snapshot of a later school year rolled a school over (docs/import.md, "New school year"); subject:
     * the import id; details: the years, and how many classes closed, homerooms and teaching assignments ended,
     * students promoted and left.
     */
    SCHOOL_YEAR_ROLLED_OVER,
    /**
     * A directive was scheduled for a later time; subject: the scheduled send's id; details: the route, the unit and
     * the time it is to go.
     */
    DIRECTIVE_SCHEDULED,
    /** A scheduled directive was cancelled before it went; subject: the scheduled send's id. */
    DIRECTIVE_SCHEDULE_CANCELLED,
    /**
     * A batch of notices was scheduled for a later time; subject: the scheduled batch's id; details: the category,
     * how many records and the time.
     */
    NOTICE_SCHEDULED,
    /** A scheduled batch of notices was cancelled before it went; subject: the scheduled batch's id. */
    NOTICE_SCHEDULE_CANCELLED,
    /** A chat message was scheduled for a later time; subject: the scheduled message's id; details: the conversation. */
    CHAT_MESSAGE_SCHEDULED,
    /** A scheduled chat message was cancelled before it went; subject: the scheduled message's id. */
    CHAT_SCHEDULE_CANCELLED,
    /**
     * A scheduled batch of notices was not sent at its time (outcome FAILURE): its sender may no longer send it, or it
     * was refused; subject: the scheduled batch's id; details: the category and the failure code.
     */
    NOTICE_SCHEDULE_FAILED,
    /** A scheduled directive was not sent at its time (outcome FAILURE); subject: its id; details: the failure code. */
    DIRECTIVE_SCHEDULE_FAILED,
    /**
     * A scheduled chat message was not sent at its time (outcome FAILURE); subject: its id; details: the conversation
     * and the failure code.
     */
    CHAT_SCHEDULE_FAILED
}
