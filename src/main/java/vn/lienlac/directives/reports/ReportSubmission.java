package vn.lienlac.directives.reports;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A school's response to a report request: text, figures as a JSON object (typed in, or generated from the adoption
 * figures by whoever calls the report service), and files uploaded beforehand.
 */
public record ReportSubmission(String text, Map<String, Object> figures, List<UUID> attachments) {
}
