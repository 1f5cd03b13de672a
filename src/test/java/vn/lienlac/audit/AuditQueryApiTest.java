package vn.lienlac.audit;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static vn.lienlac.audit.AuditApi.PATH;
import static vn.lienlac.audit.AuditApi.asAdmin;
import static vn.lienlac.audit.AuditApi.uniqueActor;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Entries appended through {@link AuditLog} and read back through {@code GET /api/v1/audit}. */
@QuarkusTest
class AuditQueryApiTest {

    @Inject
    AuditApi audit;

    @Inject
    AuditLog log;

    @Test
    void newestEntriesComeFirstOnePageAtATime() {
        String actor = uniqueActor();
        for (int i = 0; i < 5; i++) {
            audit.record(AuditAction.SIGN_IN, actor, "session-" + i, null);
        }

        asAdmin().queryParam("actor", actor).queryParam("size", 2).get(PATH).then().statusCode(200)
                .body("items.subject", contains("session-4", "session-3"))
                .body("page", equalTo(0)).body("size", equalTo(2)).body("hasMore", equalTo(true));
        asAdmin().queryParam("actor", actor).queryParam("size", 2).queryParam("page", 1).get(PATH).then()
                .body("items.subject", contains("session-2", "session-1")).body("hasMore", equalTo(true));
        asAdmin().queryParam("actor", actor).queryParam("size", 2).queryParam("page", 2).get(PATH).then()
                .body("items.subject", contains("session-0")).body("hasMore", equalTo(false));
    }

    @Test
    void actionFilterMatchesAnyOfTheRepeatedActions() {
        String actor = uniqueActor();
        audit.record(AuditAction.OTP_REQUESTED, actor, "otp", null);
        audit.record(AuditAction.SIGN_IN_FAILED, actor, "failed", null);
        audit.record(AuditAction.SIGN_IN, actor, "signed-in", null);

        asAdmin().queryParam("actor", actor).queryParam("action", "SIGN_IN", "OTP_REQUESTED").get(PATH).then()
                .statusCode(200)
                .body("items.subject", contains("signed-in", "otp"))
                .body("items.action", contains("SIGN_IN", "OTP_REQUESTED"));
    }

    @Test
    void schoolFilterCombinesWithTheOtherFilters() {
        String actor = uniqueActor();
        String school = "TRG-" + UUID.randomUUID().toString().substring(0, 8);
        audit.record(AuditAction.IMPORT_APPLIED, actor, "in-school", school);
        audit.record(AuditAction.IMPORT_APPLIED, actor, "elsewhere", school + "-X");
        audit.record(AuditAction.IMPORT_REJECTED, actor, "rejected-in-school", school);
        audit.record(AuditAction.IMPORT_APPLIED, uniqueActor(), "someone-else", school);

        asAdmin().queryParam("schoolCode", school).queryParam("actor", actor).queryParam("action", "IMPORT_APPLIED")
                .get(PATH).then().statusCode(200)
                .body("items.subject", contains("in-school"));
        asAdmin().queryParam("schoolCode", school).get(PATH).then().statusCode(200)
                .body("items.subject", contains("someone-else", "rejected-in-school", "in-school"));
    }

    @Test
    void fromIsInclusiveAndToIsExclusive() {
        String actor = uniqueActor();
        audit.record(AuditAction.SESSION_REVOKED, actor, "earlier", null);
        audit.record(AuditAction.SESSION_REVOKED, actor, "later", null);
        String laterAt = asAdmin().queryParam("actor", actor).queryParam("size", 1).get(PATH).then()
                .extract().path("items[0].occurredAt");

        asAdmin().queryParam("actor", actor).queryParam("from", laterAt).get(PATH).then().statusCode(200)
                .body("items.subject", contains("later"));
        asAdmin().queryParam("actor", actor).queryParam("to", laterAt).get(PATH).then().statusCode(200)
                .body("items.subject", contains("earlier"));
    }

    @Test
    void everyFieldOfAnEntryIsReturnedWithNestedDetails() {
        String actor = uniqueActor();
        audit.record(new AuditEntry(AuditAction.OTP_THROTTLED, AuditOutcome.FAILURE, actor,
                Masks.phone("+84912345678"), "TRG-ABC", "203.0.113.7", "portal-req-12345678",
                Map.of("retryAfterSeconds", 60, "limits", Map.of("perHour", 5), "channels", List.of("sms"))));

        asAdmin().queryParam("actor", actor).get(PATH).then().statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].id", notNullValue())
                .body("items[0].occurredAt", endsWith("Z"))
                .body("items[0].action", equalTo("OTP_THROTTLED"))
                .body("items[0].outcome", equalTo("FAILURE"))
                .body("items[0].actor", equalTo(actor))
                .body("items[0].subject", equalTo("0912***678"))
                .body("items[0].schoolCode", equalTo("TRG-ABC"))
                .body("items[0].clientIp", equalTo("203.0.113.7"))
                .body("items[0].correlationId", equalTo("portal-req-12345678"))
                .body("items[0].details.retryAfterSeconds", equalTo(60))
                .body("items[0].details.limits.perHour", equalTo(5))
                .body("items[0].details.channels", contains("sms"));
    }

    @Test
    void anonymousEntryHasNoActorAndEmptyDetails() {
        String subject = "anonymous-" + UUID.randomUUID();
        String school = "TRG-" + UUID.randomUUID().toString().substring(0, 8);
        audit.record(new AuditEntry(AuditAction.SIGN_IN_FAILED, AuditOutcome.FAILURE, null, subject, school, null,
                null, null));

        asAdmin().queryParam("schoolCode", school).get(PATH).then().statusCode(200)
                .body("items.subject", contains(subject))
                .body("items[0].actor", nullValue())
                .body("items[0].details", equalTo(Map.of()));
    }

    @Test
    void entryInTheCallersTransactionRollsBackWithIt() {
        String actor = uniqueActor();
        AuditEntry kept = new AuditEntry(AuditAction.IMPORT_APPLIED, AuditOutcome.SUCCESS, actor, "committed", null,
                null, null, Map.of());
        AuditEntry lost = new AuditEntry(AuditAction.IMPORT_APPLIED, AuditOutcome.SUCCESS, actor, "rolled-back", null,
                null, null, Map.of());

        audit.pool().withTransaction(conn -> log.record(conn, kept)).await().atMost(Duration.ofSeconds(30));
        audit.pool().withTransaction(conn -> log.record(conn, lost)
                        .chain(() -> Uni.createFrom().failure(new IllegalStateException("the caller fails"))))
                .onFailure(IllegalStateException.class).recoverWithNull()
                .await().atMost(Duration.ofSeconds(30));

        asAdmin().queryParam("actor", actor).get(PATH).then().statusCode(200)
                .body("items.subject", contains("committed"));
    }
}
