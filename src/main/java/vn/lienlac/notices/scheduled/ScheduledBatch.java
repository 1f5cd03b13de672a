package vn.lienlac.notices.scheduled;

import io.vertx.mutiny.sqlclient.Row;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import vn.lienlac.platform.sql.SqlTimes;

/**
 * A notice batch scheduled for later, as its sender sees it (docs/notices.md, "Scheduled batches").
 *
 * @param id       the scheduled batch's id (the {@code batchId} its scheduling answered)
 * @param records  how many valid records it holds
 * @param state    {@code SCHEDULED}, {@code SENDING} (being published now), {@code SENT}, {@code CANCELLED},
 *                 {@code FAILED}
 * @param failureCode for {@code FAILED}: {@code NOT_PERMITTED} when the sender could no longer send it at its time, else
 *                 the refusal's code ({@link vn.lienlac.platform.time.NotSent}); {@code failure} says it in Vietnamese
 * @param batchId  the publishing batch once it went (its delivery report: reports/batches/{batchId}), else null
 * @param title    what the sender will recognise it by: the first record's title (a class post), else null
 * @param classes  the classes its records name ({@code className}), sorted; empty when they name none
 * @param students how many students its records are about ({@code studentCode}); 0 for a class post
 */
public record ScheduledBatch(UUID id, String kind, int records, boolean urgent, Instant sendAt, String state,
        UUID batchId, String failureCode, String failure, Instant createdAt, Instant doneAt, String title,
        List<String> classes, int students) {

    static final String COLUMNS = "id, kind, record_count, urgent, send_at, state, batch_id, failure_code, failure, "
            + "created_at, done_at, records->0->>'title' AS title, "
            + "ARRAY(SELECT DISTINCT r->>'className' FROM jsonb_array_elements(records) r "
            + "WHERE r->>'className' IS NOT NULL ORDER BY 1) AS classes, "
            + "(SELECT count(DISTINCT r->>'studentCode') FROM jsonb_array_elements(records) r)::int AS students";

    static ScheduledBatch of(Row row) {
        return new ScheduledBatch(row.getUUID("id"), row.getString("kind"), row.getInteger("record_count"),
                row.getBoolean("urgent"), SqlTimes.instant(row, "send_at"), row.getString("state"),
                row.getUUID("batch_id"), row.getString("failure_code"), row.getString("failure"),
                SqlTimes.instant(row, "created_at"), SqlTimes.instant(row, "done_at"), row.getString("title"),
                List.of(row.getArrayOfStrings("classes")), row.getInteger("students"));
    }
}
