package vn.lienlac.platform.time;

import vn.lienlac.platform.error.ApiException;
import vn.lienlac.platform.error.ErrorCode;

/**
 * Why a scheduled send did not go: the one rule of the three scheduled-send jobs (notices, directives, chat). Each
 * checks its sender's right again when the item is due, as the directory says then; an item whose sender may no longer
 * send it is not sent, and its row ends {@code FAILED} with {@code failureCode} {@value #NOT_PERMITTED} and the
 * Vietnamese {@code failure} the sender reads in their scheduled list; the failure is audited
 * ({@code *_SCHEDULE_FAILED}). Other refusals keep their error code and detail.
 *
 * @param code   stable, for clients: {@value #NOT_PERMITTED}, or the refusal's own code
 * @param reason Vietnamese, for the sender
 */
public record NotSent(String code, String reason) {

    /** The sender lost the right to send this (moved out of the class, left the school or the position). */
    public static final String NOT_PERMITTED = "NOT_PERMITTED";

    public static NotSent notPermitted(String reason) {
        return new NotSent(NOT_PERMITTED, reason);
    }

    /** A 403 is {@link #NOT_PERMITTED} with {@code notPermitted}; anything else keeps its code and detail. */
    public static NotSent of(ApiException e, String notPermitted) {
        return e.code() == ErrorCode.FORBIDDEN ? notPermitted(notPermitted) : new NotSent(e.code().name(), e.detail());
    }
}
