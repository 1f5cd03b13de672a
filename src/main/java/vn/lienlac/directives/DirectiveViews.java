package vn.lienlac.directives;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.lienlac.directives.Views.AttachmentView;
import vn.lienlac.directives.Views.Detail;
import vn.lienlac.directives.Views.InboxEntry;
import vn.lienlac.directives.Views.MyCopy;
import vn.lienlac.directives.Views.ReportRequestView;
import vn.lienlac.directives.Views.Sender;
import vn.lienlac.directives.Views.SentEntry;
import vn.lienlac.directory.Participant;
import vn.lienlac.directory.model.StaffRole;
import vn.lienlac.identity.SignedInPerson;
import vn.lienlac.notifications.outbox.Outbox;
import vn.lienlac.platform.error.ApiException;
import vn.lienlac.platform.sql.SqlTimes;

/** A recipient's inbox, a sender's list, one directive in full; reading and acknowledging one's own copy. */
@ApplicationScoped
public class DirectiveViews {

    static final int MAX_PAGE = 200;

    private static final String SENDER_COLUMNS = """
            snd.full_name AS sender_name, snd.role AS sender_role, coalesce(ssc.name, dof.name, dep.name) AS sender_unit""";
    private static final String SENDER_JOINS = """
            JOIN directory_staff snd ON snd.id = d.sender_staff_id
            LEFT JOIN directory_district_offices dof ON dof.id = d.district_office_id
            LEFT JOIN directory_departments dep ON dep.id = d.department_id
            LEFT JOIN directory_schools ssc ON ssc.id = d.school_id""";

    private static final String INBOX = "SELECT d.*, r.fetched_at, r.read_at, r.acknowledged_at, " + SENDER_COLUMNS
            + " FROM directive_recipient r JOIN directive d ON d.id = r.directive_id " + SENDER_JOINS + """

            WHERE r.staff_id = ANY($1) AND ($2::bigint IS NULL OR d.id < $2)
            ORDER BY d.id DESC, r.staff_id LIMIT $3""";

    /** Listing the inbox over REST puts the listed directives on the caller's device: delivered. */
    private static final String MARK_FETCHED = """
            UPDATE directive_recipient SET fetched_at = $3
            WHERE staff_id = ANY($1) AND directive_id = ANY($2) AND fetched_at IS NULL""";

    private static final String SENT = """
            SELECT d.*, count(r.staff_id) AS recipients, count(r.read_at) AS read_count,
                   count(r.acknowledged_at) AS ack_count
            FROM directive d LEFT JOIN directive_recipient r ON r.directive_id = d.id
            WHERE d.sender_staff_id = ANY($1) AND ($2::bigint IS NULL OR d.id < $2)
            GROUP BY d.id ORDER BY d.id DESC LIMIT $3""";

    private static final String DETAIL = "SELECT d.*, " + SENDER_COLUMNS + " FROM directive d " + SENDER_JOINS
            + " WHERE d.id = ANY($1)";

    private static final String ATTACHMENTS = """
            SELECT id, directive_id, content_type, size_bytes, file_name FROM directive_attachment
            WHERE directive_id = ANY($1) AND report_school_id IS NULL ORDER BY created_at, id""";

    private static final String MY_COPY = """
            SELECT fetched_at, read_at, acknowledged_at FROM directive_recipient
            WHERE directive_id = $1 AND staff_id = ANY($2) ORDER BY staff_id LIMIT 1""";

    /** The reminders a recipient got, whose notifications a read or an acknowledgement settles with the directive. */
    private static final String REMINDERS = """
            ARRAY(SELECT m.kind FROM directive_reminder m WHERE m.directive_id = $1
                  AND m.staff_id = directive_recipient.staff_id ORDER BY m.kind, m.round) AS reminder_kinds,
            ARRAY(SELECT m.round FROM directive_reminder m WHERE m.directive_id = $1
                  AND m.staff_id = directive_recipient.staff_id ORDER BY m.kind, m.round) AS reminder_rounds""";

    private static final String READ = """
            UPDATE directive_recipient SET fetched_at = coalesce(fetched_at, $3), read_at = coalesce(read_at, $3)
            WHERE directive_id = $1 AND staff_id = ANY($2)
            RETURNING fetched_at, read_at, acknowledged_at, staff_id, """ + REMINDERS;

    private static final String ACKNOWLEDGE = """
            UPDATE directive_recipient SET fetched_at = coalesce(fetched_at, $3), read_at = coalesce(read_at, $3),
                   acknowledged_at = coalesce(acknowledged_at, $3)
            WHERE directive_id = $1 AND staff_id = ANY($2)
            RETURNING fetched_at, read_at, acknowledged_at, staff_id, """ + REMINDERS;

    private final Pool pool;
    private final Actors actors;
    private final AccessQueries access;
    private final Clock clock;
    private final Outbox outbox;

    public DirectiveViews(Pool pool, Actors actors, AccessQueries access, Clock clock, Outbox outbox) {
        this.outbox = outbox;
        this.pool = pool;
        this.actors = actors;
        this.access = access;
        this.clock = clock;
    }

    /** The directives the caller's positions received, newest first, before the directive {@code before}. */
    public Uni<List<InboxEntry>> inbox(SignedInPerson person, Long before, int limit) {
        Instant now = clock.instant();
        return actors.load(pool, person).chain(actor -> pool.preparedQuery(INBOX)
                .execute(Tuple.of(actor.staffIds(), before, page(limit)))
                .chain(rows -> {
                    List<InboxEntry> entries = new ArrayList<>();
                    for (Row row : rows) {
                        entries.add(new InboxEntry(row.getLong("id"), row.getLong("parent_id"),
                                row.getString("document_number"), row.getLocalDate("issued_on"),
                                row.getString("subject"), sender(row), SqlTimes.instant(row, "created_at"),
                                SqlTimes.instant(row, "deadline"), row.getBoolean("requires_ack"),
                                SqlTimes.instant(row, "report_deadline"), copy(row, row, now, true)));
                    }
                    Long[] ids = entries.stream().map(InboxEntry::id).toArray(Long[]::new);
                    return pool.preparedQuery(MARK_FETCHED).execute(Tuple.of(actor.staffIds(), ids, SqlTimes.of(now)))
                            .replaceWith(entries);
                }));
    }

    /** The directives the caller's positions sent, newest first, with how many received, read and acknowledged. */
    public Uni<List<SentEntry>> sent(SignedInPerson person, Long before, int limit) {
        return actors.load(pool, person).chain(actor -> pool.preparedQuery(SENT)
                .execute(Tuple.of(actor.staffIds(), before, page(limit)))
                .map(rows -> {
                    List<SentEntry> entries = new ArrayList<>();
                    for (Row row : rows) {
                        entries.add(new SentEntry(row.getLong("id"), row.getLong("parent_id"),
                                row.getString("document_number"), row.getLocalDate("issued_on"),
                                row.getString("subject"), SqlTimes.instant(row, "created_at"),
                                SqlTimes.instant(row, "deadline"), row.getBoolean("requires_ack"),
                                row.getLong("recipients").intValue(), row.getLong("read_count").intValue(),
                                row.getLong("ack_count").intValue()));
                    }
                    return entries;
                }));
    }

    /** One directive in full, for anyone related to it (404 for everyone else). */
    public Uni<Detail> detail(SignedInPerson person, long id) {
        Instant now = clock.instant();
        return actors.load(pool, person).chain(actor -> access.require(pool, actor, id).chain(relation -> {
            Long[] ids = relation.parentId() == null ? new Long[] {id} : new Long[] {id, relation.parentId()};
            Uni<Map<Long, Row>> directives = pool.preparedQuery(DETAIL).execute(Tuple.of(ids)).map(rows -> {
                Map<Long, Row> byId = new HashMap<>();
                rows.forEach(row -> byId.put(row.getLong("id"), row));
                return byId;
            });
            Uni<Map<Long, List<AttachmentView>>> files = attachments(ids);
            Uni<Row> mine = relation.recipient()
                    ? pool.preparedQuery(MY_COPY).execute(Tuple.of(id, actor.staffIds()))
                            .map(rows -> rows.iterator().next())
                    : Uni.createFrom().nullItem();
            return Uni.combine().all().unis(directives, files, mine).with((byId, attachments, copy) -> {
                Row row = byId.get(id);
                Detail parent = relation.parentId() == null ? null
                        : detail(byId.get(relation.parentId()), attachments, null, null);
                return detail(row, attachments, parent, copy == null ? null : copy(row, copy, now, false));
            });
        }));
    }

    /** Marks the caller's copy read; 404 unless one of their positions received it. */
    public Uni<MyCopy> read(SignedInPerson person, long id) {
        return mark(person, id, READ);
    }

    /** Acknowledges the caller's copy (reading it too); 404 unless one of their positions received it. */
    public Uni<MyCopy> acknowledge(SignedInPerson person, long id) {
        return mark(person, id, ACKNOWLEDGE);
    }

    private Uni<MyCopy> mark(SignedInPerson person, long id, String sql) {
        Instant now = clock.instant();
        return pool.withTransaction(conn -> actors.load(conn, person).chain(actor -> conn.preparedQuery(sql)
                .execute(Tuple.of(id, actor.staffIds(), SqlTimes.of(now))).chain(rows -> {
                    if (rows.rowCount() == 0) {
                        throw ApiException.notFound(AccessQueries.NOT_FOUND);
                    }
                    Row copy = rows.iterator().next();
                    return settle(conn, id, rows, now).chain(() -> conn.preparedQuery(
                                    "SELECT requires_ack, deadline FROM directive WHERE id = $1")
                            .execute(Tuple.of(id)).map(d -> copy(d.iterator().next(), copy, now, false)));
                })));
    }

    /** Notifications learn that these copies were read: their queued pushes, Zalo and SMS messages are skipped. */
    private Uni<Void> settle(SqlConnection conn, long id, RowSet<Row> copies, Instant now) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (Row copy : copies) {
            List<String> refs = new ArrayList<>();
            refs.add(DirectiveReaches.itemRef(id));
            String[] kinds = copy.getArrayOfStrings("reminder_kinds");
            LocalDate[] rounds = copy.getArrayOfLocalDates("reminder_rounds");
            for (int i = 0; i < kinds.length; i++) {
                refs.add(DirectiveReaches.reminderRef(id, kinds[i], rounds[i]));
            }
            Participant staff = Participant.staff(copy.getLong("staff_id"));
            chain = chain.chain(() -> outbox.read(conn, staff, refs, now));
        }
        return chain;
    }

    private Uni<Map<Long, List<AttachmentView>>> attachments(Long[] directiveIds) {
        return pool.preparedQuery(ATTACHMENTS).execute(Tuple.of(directiveIds)).map(rows -> {
            Map<Long, List<AttachmentView>> byDirective = new HashMap<>();
            for (Row row : rows) {
                byDirective.computeIfAbsent(row.getLong("directive_id"), k -> new ArrayList<>())
                        .add(new AttachmentView(row.getUUID("id"), row.getString("content_type"),
                                row.getLong("size_bytes"), row.getString("file_name")));
            }
            return byDirective;
        });
    }

    private static Detail detail(Row row, Map<Long, List<AttachmentView>> attachments, Detail parent, MyCopy me) {
        long id = row.getLong("id");
        String report = row.getString("report_request");
        return new Detail(id, row.getLong("parent_id"), row.getString("document_number"),
                row.getLocalDate("issued_on"), row.getString("subject"), row.getString("body"), sender(row),
                SqlTimes.instant(row, "created_at"), SqlTimes.instant(row, "deadline"), row.getBoolean("requires_ack"),
                report == null ? null : new ReportRequestView(report, SqlTimes.instant(row, "report_deadline")),
                attachments.getOrDefault(id, List.of()), parent, me);
    }

    /** @param directive a row with requires_ack and deadline; copy: one with fetched_at, read_at, acknowledged_at */
    static MyCopy copy(Row directive, Row copy, Instant now, boolean listed) {
        Instant read = SqlTimes.instant(copy, "read_at");
        Instant ack = SqlTimes.instant(copy, "acknowledged_at");
        boolean requiresAck = directive.getBoolean("requires_ack");
        return new MyCopy(RecipientState.of(listed || copy.getValue("fetched_at") != null, read, ack), read, ack,
                RecipientState.overdue(requiresAck, SqlTimes.instant(directive, "deadline"), ack, now));
    }

    static Sender sender(Row row) {
        return new Sender(row.getString("sender_name"), StaffRole.valueOf(row.getString("sender_role")).label(),
                row.getString("sender_unit"));
    }

    private static int page(int limit) {
        return limit <= 0 ? 50 : Math.min(limit, MAX_PAGE);
    }
}
