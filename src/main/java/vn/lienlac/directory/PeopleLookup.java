package vn.lienlac.directory;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import vn.lienlac.directory.model.StaffRole;

/**
 * Who a phone number or a staff code belongs to, for signing in: whether they are an active guardian and which
 * active staff positions they hold. A staff position counts when the staff row is active and so is its school; an
 * office role counts only on office staff (school_id NULL), never on a row a school's import attached to a school.
 * Unknown or inactive people come back as a person without roles, never as a null item.
 */
@ApplicationScoped
public class PeopleLookup {

    private static final String POSITIONS = """
            SELECT s.staff_code, s.role, sc.code AS school_code, d.code AS district_code
            FROM staff s
            LEFT JOIN district_office d ON d.id = s.district_office_id
            LEFT JOIN school sc ON sc.id = s.school_id
            WHERE s.active AND (sc.id IS NULL OR sc.active) AND %s
              AND NOT (s.role = 'DISTRICT_OFFICER' AND s.school_id IS NOT NULL)
            ORDER BY s.staff_code""";

    private final Pool pool;

    public PeopleLookup(Pool pool) {
        this.pool = pool;
    }

    /** @param e164 a normalised phone number ({@code +84…}) */
    public Uni<Person> byPhone(String e164) {
        return pool.preparedQuery("SELECT EXISTS (SELECT 1 FROM guardian WHERE phone = $1 AND active)")
                .execute(Tuple.of(e164))
                .map(rows -> rows.iterator().next().getBoolean(0))
                .chain(guardian -> pool.preparedQuery(POSITIONS.formatted("s.phone = $1"))
                        .execute(Tuple.of(e164))
                        .map(PeopleLookup::positions)
                        .map(staff -> new Person(e164, staff.isEmpty() ? null : staff.get(0).staffCode(), guardian,
                                staff)));
    }

    /**
     * The person holding this staff code: with the staff row's phone on record, everything that phone holds too
     * (a teacher who is also a parent), even when this position itself is no longer active.
     */
    public Uni<Person> byStaffCode(String code) {
        return pool.preparedQuery("SELECT phone FROM staff WHERE staff_code = $1")
                .execute(Tuple.of(code))
                .chain(rows -> {
                    String phone = rows.iterator().hasNext() ? rows.iterator().next().getString("phone") : null;
                    if (phone != null) {
                        return byPhone(phone).map(person -> new Person(phone, code, person.activeGuardian(),
                                person.activeStaff()));
                    }
                    return pool.preparedQuery(POSITIONS.formatted("s.staff_code = $1"))
                            .execute(Tuple.of(code))
                            .map(positions -> new Person(null, code, false, positions(positions)));
                });
    }

    private static List<StaffPosition> positions(RowSet<Row> rows) {
        List<StaffPosition> positions = new ArrayList<>();
        for (Row row : rows) {
            positions.add(new StaffPosition(row.getString("staff_code"), StaffRole.valueOf(row.getString("role")),
                    row.getString("school_code"), row.getString("district_code")));
        }
        return positions;
    }
}
