package vn.lienlac.directory;

import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.UUID;

/**
 * Creates organisation units with unique codes, so that tests sharing one database never see each other's data.
 * Blocking on purpose: call it from test methods, not from the event loop.
 */
@ApplicationScoped
public class TestSchools {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private final Pool pool;

    public TestSchools(Pool pool) {
        this.pool = pool;
    }

    /** A new district (with its own department); returns the district code. */
    public String newDistrict() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        Long departmentId = pool.preparedQuery("INSERT INTO department (code, name) VALUES ($1, $2) RETURNING id")
                .execute(Tuple.of("SO-" + suffix, "Sở GDĐT thử nghiệm " + suffix))
                .map(rows -> rows.iterator().next().getLong("id"))
                .await().atMost(TIMEOUT);
        String code = "PGD-" + suffix;
        pool.preparedQuery("INSERT INTO district_office (department_id, code, name) VALUES ($1, $2, $3)")
                .execute(Tuple.of(departmentId, code, "Phòng GDĐT thử nghiệm " + suffix))
                .await().atMost(TIMEOUT);
        return code;
    }

    /** The code of the department a district belongs to. */
    public String departmentOf(String districtCode) {
        return pool.preparedQuery("SELECT dep.code FROM district_office d "
                        + "JOIN department dep ON dep.id = d.department_id WHERE d.code = $1")
                .execute(Tuple.of(districtCode))
                .map(rows -> rows.iterator().next().getString(0))
                .await().atMost(TIMEOUT);
    }

    /** A new district of an existing department; returns the district code. */
    public String newDistrictIn(String departmentCode) {
        String code = "PGD-" + UUID.randomUUID().toString().substring(0, 8);
        pool.preparedQuery("INSERT INTO district_office (department_id, code, name) "
                        + "SELECT id, $2, $3 FROM department WHERE code = $1")
                .execute(Tuple.of(departmentCode, code, "Phòng GDĐT thử nghiệm " + code))
                .await().atMost(TIMEOUT);
        return code;
    }

    /** A new THCS school in a new district; returns the school code. */
    public String newSchool() {
        return newSchool(newDistrict(), "THCS");
    }

    /** A new school of the given level in the given district; returns the school code. */
    public String newSchool(String districtCode, String level) {
        String code = "TRG-" + UUID.randomUUID().toString().substring(0, 8);
        String name = "Trường thử nghiệm " + code;
        pool.preparedQuery("INSERT INTO school (district_office_id, code, name, name_search, level) "
                        + "SELECT id, $2, $3, lower($3), $4 FROM district_office WHERE code = $1")
                .execute(Tuple.of(districtCode, code, name, level))
                .await().atMost(TIMEOUT);
        return code;
    }

    /** Runs a query that returns one number, e.g. a count, for assertions. */
    public long count(String sql, Object... params) {
        Row row = pool.preparedQuery(sql).execute(Tuple.from(params))
                .await().atMost(TIMEOUT).iterator().next();
        return row.getLong(0);
    }
}
