package vn.lienlac.directives;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Who a directive reaches, read from the directory in the sender's transaction: active people of active schools
 * only. Unknown schools or staff codes are refused (400 naming them) rather than silently skipped.
 */
@ApplicationScoped
public class Recipients {

    static final String NOBODY = "Không có người nhận nào phù hợp.";

    /** One row per active school asked for, with each active principal (a null staff id when it has none). */
    private static final String DISTRICT = """
            SELECT sc.code, sc.id AS school_id, st.id AS staff_id
            FROM directory_schools sc
            LEFT JOIN directory_active_staff st ON st.school_id = sc.id AND st.role = 'PRINCIPAL'
            WHERE sc.district_office_id = $1 AND sc.active AND ($2::text[] IS NULL OR sc.code = ANY($2))
            ORDER BY sc.code, st.id""";

    private static final String SCHOOL = """
            SELECT st.id AS staff_id, st.staff_code
            FROM directory_staff st
            WHERE st.active AND st.school_id = $1
              AND ($2 OR st.role = ANY($3) OR st.staff_code = ANY($4)
                   OR ($5 AND EXISTS (SELECT 1 FROM directory_classes c
                                      WHERE c.homeroom_staff_id = st.id AND c.active)))
            ORDER BY st.id""";

    /** The recipients, and the schools asked for that have no active principal to receive it. */
    public record Resolved(List<Recipient> recipients, List<String> schoolsWithoutRecipient) {
    }

    /** The principals of all (or the listed) active schools of the district. */
    public Uni<Resolved> ofDistrict(SqlConnection conn, long districtId, Audience audience) {
        if (!audience.groups().isEmpty() || !audience.staff().isEmpty()
                || audience.all() == !audience.schools().isEmpty()) {
            return Uni.createFrom().failure(FieldProblem.invalid("audience",
                    "Phòng gửi cho hiệu trưởng của tất cả các trường (everyone) hoặc của các trường được chọn "
                            + "(schools)."));
        }
        String[] codes = audience.all() ? null : audience.schools().toArray(String[]::new);
        return conn.preparedQuery(DISTRICT).execute(Tuple.of(districtId, codes)).map(rows -> {
            List<Recipient> recipients = new ArrayList<>();
            Set<String> found = new LinkedHashSet<>();
            List<String> without = new ArrayList<>();
            for (Row row : rows) {
                String code = row.getString("code");
                found.add(code);
                Long staffId = row.getLong("staff_id");
                if (staffId == null) {
                    without.add(code);
                } else {
                    recipients.add(new Recipient(staffId, row.getLong("school_id")));
                }
            }
            if (codes != null) {
                List<FieldProblem> unknown = audience.schools().stream().filter(code -> !found.contains(code))
                        .map(code -> new FieldProblem("schools", "Trường " + code
                                + " không thuộc Phòng hoặc không còn hoạt động."))
                        .toList();
                if (!unknown.isEmpty()) {
                    throw FieldProblem.invalid(unknown);
                }
            }
            return new Resolved(recipients, without);
        });
    }

    /** The school's active staff in the audience, except the sender. */
    public Uni<Resolved> ofSchool(SqlConnection conn, long schoolId, long senderStaffId, Audience audience) {
        if (!audience.schools().isEmpty()
                || (!audience.all() && audience.groups().isEmpty() && audience.staff().isEmpty())) {
            return Uni.createFrom().failure(FieldProblem.invalid("audience",
                    "Hãy chọn người nhận: toàn trường (everyone), nhóm (groups) hoặc cán bộ (staff)."));
        }
        List<String> roles = new ArrayList<>();
        boolean homeroom = false;
        List<FieldProblem> problems = new ArrayList<>();
        for (String name : audience.groups()) {
            StaffGroup group = StaffGroup.parse(name).orElse(null);
            if (group == null) {
                problems.add(new FieldProblem("groups", "Nhóm người nhận không hợp lệ: " + name + "."));
            } else if (group.role() == null) {
                homeroom = true;
            } else {
                roles.add(group.role().name());
            }
        }
        if (!problems.isEmpty()) {
            return Uni.createFrom().failure(FieldProblem.invalid(problems));
        }
        Tuple params = Tuple.of(schoolId, audience.all(), roles.toArray(String[]::new),
                audience.staff().toArray(String[]::new), homeroom);
        return conn.preparedQuery(SCHOOL).execute(params).map(rows -> {
            List<Recipient> recipients = new ArrayList<>();
            Set<String> found = new LinkedHashSet<>();
            for (Row row : rows) {
                found.add(row.getString("staff_code"));
                long staffId = row.getLong("staff_id");
                if (staffId != senderStaffId) {
                    recipients.add(new Recipient(staffId, schoolId));
                }
            }
            List<FieldProblem> unknown = audience.staff().stream().filter(code -> !found.contains(code))
                    .map(code -> new FieldProblem("staff", "Không có cán bộ mã " + code + " đang làm việc ở trường."))
                    .toList();
            if (!unknown.isEmpty()) {
                throw FieldProblem.invalid(unknown);
            }
            return new Resolved(recipients, List.of());
        });
    }
}
