package vn.lienlac.adoption;

import java.time.LocalDate;
import java.util.List;

/**
 * A school's deployment-progress report (báo cáo tiến độ triển khai): Vietnamese text and the figures it was written
 * from, ready to submit as the school's response to a directive's report request.
 *
 * @param asOf    the day the figures are of (Asia/Ho_Chi_Minh)
 * @param live    true when written from the figures now; false when from that day's snapshot
 * @param classes the classes' figures (live reports only; empty otherwise)
 * @param invitations the school's invitations and activations after them (live reports only; null otherwise)
 */
public record ProgressReport(String schoolCode, String schoolName, LocalDate asOf, boolean live, String title,
        String text, Figures figures, List<ClassFigures> classes, InvitationFigures invitations) {
}
