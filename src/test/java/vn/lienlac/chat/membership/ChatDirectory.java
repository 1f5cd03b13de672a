package vn.lienlac.chat.membership;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The directory as chat tests need it: imports through the REST API (as the admin, like a sector database push), and
 * the groups, members and events read back. Blocking on purpose: call it from test methods.
 */
@ApplicationScoped
public class ChatDirectory {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final String ADMIN_TOKEN = "test-admin-token";

    private final Pool pool;

    public ChatDirectory(Pool pool) {
        this.pool = pool;
    }

    /** A student row of a JSON import; phones in E.164 (sent in the local form), a null phone for no parent. */
    public static Map<String, Object> student(String code, String className, String fatherPhone, String motherPhone) {
        Map<String, Object> row = new HashMap<>();
        row.put("studentCode", code);
        row.put("fullName", "Nguyễn Thị Học Sinh");
        row.put("dateOfBirth", "2014-09-05");
        row.put("gender", "Nữ");
        row.put("className", className);
        if (fatherPhone != null) {
            row.put("fatherName", "Nguyễn Văn Bố");
            row.put("fatherPhone", local(fatherPhone));
        }
        if (motherPhone != null) {
            row.put("motherName", "Trần Thị Mẹ");
            row.put("motherPhone", local(motherPhone));
        }
        return row;
    }

    /** A staff row of a JSON import: a position such as "Giáo viên", a homeroom class or null, classes taught. */
    public static Map<String, Object> staff(String code, String position, String phone, String homeroomClass,
            List<String> classes) {
        Map<String, Object> row = new HashMap<>();
        row.put("staffCode", code);
        row.put("fullName", "Lê Văn Cán Bộ");
        row.put("position", position);
        row.put("phone", local(phone));
        row.put("homeroomClass", homeroomClass);
        row.put("subjects", classes.isEmpty() ? List.of() : List.of("Toán"));
        row.put("classes", classes);
        return row;
    }

    /** Imports students ({@code mode} "snapshot" or "delta"); fails unless the import is applied. */
    public void importStudents(String school, String mode, List<Map<String, Object>> rows) {
        post(school, "students", mode, Map.of("students", rows));
    }

    public void importStaff(String school, String mode, List<Map<String, Object>> rows) {
        post(school, "staff", mode, Map.of("staff", rows));
    }

    private static void post(String school, String kind, String mode, Map<String, Object> body) {
        given().auth().oauth2(ADMIN_TOKEN).contentType(ContentType.JSON).queryParam("mode", mode).body(body)
                .when().post("/api/v1/directory/schools/{school}/imports/" + kind, school)
                .then().log().ifValidationFails().statusCode(200);
    }

    /** {@code g:<id>} of the guardian with this number. */
    public String guardian(String e164) {
        return "g:" + number("SELECT id FROM guardian WHERE phone = $1", e164);
    }

    /** {@code s:<id>} of the staff member with this code. */
    public String staffMember(String staffCode) {
        return "s:" + number("SELECT id FROM staff WHERE staff_code = $1", staffCode);
    }

    /** The group of a class ({@code CLASS} or {@code CLASS_PARENTS}), or null while it does not exist. */
    public Long classGroup(String school, String className, String kind) {
        return numberOrNull("""
                SELECT cv.id FROM conversation cv JOIN school_class c ON c.id = cv.class_id
                JOIN school s ON s.id = c.school_id WHERE s.code = $1 AND c.name = $2 AND cv.kind = $3""",
                school, className, kind);
    }

    public Long staffGroup(String school) {
        return numberOrNull("""
                SELECT cv.id FROM conversation cv JOIN school s ON s.id = cv.school_id
                WHERE s.code = $1 AND cv.kind = 'SCHOOL_STAFF'""", school);
    }

    /** The active members of a conversation; empty for a null id (a group not created yet). */
    public Set<String> members(Long conversationId) {
        return conversationId == null ? Set.of() : new TreeSet<>(texts(
                "SELECT participant FROM conversation_member WHERE conversation_id = $1 AND active", conversationId));
    }

    /** The events after {@code afterSeq}, each as {@code "<seq> <TYPE> <subject>"}, in order. */
    public List<String> events(long conversationId, long afterSeq) {
        return texts("""
                SELECT seq || ' ' || type || ' ' || coalesce(subject, '-') FROM chat_event
                WHERE conversation_id = $1 AND seq > $2 ORDER BY seq""", conversationId, afterSeq);
    }

    public long lastSeq(long conversationId) {
        return number("SELECT last_seq FROM conversation WHERE id = $1", conversationId);
    }

    /** Events of the school's groups (class, parents and staff groups). */
    public long groupEvents(String school) {
        return number("""
                SELECT count(*) FROM chat_event e WHERE e.conversation_id IN (
                    SELECT cv.id FROM conversation cv JOIN school s ON s.id = cv.school_id WHERE s.code = $1)""",
                school);
    }

    /** A direct conversation of two participants with hand-made (MANUAL) memberships; returns its id. */
    public long direct(String a, String b) {
        String key = a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a;
        long id = number("INSERT INTO conversation (kind, direct_key, created_at) VALUES ('DIRECT', $1, now()) "
                + "RETURNING id", key);
        addMember(id, a);
        addMember(id, b);
        return id;
    }

    /** A custom group created by a staff member, with hand-made memberships; returns its id. */
    public long custom(String owner, String... others) {
        long id = number("INSERT INTO conversation (kind, title, created_by, created_at) "
                + "VALUES ('CUSTOM', 'Nhóm thử', $1, now()) RETURNING id", owner);
        addMember(id, owner);
        for (String other : others) {
            addMember(id, other);
        }
        return id;
    }

    /** Adds a member by hand (source MANUAL). */
    public void addMember(long conversationId, String participant) {
        execute("INSERT INTO conversation_member (conversation_id, participant, source, joined_at) "
                + "VALUES ($1, $2, 'MANUAL', now())", conversationId, participant);
    }

    public boolean hasLeft(long conversationId, String participant) {
        return number("SELECT count(*) FROM conversation_member WHERE conversation_id = $1 AND participant = $2 "
                + "AND NOT active AND left_at IS NOT NULL", conversationId, participant) == 1;
    }

    private static String local(String e164) {
        return e164 == null ? null : "0" + e164.substring(3);
    }

    private void execute(String sql, Object... params) {
        pool.preparedQuery(sql).execute(Tuple.from(params)).await().atMost(TIMEOUT);
    }

    private long number(String sql, Object... params) {
        Long value = numberOrNull(sql, params);
        if (value == null) {
            throw new AssertionError("No row for " + sql);
        }
        return value;
    }

    private Long numberOrNull(String sql, Object... params) {
        var rows = pool.preparedQuery(sql).execute(Tuple.from(params)).await().atMost(TIMEOUT);
        return rows.size() == 0 ? null : rows.iterator().next().getLong(0);
    }

    private List<String> texts(String sql, Object... params) {
        List<String> values = new ArrayList<>();
        for (Row row : pool.preparedQuery(sql).execute(Tuple.from(params)).await().atMost(TIMEOUT)) {
            values.add(row.getString(0));
        }
        return values;
    }
}
