package vn.lienlac.bench.chat.setup;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads the imported people back from the directory: the guardians in class order (each class's fathers, then its
 * mothers, by student code, so that neighbours in the list are parents of the same class) and the staff.
 */
public final class People {

    private static final String GUARDIANS = """
            SELECT DISTINCT ON (g.id) g.id, g.phone, c.id AS class_id, sc.code AS school, sg.relationship,
                   st.student_code
            FROM guardian g
            JOIN student_guardian sg ON sg.guardian_id = g.id AND sg.active
            JOIN student st ON st.id = sg.student_id AND st.active
            JOIN enrollment e ON e.student_id = st.id AND e.active
            JOIN school_class c ON c.id = e.class_id
            JOIN school sc ON sc.id = c.school_id
            WHERE g.active AND sc.code LIKE ?
            ORDER BY g.id, st.student_code""";
    private static final String STAFF = """
            SELECT s.id, s.phone, s.staff_code, s.role, sc.code AS school,
                   (SELECT min(c.id) FROM school_class c WHERE c.homeroom_staff_id = s.id) AS class_id
            FROM staff s JOIN school sc ON sc.id = s.school_id
            WHERE s.active AND sc.code LIKE ?
            ORDER BY s.id""";

    private People() {
    }

    /** Guardians (class order) then staff, of the schools whose code starts with {@code prefix}. */
    public static List<Person> read(Connection db, String prefix, Set<String> groupSchools) throws SQLException {
        List<Row> guardians = new ArrayList<>();
        try (PreparedStatement query = db.prepareStatement(GUARDIANS)) {
            query.setString(1, prefix + "%");
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    guardians.add(new Row(new Person("g:" + rows.getLong("id"), rows.getString("phone"), null,
                            "guardian", rows.getLong("class_id"), groupSchools.contains(rows.getString("school")),
                            null), rows.getString("relationship") + rows.getString("student_code")));
                }
            }
        }
        guardians.sort((a, b) -> a.person.classId() != b.person.classId()
                ? Long.compare(a.person.classId(), b.person.classId()) : a.order.compareTo(b.order));
        List<Person> people = new ArrayList<>(guardians.stream().map(Row::person).toList());
        try (PreparedStatement query = db.prepareStatement(STAFF)) {
            query.setString(1, prefix + "%");
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    people.add(new Person("s:" + rows.getLong("id"), rows.getString("phone"),
                            rows.getString("staff_code"), rows.getString("role").toLowerCase(Locale.ROOT),
                            rows.getLong("class_id"), groupSchools.contains(rows.getString("school")), null));
                }
            }
        }
        return people;
    }

    private record Row(Person person, String order) {
    }
}
