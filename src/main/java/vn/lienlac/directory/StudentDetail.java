package vn.lienlac.directory;

import java.util.List;
import vn.lienlac.directory.store.StudentQueries.EnrollmentRow;
import vn.lienlac.directory.store.StudentQueries.GuardianLinkRow;
import vn.lienlac.directory.store.StudentQueries.StudentDetailRow;

/** A student with every class they have been enrolled in and every guardian ever linked to them. */
public record StudentDetail(StudentDetailRow student, List<EnrollmentRow> enrollments,
        List<GuardianLinkRow> guardians) {

    @Override
    public String toString() {
        return "StudentDetail[" + student + "]";
    }
}
