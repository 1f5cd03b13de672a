package vn.lienlac.directives;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A new directive as its sender writes it (docs/directives.md). The server decides the sender, the school and the
 * times.
 *
 * @param documentNumber          số hiệu, e.g. {@code 260/PGD-VP}
 * @param issuedOn                ngày ban hành
 * @param subject                 trích yếu
 * @param deadline                by when recipients must act (acknowledge), or null
 * @param requiresAcknowledgement recipients must confirm receipt explicitly
 * @param attachments             ids of files uploaded beforehand by the sender
 * @param reportRequest           a report asked back from each recipient school (district directives only), or null
 * @param urgent                  reaches recipients at once, past quiet hours and an exhausted paid budget (audited)
 * @param sendAt                  send later, at this time (at most 30 days ahead), instead of now; null: now
 */
public record DirectiveRequest(String documentNumber, LocalDate issuedOn, String subject, String body,
        OffsetDateTime deadline, Boolean requiresAcknowledgement, List<UUID> attachments, Audience audience,
        ReportRequest reportRequest, Boolean urgent, OffsetDateTime sendAt) {

    /** What each school is to report, and by when. */
    public record ReportRequest(String description, OffsetDateTime deadline) {
    }
}
