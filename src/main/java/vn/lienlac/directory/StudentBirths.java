package vn.lienlac.directory;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import vn.lienlac.directory.model.Gender;

/**
 * Students' birth dates and sex, as the sector database gave them (either may be unknown): what a growth
 * measurement is compared with (notices' growth records, docs/notices.md#growth).
 */
@ApplicationScoped
public class StudentBirths {

    /** A student's date of birth and sex; either may be null. */
    public record Birth(LocalDate dateOfBirth, Gender sex) {

        @Override
        public String toString() {
            return "Birth[known=" + (dateOfBirth != null && sex != null) + "]";
        }
    }

    private final Pool pool;

    public StudentBirths(Pool pool) {
        this.pool = pool;
    }

    /** The school's students with these codes, by code; unknown codes are left out. */
    public Uni<Map<String, Birth>> of(long schoolId, Collection<String> codes) {
        if (codes.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return pool.preparedQuery("SELECT student_code, date_of_birth, gender FROM student "
                        + "WHERE school_id = $1 AND student_code = ANY($2)")
                .execute(Tuple.of(schoolId, codes.toArray(String[]::new)))
                .map(rows -> {
                    Map<String, Birth> births = new HashMap<>();
                    for (Row row : rows) {
                        births.put(row.getString("student_code"), birth(row));
                    }
                    return births;
                });
    }

    /** The student with this code, or null. */
    public Uni<Birth> of(String studentCode) {
        return pool.preparedQuery("SELECT date_of_birth, gender FROM student WHERE student_code = $1")
                .execute(Tuple.of(studentCode))
                .map(rows -> rows.size() == 0 ? null : birth(rows.iterator().next()));
    }

    private static Birth birth(Row row) {
        String gender = row.getString("gender");
        return new Birth(row.getLocalDate("date_of_birth"), gender == null ? null : Gender.valueOf(gender));
    }
}
