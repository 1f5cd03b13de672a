package vn.lienlac.directory.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.lienlac.directory.text.PhoneNumbers;
import vn.lienlac.directory.StudentDetail;
import vn.lienlac.directory.model.Gender;
import vn.lienlac.directory.model.Relationship;
import vn.lienlac.directory.store.StudentQueries.EnrollmentRow;
import vn.lienlac.directory.store.StudentQueries.GuardianLinkRow;
import vn.lienlac.directory.store.StudentQueries.StudentDetailRow;

/** A student with their class history and guardians (inactive ones included, flagged). */
public record StudentDetailResponse(String studentCode, String fullName, LocalDate dateOfBirth, Gender gender,
        String genderLabel, boolean active, UnitRef school, String currentClass, List<EnrollmentItem> enrollments,
        List<GuardianItem> guardians) {

    public record EnrollmentItem(String className, String schoolYear, boolean active, Instant startedAt,
            Instant endedAt) {

        static EnrollmentItem from(EnrollmentRow row) {
            return new EnrollmentItem(row.className(), row.schoolYear(), row.active(), row.startedAt(), row.endedAt());
        }
    }

    /** @param active the guardian is active and still linked to this student */
    public record GuardianItem(String fullName, String phone, String phoneDisplay, Relationship relationship,
            String relationshipLabel, boolean active) {

        static GuardianItem from(GuardianLinkRow row) {
            return new GuardianItem(row.fullName(), row.phone(), PhoneNumbers.display(row.phone()), row.relationship(),
                    row.relationship().label(), row.linkActive() && row.guardianActive());
        }

        @Override
        public String toString() {
            return "GuardianItem[relationship=" + relationship + "]";
        }
    }

    static StudentDetailResponse from(StudentDetail detail) {
        StudentDetailRow s = detail.student();
        return new StudentDetailResponse(s.studentCode(), s.fullName(), s.dateOfBirth(), s.gender(),
                s.gender() == null ? null : s.gender().label(), s.active(),
                new UnitRef(s.schoolCode(), s.schoolName()), s.currentClass(),
                detail.enrollments().stream().map(EnrollmentItem::from).toList(),
                detail.guardians().stream().map(GuardianItem::from).toList());
    }

    @Override
    public String toString() {
        return "StudentDetailResponse[code=" + studentCode + "]";
    }
}
