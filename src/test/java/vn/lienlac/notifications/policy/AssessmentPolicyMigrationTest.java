package vn.lienlac.notifications.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Migration V48 (docs/notifications.md, "The policy"): a school's stored GRADE policy is copied to ASSESSMENT where
 * the school set none; a school's own ASSESSMENT policy and a school without a GRADE policy are left alone. The
 * migration's own SQL runs again here, inside a transaction that is rolled back, so other tests' schools keep theirs.
 */
@QuarkusTest
class AssessmentPolicyMigrationTest {

    private static final String MIGRATION = "db/migration/V48__assessment_policy_from_grade.sql";

    @Inject
    Pool pool;

    @Inject
    PolicyScene scene;

    /** Thrown to roll the migration back once its result is read. */
    private static final class Rollback extends RuntimeException {
        Rollback() {
            super(null, null, false, false);
        }
    }

    @Test
    void aSchoolsGradePolicyIsCopiedToAssessmentsUnlessItSetOneForThem() throws IOException {
        long gradeOnly = school("{\"GRADE\": {\"mode\": \"PUSH_ONLY\", \"readWindowMinutes\": 45}}");
        long both = school("{\"GRADE\": {\"mode\": \"PUSH_ONLY\"}, \"ASSESSMENT\": {\"mode\": \"FALLBACK\"}}");
        long noGrade = school("{\"ATTENDANCE\": {\"readWindowMinutes\": 15}}");
        String sql = migration();

        Map<Long, String> after = new LinkedHashMap<>();
        pool.withTransaction(conn -> conn.query(sql).execute()
                        .chain(() -> conn.preparedQuery("""
                                        SELECT school_id, kinds -> 'ASSESSMENT' AS assessment
                                        FROM notification_school_policy WHERE school_id = ANY($1) ORDER BY school_id""")
                                .execute(Tuple.of(new Long[] {gradeOnly, both, noGrade})))
                        .invoke(rows -> {
                            for (Row row : rows) {
                                Object value = row.getValue("assessment");
                                after.put(row.getLong("school_id"), value == null ? null : value.toString());
                            }
                        })
                        .chain(() -> io.smallrye.mutiny.Uni.createFrom().failure(new Rollback())))
                .onFailure(Rollback.class).recoverWithNull()
                .await().atMost(PolicyScene.TIMEOUT);

        assertEquals("{\"mode\":\"PUSH_ONLY\",\"readWindowMinutes\":45}", compact(after.get(gradeOnly)));
        assertEquals("{\"mode\":\"FALLBACK\"}", compact(after.get(both)));
        assertEquals(null, after.get(noGrade));
        assertEquals(0, scene.count("""
                SELECT count(*) FROM notification_school_policy WHERE school_id = $1 AND kinds ? 'ASSESSMENT'""",
                gradeOnly), "rolled back: the school's row is as the test stored it");
    }

    private long school(String kinds) {
        long id = scene.schoolId(scene.newSchool());
        pool.preparedQuery("""
                        INSERT INTO notification_school_policy (school_id, kinds, updated_at, updated_by)
                        VALUES ($1, $2, now(), 'test')""")
                .execute(Tuple.of(id, new JsonObject(kinds))).await().atMost(PolicyScene.TIMEOUT);
        return id;
    }

    private static String migration() throws IOException {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(MIGRATION)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String compact(String json) {
        return json == null ? null : json.replace(" ", "");
    }
}
