package vn.lienlac.directives.reminders;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.lienlac.directory.Participant;
import vn.lienlac.chat.inbox.InboxItem;
import vn.lienlac.chat.inbox.InboxPosition;
import vn.lienlac.chat.inbox.InboxWrite;
import vn.lienlac.directives.AccessQueries;
import vn.lienlac.directives.Actors;
import vn.lienlac.directives.DirectiveReaches;
import vn.lienlac.directives.InboxDelivery;
import vn.lienlac.directives.InboxTexts;
import vn.lienlac.identity.SignedInPerson;
import vn.lienlac.notifications.outbox.Outbox;
import vn.lienlac.notifications.outbox.Reach;
import vn.lienlac.platform.sql.SqlTimes;
import vn.lienlac.platform.time.TimeConfig;

/**
 * Reminders as new inbox items: by the sender, to the recipients who have not acknowledged (or, when no
 * acknowledgement is asked, not read); and automatically, before an acknowledgement deadline and before a report
 * deadline. Each reminder is first recorded under a unique key (directive, recipient, kind, round), and only the rows
 * that insert get an inbox item, in the same transaction: repeated clicks, the job's runs on several pods and retries
 * remind nobody twice. A manual round is the local day: one manual reminder a day per recipient. Each reminder is
 * also a REMINDER item for notifications, in the same transaction ({@link DirectiveReaches}).
 */
@ApplicationScoped
public class Reminders {

    /** The recipients still to remind, recorded; returns who was recorded and what the items say. */
    private static final String MANUAL = """
            WITH ins AS (
                INSERT INTO directive_reminder (directive_id, staff_id, kind, round, sent_at)
                SELECT r.directive_id, r.staff_id, 'MANUAL', $2, $3
                FROM directive_recipient r
                JOIN directive d ON d.id = r.directive_id
                JOIN directory_staff st ON st.id = r.staff_id AND st.active
                WHERE r.directive_id = $1 AND ($4::bigint[] IS NULL OR r.school_id = ANY($4))
                  AND r.acknowledged_at IS NULL AND (d.requires_ack OR r.read_at IS NULL)
                ON CONFLICT DO NOTHING
                RETURNING directive_id, staff_id, kind, round)
            SELECT ins.*, d.document_number, d.issued_on, d.subject, d.deadline, d.report_deadline, r.school_id
            FROM ins JOIN directive d ON d.id = ins.directive_id
            JOIN directive_recipient r ON r.directive_id = ins.directive_id AND r.staff_id = ins.staff_id
            ORDER BY ins.directive_id, ins.staff_id""";

    private static final String DUE = """
            WITH ins AS (
                INSERT INTO directive_reminder (directive_id, staff_id, kind, round, sent_at)
                SELECT r.directive_id, r.staff_id, 'ACK_DUE', (d.deadline AT TIME ZONE $4)::date, $1
                FROM directive d
                JOIN directive_recipient r ON r.directive_id = d.id
                JOIN directory_staff st ON st.id = r.staff_id AND st.active
                WHERE d.requires_ack AND d.deadline > $1 AND d.deadline <= $2 AND r.acknowledged_at IS NULL
                UNION ALL
                SELECT r.directive_id, r.staff_id, 'REPORT_DUE', (d.report_deadline AT TIME ZONE $4)::date, $1
                FROM directive d
                JOIN directive_recipient r ON r.directive_id = d.id
                JOIN directory_staff st ON st.id = r.staff_id AND st.active
                WHERE d.report_deadline > $1 AND d.report_deadline <= $3
                  AND NOT EXISTS (SELECT 1 FROM directive_report p
                                  WHERE p.directive_id = d.id AND p.school_id = r.school_id)
                  AND NOT EXISTS (SELECT 1 FROM directive_district_report q
                                  WHERE q.directive_id = d.id AND q.district_office_id = r.district_office_id)
                ON CONFLICT DO NOTHING
                RETURNING directive_id, staff_id, kind, round)
            SELECT ins.*, d.document_number, d.issued_on, d.subject, d.deadline, d.report_deadline, r.school_id
            FROM ins JOIN directive d ON d.id = ins.directive_id
            JOIN directive_recipient r ON r.directive_id = ins.directive_id AND r.staff_id = ins.staff_id
            ORDER BY ins.directive_id, ins.staff_id""";

    private static final String POSITIONS = """
            UPDATE directive_reminder m SET inbox_conversation_id = u.conversation_id, inbox_seq = u.seq
            FROM unnest($1::bigint[], $2::bigint[], $3::text[], $4::date[], $5::bigint[], $6::bigint[])
                 AS u(directive_id, staff_id, kind, round, conversation_id, seq)
            WHERE m.directive_id = u.directive_id AND m.staff_id = u.staff_id AND m.kind = u.kind
              AND m.round = u.round""";

    private final Pool pool;
    private final Actors actors;
    private final AccessQueries access;
    private final InboxDelivery inbox;
    private final ReminderConfig config;
    private final TimeConfig time;
    private final Clock clock;
    private final Outbox outbox;

    public Reminders(Pool pool, Actors actors, AccessQueries access, InboxDelivery inbox, ReminderConfig config,
            TimeConfig time, Clock clock, Outbox outbox) {
        this.outbox = outbox;
        this.pool = pool;
        this.actors = actors;
        this.access = access;
        this.inbox = inbox;
        this.config = config;
        this.time = time;
        this.clock = clock;
    }

    /** How many recipients this request reminded (those already reminded today are not counted). */
    public record Reminded(int reminded) {
    }

    /**
     * The sender's (or the district's, or the school leadership's) reminder to those who have not acknowledged; a
     * school's leadership reminds their own school's recipients only.
     */
    public Uni<Reminded> remindNow(SignedInPerson person, long directiveId) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, time.zone());
        return pool.withTransaction(conn -> actors.load(conn, person)
                        .chain(actor -> access.requireTracking(conn, actor, directiveId))
                        .chain(relation -> conn.preparedQuery(MANUAL).execute(Tuple.of(directiveId, today,
                                SqlTimes.of(now), relation.trackedSchools())))
                        .chain(rows -> deliver(conn, rows, now)))
                .invoke(sent -> inbox.committed(sent.write()))
                .map(sent -> new Reminded(sent.count()));
    }

    /**
     * The scheduled job's work, for the time given: reminds the recipients of directives whose acknowledgement
     * deadline falls within the configured lead, and the principals of schools that have not answered a report
     * request whose deadline falls within its lead. Returns how many reminders it sent.
     */
    public Uni<Integer> remindDue(Instant now) {
        Tuple params = Tuple.of(SqlTimes.of(now), SqlTimes.of(now.plus(config.ackLead())),
                SqlTimes.of(now.plus(config.reportLead())), time.zone().getId());
        return pool.withTransaction(conn -> conn.preparedQuery(DUE).execute(params)
                        .chain(rows -> deliver(conn, rows, now)))
                .invoke(sent -> inbox.committed(sent.write()))
                .map(Sent::count);
    }

    private Uni<Sent> deliver(SqlConnection conn, Iterable<Row> rows, Instant now) {
        List<Row> reminders = new ArrayList<>();
        rows.forEach(reminders::add);
        if (reminders.isEmpty()) {
            return Uni.createFrom().item(new Sent(0, null));
        }
        InboxTexts texts = inbox.texts();
        List<InboxItem> items = reminders.stream().map(row -> {
            String kind = row.getString("kind");
            String text = kind.equals("REPORT_DUE")
                    ? texts.reportReminder(row.getLong("school_id") == null ? InboxTexts.OFFICE : InboxTexts.SCHOOL,
                            row.getString("document_number"), row.getLocalDate("issued_on"),
                            SqlTimes.instant(row, "report_deadline"))
                    : texts.ackReminder(row.getString("document_number"), row.getLocalDate("issued_on"),
                            row.getString("subject"), SqlTimes.instant(row, "deadline"));
            return InboxItem.post(Participant.staff(row.getLong("staff_id")).toString(), text,
                    InboxTexts.data(row.getLong("directive_id"), "reminder", kind), false);
        }).toList();
        return inbox.post(conn, items, now).call(write -> positions(conn, reminders, write.positions()))
                .call(write -> outbox.enqueue(conn, reaches(reminders, items, write.positions()), now))
                .map(write -> new Sent(reminders.size(), write));
    }

    private static List<Reach> reaches(List<Row> reminders, List<InboxItem> items, List<InboxPosition> positions) {
        List<Reach> reaches = new ArrayList<>(reminders.size());
        for (int i = 0; i < reminders.size(); i++) {
            Row row = reminders.get(i);
            reaches.add(DirectiveReaches.reminder(DirectiveReaches.reminderRef(row.getLong("directive_id"),
                            row.getString("kind"), row.getLocalDate("round")), row.getLong("staff_id"),
                    row.getLong("school_id"), row.getString("document_number"), items.get(i).text(),
                    positions.get(i)));
        }
        return reaches;
    }

    private static Uni<Void> positions(SqlConnection conn, List<Row> reminders, List<InboxPosition> positions) {
        int n = reminders.size();
        Long[] directives = new Long[n];
        Long[] staff = new Long[n];
        String[] kinds = new String[n];
        LocalDate[] rounds = new LocalDate[n];
        Long[] conversations = new Long[n];
        Long[] seqs = new Long[n];
        for (int i = 0; i < n; i++) {
            Row row = reminders.get(i);
            directives[i] = row.getLong("directive_id");
            staff[i] = row.getLong("staff_id");
            kinds[i] = row.getString("kind");
            rounds[i] = row.getLocalDate("round");
            conversations[i] = positions.get(i).conversationId();
            seqs[i] = positions.get(i).seq();
        }
        return conn.preparedQuery(POSITIONS).execute(Tuple.of(directives, staff, kinds, rounds, conversations, seqs))
                .replaceWithVoid();
    }

    private record Sent(int count, InboxWrite write) {
    }
}
