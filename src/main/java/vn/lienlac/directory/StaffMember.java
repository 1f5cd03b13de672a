package vn.lienlac.directory;

import java.util.List;
import java.util.Objects;
import vn.lienlac.directory.store.StaffQueries.AssignmentRow;
import vn.lienlac.directory.store.StaffQueries.HomeroomRow;
import vn.lienlac.directory.store.StaffQueries.StaffRow;

/**
 * A member of staff with what they do in one school year.
 *
 * @param homeroomClass the class they are homeroom teacher of, or null
 * @param classes       classes they teach, sorted, without repeats
 * @param subjects      subjects they teach, sorted, without repeats or blanks
 */
public record StaffMember(StaffRow staff, String homeroomClass, List<String> classes, List<String> subjects) {

    /** Picks this person's rows out of the assignments and homerooms of a whole page of staff. */
    static StaffMember of(StaffRow staff, List<AssignmentRow> assignments, List<HomeroomRow> homerooms) {
        List<AssignmentRow> own = assignments.stream().filter(a -> a.staffId() == staff.id()).toList();
        String homeroom = homerooms.stream()
                .filter(h -> h.staffId() == staff.id())
                .map(HomeroomRow::className)
                .findFirst()
                .orElse(null);
        return new StaffMember(staff, homeroom,
                own.stream().map(AssignmentRow::className).distinct().sorted().toList(),
                own.stream().map(AssignmentRow::subject).filter(Objects::nonNull).filter(s -> !s.isBlank())
                        .distinct().sorted().toList());
    }

    @Override
    public String toString() {
        return "StaffMember[" + staff + "]";
    }
}
