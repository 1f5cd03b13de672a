package vn.lienlac.directory.sync.engine;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowIterator;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import vn.lienlac.platform.error.ApiException;
import vn.lienlac.platform.error.ErrorCode;
import vn.lienlac.platform.locks.LockNamespace;

/** Finds the school (or district office, or department) of an import and serialises the imports of one unit. */
@ApplicationScoped
public class Schools {

    /** The school with this code; fails with NOT_FOUND when there is none. */
    public Uni<School> find(SqlClient client, String code) {
        return client.preparedQuery("SELECT id, code, district_office_id FROM school WHERE code = $1")
                .execute(Tuple.of(code))
                .map(rows -> {
                    RowIterator<Row> it = rows.iterator();
                    if (!it.hasNext()) {
                        throw new ApiException(ErrorCode.NOT_FOUND, "Không tìm thấy trường " + code + ".");
                    }
                    Row row = it.next();
                    return new School(row.getLong("id"), row.getString("code"), (long) row.getLong("district_office_id"));
                });
    }

    /** The district office with this code, as the unit of an import of its own staff; NOT_FOUND when none. */
    public Uni<School> findOffice(SqlClient client, String code) {
        return client.preparedQuery("SELECT id, code FROM district_office WHERE code = $1")
                .execute(Tuple.of(code))
                .map(rows -> {
                    RowIterator<Row> it = rows.iterator();
                    if (!it.hasNext()) {
                        throw new ApiException(ErrorCode.NOT_FOUND, "Không tìm thấy Phòng GDĐT " + code + ".");
                    }
                    Row row = it.next();
                    return School.office(row.getString("code"), row.getLong("id"));
                });
    }

    /** The department with this code, as the unit of an import of its own staff; NOT_FOUND when none. */
    public Uni<School> findDepartment(SqlClient client, String code) {
        return client.preparedQuery("SELECT id, code FROM department WHERE code = $1")
                .execute(Tuple.of(code))
                .map(rows -> {
                    RowIterator<Row> it = rows.iterator();
                    if (!it.hasNext()) {
                        throw new ApiException(ErrorCode.NOT_FOUND, "Không tìm thấy Sở GDĐT " + code + ".");
                    }
                    Row row = it.next();
                    return School.department(row.getString("code"), row.getLong("id"));
                });
    }

    /**
     * Waits until no other transaction imports into this unit, and holds the lock until this one ends
     * ({@link LockNamespace#SCHOOL_IMPORT}, {@link LockNamespace#OFFICE_IMPORT},
     * {@link LockNamespace#DEPARTMENT_IMPORT}; the unit's id is the second key). Lock order of an import: this lock, then guardian rows in id order (see the
     * student state loader).
     */
    public Uni<Void> lockForImport(SqlConnection conn, School school) {
        LockNamespace namespace = switch (school.unit()) {
            case SCHOOL -> LockNamespace.SCHOOL_IMPORT;
            case DISTRICT_OFFICE -> LockNamespace.OFFICE_IMPORT;
            case DEPARTMENT -> LockNamespace.DEPARTMENT_IMPORT;
        };
        long key = switch (school.unit()) {
            case SCHOOL -> school.id();
            case DISTRICT_OFFICE -> school.districtOfficeId();
            case DEPARTMENT -> school.departmentId();
        };
        return namespace.lock(conn, Math.toIntExact(key));
    }
}
