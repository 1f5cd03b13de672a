package vn.lienlac.directory;

import java.util.List;
import vn.lienlac.directory.store.GuardianQueries.GuardianRow;
import vn.lienlac.directory.store.StaffQueries.StaffRow;
import vn.lienlac.directory.store.StudentQueries.StudentRow;

/** Active people of one school matching a search text, a few of each kind. */
public record SchoolSearch(List<StudentRow> students, List<StaffRow> staff, List<GuardianRow> guardians) {

    public static final SchoolSearch NOTHING = new SchoolSearch(List.of(), List.of(), List.of());
}
