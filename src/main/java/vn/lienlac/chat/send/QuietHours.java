package vn.lienlac.chat.send;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/**
 * Teachers' quiet hours on the send path: a guardian's direct message to a teacher outside the teacher's office
 * hours is stored as silent for the teacher, and the guardian is shown the teacher's notice once per closed period.
 */
@ApplicationScoped
public class QuietHours {

    /** @param silentFor the recipient not to notify, or null; @param notice the text to show the sender, or null */
    record Decision(String silentFor, String notice) {
        static final Decision NONE = new Decision(null, null);
    }

    /** A notice shown to {@code sender} in {@code conversationId}, for the send at {@code index} of its batch. */
    record Notice(long conversationId, String sender, int index, String text) {
    }

    Decision decide(SendCheck.Verdict verdict, Instant now) {
        return Decision.NONE;
    }
}
