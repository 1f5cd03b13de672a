package vn.lienlac.directory.sync.students;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.lienlac.directory.model.Gender;
import vn.lienlac.directory.model.Relationship;

/**
 * What the directory holds for a student import, loaded in a few queries: the school's students and those the import
 * lists (wherever they are), the school's classes of the year, the active guardian links of those students, and the
 * guardians of those links and of the phone numbers the import lists.
 */
public final class StudentState {

    private final Map<String, ExistingStudent> students;
    private final Map<String, ExistingClass> classes;
    private final Map<Long, List<ExistingLink>> links;
    private final Map<Long, ExistingGuardian> guardians;
    private final Map<String, ExistingGuardian> guardiansByPhone = new HashMap<>();
    private final Map<Long, Integer> otherChildren;

    /**
     * @param students      by student code, in code order
     * @param classes       the school's classes of the import's year, by name, in name order
     * @param links         active guardian links, by student id
     * @param guardians     by id
     * @param otherChildren by guardian id: active links to active students that this state does not hold (other
     *                      schools); absent means none
     */
    public StudentState(Map<String, ExistingStudent> students, Map<String, ExistingClass> classes,
            Map<Long, List<ExistingLink>> links, Map<Long, ExistingGuardian> guardians,
            Map<Long, Integer> otherChildren) {
        this.students = students;
        this.classes = classes;
        this.links = links;
        this.guardians = guardians;
        this.otherChildren = otherChildren;
        guardians.values().forEach(g -> guardiansByPhone.put(g.phone(), g));
    }

    public Map<String, ExistingStudent> students() {
        return students;
    }

    public Map<String, ExistingClass> classes() {
        return classes;
    }

    public List<ExistingLink> linksOf(long studentId) {
        return links.getOrDefault(studentId, List.of());
    }

    public ExistingGuardian guardian(long id) {
        return guardians.get(id);
    }

    public ExistingGuardian guardianWithPhone(String phone) {
        return guardiansByPhone.get(phone);
    }

    public int otherChildren(long guardianId) {
        return otherChildren.getOrDefault(guardianId, 0);
    }

    /** A student as stored; {@code currentClass} is null when the student has no active enrollment. */
    public record ExistingStudent(long id, String code, long schoolId, String schoolCode, String fullName,
            LocalDate dateOfBirth, Gender gender, boolean active, CurrentClass currentClass) {
        @Override
        public String toString() {
            return "ExistingStudent[id=" + id + ", code=" + code + "]";
        }
    }

    /** A student's active enrollment and its class, which may be of another school or year. */
    public record CurrentClass(long enrollmentId, long classId, long schoolId, String schoolYear, String name) {

        boolean is(long otherSchoolId, String otherYear, String otherName) {
            return schoolId == otherSchoolId && schoolYear.equals(otherYear) && name.equals(otherName);
        }

        /** The class name, with its school year when that is not the import's. */
        String label(String importYear) {
            return schoolYear.equals(importYear) ? name : name + " (" + schoolYear + ")";
        }
    }

    public record ExistingClass(long id, String name, boolean active) {
    }

    public record ExistingLink(long id, long studentId, long guardianId, Relationship relationship) {
    }

    public record ExistingGuardian(long id, String phone, String fullName, String nameSearch, boolean active) {
        @Override
        public String toString() {
            return "ExistingGuardian[id=" + id + "]";
        }
    }
}
