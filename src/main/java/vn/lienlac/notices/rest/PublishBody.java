package vn.lienlac.notices.rest;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A publishing request: records of one kind, each a JSON object read on its own (docs/notices.md).
 *
 * @param urgent marks the batch urgent: it reaches guardians at once, past quiet hours and an exhausted paid budget
 *               (the school's principal and vice principals only; audited)
 * @param sendAt publish later, at this time (at most 30 days ahead); null: now
 */
public record PublishBody(List<JsonNode> records, Boolean urgent, OffsetDateTime sendAt) {
}
