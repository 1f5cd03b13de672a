package vn.lienlac.directives;

import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.lienlac.chat.inbox.InboxPosition;
import vn.lienlac.chat.inbox.InboxWrite;
import vn.lienlac.audit.AuditAction;
import vn.lienlac.audit.AuditEntry;
import vn.lienlac.audit.AuditLog;
import vn.lienlac.audit.AuditOutcome;
import vn.lienlac.notifications.outbox.Outbox;
import vn.lienlac.platform.sql.SqlTimes;

/**
 * Writes a directive in its sender's transaction: the row, its attachments, one inbox item per recipient and the
 * recipient rows that remember where each item landed; and the DIRECTIVE items notifications bring to the recipients'
 * attention ({@link DirectiveReaches}). A directive marked urgent is audited in the same transaction.
 */
@ApplicationScoped
public class DirectiveWriter {

    private static final String INSERT = """
            INSERT INTO directive (parent_id, sender_staff_id, district_office_id, school_id, document_number,
                                   issued_on, subject, body, deadline, requires_ack, report_request, report_deadline,
                                   audience, created_at, department_id)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)
            RETURNING id""";

    /** Only the uploader's own files that are not attached to anything yet. */
    private static final String ATTACH = """
            UPDATE directive_attachment SET directive_id = $1
            WHERE id = ANY($2) AND uploader_staff_id = ANY($3) AND directive_id IS NULL""";

    private static final String RECIPIENTS = """
            INSERT INTO directive_recipient (directive_id, staff_id, school_id, inbox_conversation_id, inbox_seq,
                                             district_office_id)
            SELECT $1, * FROM unnest($2::bigint[], $3::bigint[], $4::bigint[], $5::bigint[], $6::bigint[])""";

    static final String BAD_ATTACHMENTS = "Tệp đính kèm không tồn tại, không phải của bạn hoặc đã được gửi.";

    private final InboxDelivery inbox;
    private final Outbox outbox;
    private final AuditLog audit;

    public DirectiveWriter(InboxDelivery inbox, Outbox outbox, AuditLog audit) {
        this.inbox = inbox;
        this.outbox = outbox;
        this.audit = audit;
    }

    /** What was sent: the new directive, how many it reached, and the write to announce after the commit. */
    public record Written(long id, int recipients, InboxWrite write) {
    }

    /**
     * @param parentId the forwarded directive, or null
     * @param schoolId the sending school, or null for an office (a district office, or a department: the sender's
     *                 position says which)
     * @param uploaders the sender's staff ids: attachments uploaded under any of their positions may be attached
     */
    public Uni<Written> write(SqlConnection conn, Position sender, Long[] uploaders, Long parentId, Long schoolId,
            DirectiveDraft draft, Audience audience, List<Recipient> recipients, Instant now) {
        if (recipients.isEmpty()) {
            return Uni.createFrom().failure(FieldProblem.invalid("audience", Recipients.NOBODY));
        }
        Tuple row = Tuple.tuple(Arrays.asList(parentId, sender.staffId(),
                sender.departmentOfficer() ? null : sender.districtId(), schoolId,
                draft.documentNumber(), draft.issuedOn(), draft.subject(), draft.body(), SqlTimes.of(draft.deadline()),
                draft.requiresAck(), draft.reportRequest(), SqlTimes.of(draft.reportDeadline()), audienceJson(audience),
                SqlTimes.of(now), sender.departmentOfficer() ? sender.departmentId() : null));
        return conn.preparedQuery(INSERT).execute(row).map(rows -> rows.iterator().next().getLong("id"))
                .call(id -> attach(conn, id, uploaders, draft.attachments()))
                .chain(id -> {
                    List<Long> staffIds = recipients.stream().map(Recipient::staffId).toList();
                    String text = inbox.texts().received(draft.documentNumber(), draft.issuedOn(), draft.subject(),
                            parentId == null ? null
                                    : schoolId == null ? InboxTexts.DISTRICT_FORWARD : InboxTexts.SCHOOL_FORWARD,
                            draft.requiresAck(), draft.deadline());
                    return inbox.post(conn, staffIds, text, InboxTexts.data(id, "received", null), now)
                            .call(write -> insertRecipients(conn, id, recipients, write.positions()))
                            .call(write -> outbox.enqueue(conn, DirectiveReaches.received(id, draft, text, recipients,
                                    write.positions(), schoolId == null ? sender.districtId() : null), now))
                            .call(() -> draft.urgent() ? audit.record(conn, new AuditEntry(
                                    AuditAction.DIRECTIVE_MARKED_URGENT, AuditOutcome.SUCCESS, sender.owner(),
                                    String.valueOf(id), sender.schoolCode(), null, null,
                                    Map.of("recipients", recipients.size()))) : Uni.createFrom().voidItem())
                            .map(write -> new Written(id, recipients.size(), write));
                });
    }

    private static Uni<Void> attach(SqlConnection conn, long directiveId, Long[] uploaders, List<UUID> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return conn.preparedQuery(ATTACH).execute(Tuple.of(directiveId, ids.toArray(UUID[]::new), uploaders))
                .invoke(rows -> {
                    if (rows.rowCount() != ids.size()) {
                        throw FieldProblem.invalid("attachments", BAD_ATTACHMENTS);
                    }
                }).replaceWithVoid();
    }

    private static Uni<Void> insertRecipients(SqlConnection conn, long directiveId, List<Recipient> recipients,
            List<InboxPosition> positions) {
        int n = recipients.size();
        Long[] staff = new Long[n];
        Long[] schools = new Long[n];
        Long[] conversations = new Long[n];
        Long[] seqs = new Long[n];
        Long[] districts = new Long[n];
        for (int i = 0; i < n; i++) {
            districts[i] = recipients.get(i).districtId();
            staff[i] = recipients.get(i).staffId();
            schools[i] = recipients.get(i).schoolId();
            conversations[i] = positions.get(i).conversationId();
            seqs[i] = positions.get(i).seq();
        }
        return conn.preparedQuery(RECIPIENTS)
                .execute(Tuple.tuple(Arrays.asList(directiveId, staff, schools, conversations, seqs, districts)))
                .replaceWithVoid();
    }

    private static JsonObject audienceJson(Audience audience) {
        JsonObject json = new JsonObject();
        if (audience.all()) {
            json.put("everyone", true);
        }
        putList(json, "schools", audience.schools());
        putList(json, "groups", audience.groups());
        putList(json, "staff", audience.staff());
        return json;
    }

    private static void putList(JsonObject json, String name, List<String> values) {
        if (!values.isEmpty()) {
            json.put(name, new JsonArray(values));
        }
    }
}
