package vn.lienlac.directives.reports;

import java.time.Instant;

/** Where a recipient school stands with a report request, by its first submission against the deadline. */
public enum ReportStatus {
    ON_TIME("Đúng hạn"), LATE("Nộp muộn"), MISSING("Chưa nộp"), PENDING("Chưa đến hạn");

    private final String label;

    ReportStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static ReportStatus of(Instant firstSubmittedAt, Instant deadline, Instant now) {
        if (firstSubmittedAt != null) {
            return firstSubmittedAt.isAfter(deadline) ? LATE : ON_TIME;
        }
        return now.isAfter(deadline) ? MISSING : PENDING;
    }
}
