package vn.lienlac.directory.rest;

import java.util.List;
import vn.lienlac.directory.GuardianDetail;
import vn.lienlac.directory.text.PhoneNumbers;
import vn.lienlac.directory.model.Relationship;
import vn.lienlac.directory.store.GuardianQueries.ChildRow;
import vn.lienlac.directory.store.GuardianQueries.GuardianRow;

/** A guardian and their children (active, actively linked) in every school. */
public record GuardianResponse(String fullName, String phone, String phoneDisplay, boolean active,
        List<GuardianChild> children) {

    /** @param className the child's current class, or null */
    public record GuardianChild(String studentCode, String fullName, UnitRef school, String className,
            Relationship relationship, String relationshipLabel) {

        static GuardianChild from(ChildRow row) {
            return new GuardianChild(row.studentCode(), row.fullName(), new UnitRef(row.schoolCode(), row.schoolName()),
                    row.className(), row.relationship(), row.relationship().label());
        }

        @Override
        public String toString() {
            return "GuardianChild[code=" + studentCode + "]";
        }
    }

    static GuardianResponse from(GuardianDetail detail) {
        GuardianRow g = detail.guardian();
        return new GuardianResponse(g.fullName(), g.phone(), PhoneNumbers.display(g.phone()), g.active(),
                detail.children().stream().map(GuardianChild::from).toList());
    }

    @Override
    public String toString() {
        return "GuardianResponse[children=" + children.size() + "]";
    }
}
