package vn.lienlac.directives.scheduled;

import com.fasterxml.jackson.annotation.JsonRawValue;
import io.vertx.mutiny.sqlclient.Row;
import java.time.Instant;
import vn.lienlac.platform.sql.SqlTimes;

/**
 * A directive scheduled for later, as its sender sees it (docs/directives.md, "Scheduled sends").
 *
 * @param id          the scheduled send's id (not a directive id)
 * @param state       {@code SCHEDULED}, {@code SENT}, {@code CANCELLED} or {@code FAILED}
 * @param directiveId the directive once it went, else null
 * @param route       {@code DEPARTMENT}, {@code DISTRICT}, {@code SCHOOL}, or {@code FORWARD} (a forward of the
 *                    directive {@code forwardOf}; {@code unitCode} is then the forwarding school or district office)
 * @param failureCode for {@code FAILED}: {@code NOT_PERMITTED} when the sender could no longer send it at its time,
 *                    else the refusal's code ({@link vn.lienlac.platform.time.NotSent})
 * @param failure     why it could not go (Vietnamese), for {@code FAILED}
 * @param audience    the request's {@code audience} as sent (everyone, groups, staff, schools, districts), so that the
 *                    sender sees to whom it will go
 */
public record ScheduledDirective(long id, String state, String route, String unitCode, String subject, int recipients,
        Instant sendAt, Long directiveId, Long forwardOf, String failureCode, String failure, Instant createdAt,
        Instant doneAt, @JsonRawValue String audience) {

    static final String COLUMNS = "id, state, route, unit_code, subject, recipients, send_at, directive_id, parent_id, "
            + "failure_code, failure, created_at, done_at, (request->'audience')::text AS audience";

    static ScheduledDirective of(Row row) {
        return new ScheduledDirective(row.getLong("id"), row.getString("state"), row.getString("route"),
                row.getString("unit_code"), row.getString("subject"), row.getInteger("recipients"),
                SqlTimes.instant(row, "send_at"), row.getLong("directive_id"), row.getLong("parent_id"),
                row.getString("failure_code"), row.getString("failure"),
                SqlTimes.instant(row, "created_at"), SqlTimes.instant(row, "done_at"), row.getString("audience"));
    }
}
