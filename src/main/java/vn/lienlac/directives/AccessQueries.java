package vn.lienlac.directives;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowIterator;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.Set;
import vn.lienlac.platform.error.ApiException;
import vn.lienlac.platform.error.ErrorCode;

/**
 * Finds how a caller stands to a directive, in one query. Callers who may not see a directive get the same 404 as
 * for one that does not exist; callers who see it but may not track it get 403.
 */
@ApplicationScoped
public class AccessQueries {

    public static final String NOT_FOUND = "Không tìm thấy văn bản này.";
    public static final String NOT_TRACKING = "Chỉ người gửi, Sở GDĐT, Phòng GDĐT và lãnh đạo nhà trường xem được "
            + "tình hình tiếp nhận văn bản.";

    private static final String RELATION = """
            SELECT d.id, d.parent_id, d.school_id,
                   d.sender_staff_id = ANY($2) AS sender,
                   coalesce(d.district_office_id = ANY($3) OR d.department_id = ANY($5), false) AS officer,
                   coalesce(d.school_id = ANY($4), false) AS school_manager,
                   ARRAY(SELECT DISTINCT r.school_id FROM directive_recipient r
                         WHERE r.directive_id = d.id AND r.school_id = ANY($4)) AS managed_schools,
                   EXISTS (SELECT 1 FROM directive_recipient r
                           WHERE r.directive_id = d.id AND r.staff_id = ANY($2)) AS recipient,
                   EXISTS (SELECT 1 FROM directive c JOIN directive_recipient r ON r.directive_id = c.id
                           WHERE c.parent_id = d.id AND r.staff_id = ANY($2)) AS via_forward,
                   ARRAY(SELECT DISTINCT r.district_office_id FROM directive_recipient r
                         WHERE r.directive_id = d.id AND r.district_office_id = ANY($3)) AS receiving_districts
            FROM directive d WHERE d.id = $1""";

    /** The caller's relation to the directive; 404 when it is none (or there is no such directive). */
    public Uni<Access> require(SqlClient client, Actor actor, long directiveId) {
        return find(client, actor, directiveId).invoke(access -> {
            if (access == null || !access.visible()) {
                throw ApiException.notFound(NOT_FOUND);
            }
        });
    }

    /** The caller's relation, if they track the directive; 404 if they cannot see it, 403 if they only see it. */
    public Uni<Access> requireTracking(SqlClient client, Actor actor, long directiveId) {
        return require(client, actor, directiveId).invoke(access -> {
            if (!access.tracks()) {
                throw new ApiException(ErrorCode.FORBIDDEN, NOT_TRACKING);
            }
        });
    }

    /**
     * The caller's relation, if they follow at least part of the directive's tracking and cascade: as
     * {@link #requireTracking}, and also an officer of a district office that received a department's directive.
     */
    public Uni<Access> requireFollowing(SqlClient client, Actor actor, long directiveId) {
        return require(client, actor, directiveId).invoke(access -> {
            if (!access.followsDown()) {
                throw new ApiException(ErrorCode.FORBIDDEN, NOT_TRACKING);
            }
        });
    }

    private Uni<Access> find(SqlClient client, Actor actor, long directiveId) {
        Long[] officerOf = actor.positions().stream().filter(Position::districtOfficer)
                .map(Position::districtId).toArray(Long[]::new);
        Long[] manages = actor.positions().stream().filter(p -> p.managesSchool(p.schoolCode()))
                .map(Position::schoolId).toArray(Long[]::new);
        Long[] departmentOf = actor.positions().stream().filter(Position::departmentOfficer)
                .map(Position::departmentId).toArray(Long[]::new);
        return client.preparedQuery(RELATION)
                .execute(Tuple.of(directiveId, actor.staffIds(), officerOf, manages, departmentOf))
                .map(rows -> {
                    RowIterator<Row> it = rows.iterator();
                    if (!it.hasNext()) {
                        return null;
                    }
                    Row row = it.next();
                    return new Access(row.getLong("id"), row.getLong("parent_id"), row.getLong("school_id"),
                            row.getBoolean("sender"), row.getBoolean("officer"), row.getBoolean("school_manager"),
                            Set.copyOf(Arrays.asList(row.getArrayOfLongs("managed_schools"))),
                            row.getBoolean("recipient"), row.getBoolean("via_forward"),
                            Set.copyOf(Arrays.asList(row.getArrayOfLongs("receiving_districts"))));
                });
    }
}
