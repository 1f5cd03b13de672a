package vn.lienlac.directives;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A principal passing a received directive on to their staff, with their own instructions; the document number, date
 * and subject stay those of the original. {@code urgent}: as for {@link DirectiveRequest}. A forward goes at once:
 * {@code sendAt} is refused (400), so that a client that sends it is not silently sent now.
 */
public record ForwardRequest(String instructions, OffsetDateTime deadline, Boolean requiresAcknowledgement,
        List<UUID> attachments, Audience audience, Boolean urgent, OffsetDateTime sendAt) {
}
