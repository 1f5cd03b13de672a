package vn.lienlac.directives;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A principal passing a received directive on to their staff, with their own instructions; the document number, date
 * and subject stay those of the original. {@code urgent}: as for {@link DirectiveRequest}. With {@code sendAt} the
 * forward is scheduled like a send (docs/directives.md, "Scheduled sends").
 */
public record ForwardRequest(String instructions, OffsetDateTime deadline, Boolean requiresAcknowledgement,
        List<UUID> attachments, Audience audience, Boolean urgent, OffsetDateTime sendAt) {
}
