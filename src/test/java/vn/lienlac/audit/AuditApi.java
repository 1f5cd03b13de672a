package vn.lienlac.audit;

import static io.restassured.RestAssured.given;

import io.restassured.specification.RequestSpecification;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

/**
 * Test access to the audit log: entries appended through {@link AuditLog} (blocking on purpose: call it from test
 * methods), and the query endpoint as the test admin.
 */
@ApplicationScoped
public class AuditApi {

    static final String PATH = "/api/v1/audit";
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final AuditLog log;
    private final Pool pool;

    public AuditApi(AuditLog log, Pool pool) {
        this.log = log;
        this.pool = pool;
    }

    /** An actor no other test uses. */
    static String uniqueActor() {
        return "audit-test-" + UUID.randomUUID();
    }

    static RequestSpecification asAdmin() {
        return given().auth().oauth2("test-admin-token");
    }

    /** Appends an entry in its own transaction. */
    void record(AuditAction action, String actor, String subject, String schoolCode) {
        record(new AuditEntry(action, AuditOutcome.SUCCESS, actor, subject, schoolCode, null, null, Map.of()));
    }

    void record(AuditEntry entry) {
        log.record(entry).await().atMost(TIMEOUT);
    }

    Pool pool() {
        return pool;
    }
}
