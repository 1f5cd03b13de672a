package vn.lienlac.notifications.outbox.sending;

/** What the sender does with a row it claimed, before any channel sees it (docs/notifications.md, "Steps"). */
sealed interface Verdict {

    record Send() implements Verdict {
    }

    /** Not sent, by rule: the item was read, an earlier step reached the person, the budget is used up, ... */
    record Skip(String reason) implements Verdict {
    }

    /** Past its expires_at. */
    record Expire() implements Verdict {
    }

    /** @param reason a short code for metrics ('gave-up', 'endpoint-removed', ...); @param error the row's error */
    record Fail(String reason, String error) implements Verdict {
    }
}
