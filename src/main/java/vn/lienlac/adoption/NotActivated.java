package vn.lienlac.adoption;

import java.time.Instant;
import java.util.List;

/**
 * Who has not activated yet, for the school to follow up by phone: staff, and guardians with the student and class
 * they are listed for. A guardian of two students of the school appears once per student. Holds phone numbers:
 * keep it out of logs.
 *
 * @param classId the class the list is cut to, or null for the whole school
 */
public record NotActivated(String schoolCode, String schoolName, Long classId, Instant asOf,
        List<StaffToFollow> staff, List<GuardianToFollow> guardians) {

    /**
     * @param position      the position's Vietnamese label
     * @param phone         E.164, or null when none is on record
     * @param homeroomClass the class(es) of the current school year they are homeroom teacher of, or null
     */
    public record StaffToFollow(String staffCode, String fullName, String position, String phone,
            String homeroomClass) {

        @Override
        public String toString() {
            return "StaffToFollow[" + staffCode + "]";
        }
    }

    /**
     * @param relationship the Vietnamese label (Cha, Mẹ, Người giám hộ)
     * @param className    the student's current class, or null when they have none
     */
    public record GuardianToFollow(String phone, String fullName, String relationship, String studentCode,
            String studentName, String className) {

        @Override
        public String toString() {
            return "GuardianToFollow[" + studentCode + "]";
        }
    }

    @Override
    public String toString() {
        return "NotActivated[" + schoolCode + ", " + staff.size() + " staff, " + guardians.size() + " guardians]";
    }
}
