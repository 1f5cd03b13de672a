package vn.lienlac.chat.conversations;

import io.vertx.mutiny.sqlclient.Row;
import java.util.Arrays;
import java.util.List;
import vn.lienlac.directory.Participant;
import vn.lienlac.directory.model.StaffRole;

/**
 * The SQL that fetches what {@link RoleLabels} needs about one participant, relative to a set of classes "in
 * question" (a subquery of class ids the caller chooses): a guardian's active children actively enrolled in those
 * classes, and a staff member's homerooms and teaching there. Nothing else about anyone is read, so a label cannot
 * say more than the caller's choice of classes allows.
 */
final class RoleFacts {

    /** Columns to select from {@link #joins}. */
    static final String COLUMNS = """
            coalesce(g.full_name, s.full_name) AS full_name, s.role AS staff_role, kids.children, hr.homeroom,
            tc.taught, tc.subjects""";

    private RoleFacts() {
    }

    /**
     * Joins for one participant per row.
     *
     * @param kind    an expression giving {@code 'g'} or {@code 's'}
     * @param id      an expression giving the guardian's or staff member's id
     * @param classes a subquery giving the ids of the classes in question (may refer to the row)
     */
    static String joins(String kind, String id, String classes) {
        return """
                LEFT JOIN directory_guardians g ON %1$s = 'g' AND g.id = %2$s
                LEFT JOIN directory_staff s ON %1$s = 's' AND s.id = %2$s
                LEFT JOIN LATERAL (
                    SELECT array_agg(DISTINCT gc.student_name ORDER BY gc.student_name) AS children
                    FROM directory_guardian_children gc
                    WHERE gc.guardian_id = g.id AND gc.class_id IN (%3$s)) kids ON true
                LEFT JOIN LATERAL (
                    SELECT array_agg(c.name ORDER BY c.name) AS homeroom FROM directory_classes c
                    WHERE c.homeroom_staff_id = s.id AND c.active AND c.id IN (%3$s)) hr ON true
                LEFT JOIN LATERAL (
                    SELECT array_agg(DISTINCT c.name ORDER BY c.name) AS taught,
                           array_agg(DISTINCT ta.subject ORDER BY ta.subject) FILTER (WHERE ta.subject <> '')
                               AS subjects
                    FROM directory_teaching_assignments ta JOIN directory_classes c ON c.id = ta.class_id AND c.active
                    WHERE ta.staff_id = s.id AND c.id IN (%3$s)) tc ON true""".formatted(kind, id,
                classes);
    }

    /** The label of the row's participant, {@code who}. */
    static String label(Row row, Participant who, boolean nameClasses) {
        if (who.isGuardian()) {
            return RoleLabels.guardian(list(row, "children"));
        }
        return RoleLabels.staff(StaffRole.valueOf(row.getString("staff_role")), list(row, "homeroom"),
                list(row, "taught"), list(row, "subjects"), nameClasses);
    }

    private static List<String> list(Row row, String column) {
        String[] values = row.getArrayOfStrings(column);
        return values == null ? List.of() : Arrays.asList(values);
    }
}
