package vn.lienlac.leave;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A leave request as the API answers it (docs/leave-requests.md).
 *
 * @param session SANG, CHIEU or CA_NGAY, for every day of the range
 * @param status  PENDING, APPROVED, DECLINED or CANCELLED
 * @param decidedByStaffId the member of staff who approved or declined it; null when undecided, cancelled, decided
 *        before this was recorded, or by someone who is no staff of the school
 * @param decidedBy how texts to families name them: "cô Phạm Thị Hoa", "thầy …", "giáo viên …"; null as above
 */
public record LeaveRequest(long id, String schoolCode, String studentCode, String studentName, Long classId,
        String className, LocalDate from, LocalDate to, String session, String reason, boolean hasPhoto,
        String status, String decisionComment, Instant decidedAt, Instant createdAt, Long decidedByStaffId,
        String decidedBy) {

    /** Without the child's name and the reason. */
    @Override
    public String toString() {
        return "LeaveRequest[id=" + id + ", " + from + ".." + to + " " + session + ", " + status + "]";
    }
}
