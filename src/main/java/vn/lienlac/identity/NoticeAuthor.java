package vn.lienlac.identity;

import java.util.Map;
import java.util.Set;

/**
 * What a caller may publish as notices to a school's families (docs/notices.md), as the access policy found it:
 * everything for the school's portal, its principal and vice principals and the admin; health records for the
 * nurse; for a teacher, grades of the subjects they teach in a class and attendance and class posts for the
 * classes they teach or are homeroom teacher of.
 *
 * @param actor            who publishes, for the batch log: {@code portal:<school>}, {@code staff:<code>} or
 *                         {@code admin}
 * @param wholeSchool      may publish every kind of notice for every student and class of the school
 * @param health           may publish health records of every student of the school
 * @param homeroomClasses  ids of the school's classes the caller is homeroom teacher of
 * @param subjectsByClass  per class id the caller teaches in, the subjects taught there (the empty string for an
 *                         assignment without a subject)
 */
public record NoticeAuthor(String actor, boolean wholeSchool, boolean health, Set<Long> homeroomClasses,
        Map<Long, Set<String>> subjectsByClass) {

    /** The actor of the admin. */
    public static final String ADMIN = "admin";
    /** The actor of a school's portal is this followed by the school's code. */
    public static final String PORTAL = "portal:";
    /** The actor of a staff member is this followed by their staff code, or their phone when they have none. */
    public static final String STAFF = "staff:";

    public NoticeAuthor {
        homeroomClasses = Set.copyOf(homeroomClasses);
        subjectsByClass = Map.copyOf(subjectsByClass);
    }

    /** The actor of a staff member ({@link #STAFF}). */
    public static String staff(SignedInPerson person) {
        return STAFF + (person.staffCode() != null ? person.staffCode() : person.phone());
    }

    /** Attendance and class posts: the classes the caller teaches in or is homeroom teacher of. */
    public boolean reachesClass(Long classId) {
        return wholeSchool || (classId != null
                && (homeroomClasses.contains(classId) || subjectsByClass.containsKey(classId)));
    }
}
