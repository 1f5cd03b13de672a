package vn.lienlac.directory.rest;

import java.util.List;
import vn.lienlac.directory.GuardianDetail;
import vn.lienlac.directory.InterimPhones;
import vn.lienlac.directory.model.Relationship;
import vn.lienlac.directory.store.GuardianQueries.ChildRow;
import vn.lienlac.directory.store.GuardianQueries.GuardianRow;

/** A guardian and their children (active, actively linked) in every school. */
public record GuardianResponse(String fullName, String phone, String phoneDisplay, boolean active,
        List<Child> children) {

    /** @param className the child's current class, or null */
    public record Child(String studentCode, String fullName, UnitRef school, String className,
            Relationship relationship, String relationshipLabel) {

        static Child from(ChildRow row) {
            return new Child(row.studentCode(), row.fullName(), new UnitRef(row.schoolCode(), row.schoolName()),
                    row.className(), row.relationship(), row.relationship().label());
        }

        @Override
        public String toString() {
            return "Child[code=" + studentCode + "]";
        }
    }

    static GuardianResponse from(GuardianDetail detail) {
        GuardianRow g = detail.guardian();
        return new GuardianResponse(g.fullName(), g.phone(), InterimPhones.display(g.phone()), g.active(),
                detail.children().stream().map(Child::from).toList());
    }

    @Override
    public String toString() {
        return "GuardianResponse[children=" + children.size() + "]";
    }
}
