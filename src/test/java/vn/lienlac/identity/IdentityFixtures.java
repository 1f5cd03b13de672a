package vn.lienlac.identity;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.UUID;
import vn.lienlac.directory.TestSchools;
import vn.lienlac.directory.rest.PeopleFixtures;

/**
 * People who can sign in, made with plain SQL: staff and guardians in the directory, accounts with passwords.
 * Phones and codes are random (tests share one database). Blocking on purpose: call it from test methods.
 */
@ApplicationScoped
public class IdentityFixtures {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    /** bcrypt's lowest cost: fixtures need hashes, not protection, and checking one costs the same as any. */
    private static final int FIXTURE_COST = 4;

    private final TestSchools schools;
    private final PeopleFixtures people;
    private final Pool pool;

    public IdentityFixtures(TestSchools schools, PeopleFixtures people, Pool pool) {
        this.schools = schools;
        this.people = people;
        this.pool = pool;
    }

    /** An active teacher of a new school, with this phone; returns the staff code. */
    public String teacher(String phone) {
        return staff(schools.newSchool(), "TEACHER", phone);
    }

    /** An active member of staff of the school; returns the staff code. */
    public String staff(String schoolCode, String role, String phone) {
        String code = PeopleFixtures.code("GV");
        people.staff(schoolCode, code, "Trần Thị Thu", role, phone, true);
        return code;
    }

    /** An active guardian of an active student of a new school. */
    public void guardian(String phone) {
        String school = schools.newSchool();
        long student = people.student(school, PeopleFixtures.code("HS"), "Lê Minh Khôi", true);
        people.link(student, people.guardian(phone, "Lê Văn Hùng"), "FATHER", true);
    }

    /** An account that has never signed in, keyed like the sign-in would key it, with this password. */
    public UUID accountWithPassword(String phone, String staffCode, String password) {
        UUID id = UUID.randomUUID();
        execute("INSERT INTO account (id, phone, staff_code, password_hash, created_at) VALUES ($1, $2, $3, $4, now())",
                id, phone, staffCode, BcryptUtil.bcryptHash(password, FIXTURE_COST));
        return id;
    }

    public void deactivateStaff(String staffCode) {
        execute("UPDATE staff SET active = false, deactivated_at = now() WHERE staff_code = $1", staffCode);
    }

    /** Moves the expiry of the session's refresh tokens into the past. */
    public void expireRefreshTokens(UUID sessionId) {
        execute("UPDATE refresh_token SET expires_at = now() - interval '1 second' WHERE session_id = $1", sessionId);
    }

    public long count(String sql, Object... params) {
        return schools.count(sql, params);
    }

    private void execute(String sql, Object... params) {
        pool.preparedQuery(sql).execute(Tuple.from(params)).await().atMost(TIMEOUT);
    }
}
