package vn.lienlac.adoption;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.lienlac.adoption.ClassRoster.Guardian;
import vn.lienlac.adoption.ClassRoster.Student;
import vn.lienlac.directory.Participant;
import vn.lienlac.directory.model.Relationship;
import vn.lienlac.directory.text.PhoneNumbers;

/**
 * A class's roster with each guardian's activation (docs/adoption.md): the same rules and the same direct reads as
 * {@link NotActivatedQueries} (active students actively enrolled, active links to active guardians, "activated" as
 * {@link AdoptionQueries#GUARDIAN_ACTIVATED} says), but every guardian, activated or not. No access checks here: the
 * REST resource asks the access policy first.
 */
@ApplicationScoped
public class ClassRosters {

    /** The active class $2 of the school $1. */
    private static final String CLASS = """
            SELECT c.name, sc.code FROM school_class c JOIN school sc ON sc.id = c.school_id
            WHERE sc.code = $1 AND c.id = $2 AND c.active""";

    /** One row per student and active guardian (one row of null guardian columns for a student without any). */
    private static final String ROSTER = """
            SELECT s.student_code, s.full_name, g.id AS guardian_id, g.full_name AS guardian_name, g.phone,
                   sg.relationship, %s AS activated
            FROM enrollment e
            JOIN student s ON s.id = e.student_id AND s.active
            LEFT JOIN (student_guardian sg JOIN guardian g ON g.id = sg.guardian_id AND g.active)
                   ON sg.student_id = s.id AND sg.active
            WHERE e.class_id = $1 AND e.active
            ORDER BY s.name_search, s.student_code,
                     array_position(ARRAY['FATHER', 'MOTHER', 'GUARDIAN'], sg.relationship), g.id"""
            .formatted(AdoptionQueries.GUARDIAN_ACTIVATED);

    private final Pool pool;

    ClassRosters(Pool pool) {
        this.pool = pool;
    }

    /** The roster of the school's active class with this id; a null item when the school has no such class. */
    public Uni<ClassRoster> of(String schoolCode, long classId) {
        return pool.preparedQuery(CLASS).execute(Tuple.of(schoolCode, classId)).chain(classes -> {
            if (classes.size() == 0) {
                return Uni.createFrom().nullItem();
            }
            Row found = classes.iterator().next();
            return pool.preparedQuery(ROSTER).execute(Tuple.of(classId)).map(rows ->
                    new ClassRoster(classId, found.getString("name"), found.getString("code"), students(rows)));
        });
    }

    private static List<Student> students(RowSet<Row> rows) {
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, List<Guardian>> guardians = new LinkedHashMap<>();
        for (Row row : rows) {
            String code = row.getString("student_code");
            names.putIfAbsent(code, row.getString("full_name"));
            List<Guardian> theirs = guardians.computeIfAbsent(code, c -> new ArrayList<>());
            Long guardianId = row.getLong("guardian_id");
            if (guardianId != null) {
                theirs.add(new Guardian(Participant.guardian(guardianId).toString(), row.getString("guardian_name"),
                        Relationship.valueOf(row.getString("relationship")).label(),
                        PhoneNumbers.national(row.getString("phone")), row.getBoolean("activated")));
            }
        }
        List<Student> students = new ArrayList<>();
        names.forEach((code, name) -> students.add(new Student(code, name, List.copyOf(guardians.get(code)))));
        return students;
    }
}
