package vn.lienlac.directives;

import java.time.Instant;
import java.util.List;

/** What the tracking and cascade endpoints answer (docs/directives.md). */
public final class TrackingViews {

    private TrackingViews() {
    }

    /** Counts over a set of recipients; each count includes the later states (a read copy was delivered). */
    public record Counts(int recipients, int delivered, int read, int acknowledged, int overdue) {
    }

    public record RecipientView(String staffCode, String name, String position, String schoolCode,
            RecipientState state, Instant readAt, Instant acknowledgedAt, boolean overdue, Instant lastRemindedAt) {
    }

    public record SchoolCounts(String schoolCode, String schoolName, Counts counts) {
    }

    /** The sender's view: totals, per school, per recipient. */
    public record Tracking(long directiveId, Instant deadline, boolean requiresAcknowledgement, Counts totals,
            List<SchoolCounts> schools, List<RecipientView> recipients) {
    }

    /**
     * One school of a district directive's cascade: its principal's copy, whether and when it was forwarded, and how
     * far the forwards reached (distinct staff over all of the school's forwards).
     */
    public record CascadeSchool(String schoolCode, String schoolName, List<RecipientView> principals,
            boolean forwarded, int forwards, Instant firstForwardedAt, Counts reach) {
    }

    /**
     * One district office of a department's directive: its officers' copies, whether and when it forwarded the
     * directive to its schools, the principals those forwards reached ({@code schools}: each principal once, at the
     * furthest state of their copies), how many of those schools forwarded on to their staff, and the staff reached.
     */
    public record CascadeDistrict(String districtCode, String districtName, List<RecipientView> officers,
            boolean forwarded, int forwards, Instant firstForwardedAt, Counts schools, int forwardedSchools,
            Counts staff) {
    }

    /**
     * A directive's cascade. For a district office's directive, per recipient school ({@code districts} 0 and
     * {@code offices} empty); for a department's, per district office it went to ({@code offices}) and per school it
     * went to directly ({@code cascade}).
     */
    public record Cascade(long directiveId, int schools, int forwardedSchools, List<CascadeSchool> cascade,
            int districts, int forwardedDistricts, List<CascadeDistrict> offices) {

        public Cascade(long directiveId, int schools, int forwardedSchools, List<CascadeSchool> cascade) {
            this(directiveId, schools, forwardedSchools, cascade, 0, 0, List.of());
        }
    }
}
