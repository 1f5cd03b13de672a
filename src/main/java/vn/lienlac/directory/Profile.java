package vn.lienlac.directory;

import java.util.List;
import vn.lienlac.directory.model.SchoolLevel;
import vn.lienlac.directory.model.StaffRole;

/**
 * What the directory says a signed-in person is, for their own app: their name, their children and their staff
 * positions with the classes they teach, as of now (only active people, links, assignments and classes of the current
 * school year count). The person's own data: keep it out of logs.
 *
 * @param fullName   the name of their first active staff position, else of their active guardian row; null for a
 *                   person the directory does not know
 * @param guardianId their active guardian row, or null
 * @param children   active children through active links, by name
 * @param staff      active staff positions (in active schools, or office staff)
 */
public record Profile(String fullName, Long guardianId, List<Child> children, List<Position> staff) {

    public Profile {
        children = List.copyOf(children);
        staff = List.copyOf(staff);
    }

    /** @param classId the current class (active, of the current school year), or null with {@code className} */
    public record Child(String studentCode, String fullName, Long classId, String className, String schoolCode,
            String schoolName, SchoolLevel level) {

        @Override
        public String toString() {
            return "Child[" + studentCode + "]";
        }
    }

    /**
     * @param schoolCode     null, with {@code schoolName}, for the staff of a district office or department
     * @param districtCode   the district office of the school or of the office; null for a department officer
     * @param departmentCode a department officer's department; null for everyone else
     * @param classes        by name
     */
    public record Position(long staffId, String staffCode, StaffRole role, String schoolCode, String schoolName,
            String districtCode, String departmentCode, List<TaughtClass> classes) {

        public Position {
            classes = List.copyOf(classes);
        }
    }

    /**
     * A class of the current school year the position teaches or is homeroom teacher of.
     *
     * @param subjects the subjects of its active teaching assignments, as the directory holds them (a code or a
     *                 Vietnamese name, see vn.lienlac.directory.model.Subject); empty for a homeroom teacher who
     *                 teaches no subject there
     */
    public record TaughtClass(long classId, String name, boolean homeroom, List<String> subjects) {

        public TaughtClass {
            subjects = List.copyOf(subjects);
        }
    }

    @Override
    public String toString() {
        return "Profile[children=" + children.size() + ", staff=" + staff.size() + "]";
    }
}
