package vn.lienlac.chat.rest;

import static vn.lienlac.directory.rest.PeopleFixtures.code;
import static vn.lienlac.directory.rest.PeopleFixtures.phone;

import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import vn.lienlac.chat.event.EventDraft;
import vn.lienlac.chat.event.EventLog;
import vn.lienlac.directory.TestSchools;
import vn.lienlac.directory.model.SchoolYears;
import vn.lienlac.directory.rest.PeopleFixtures;
import vn.lienlac.identity.Roles;
import vn.lienlac.identity.session.TestSessions;
import vn.lienlac.platform.sql.SqlTimes;

/**
 * People of the directory with live access tokens, and conversations among them written straight to the chat tables
 * (the membership sync is not needed to test moderation). Unique codes: tests share one database. Blocking on
 * purpose: call it from test methods.
 */
@ApplicationScoped
public class ChatPeople {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    /** A person signed in as one participant: {@code g:<id>} or {@code s:<id>}. */
    public record Member(long id, String participant, String token) {
    }

    private final TestSchools schools;
    private final PeopleFixtures people;
    private final TestSessions sessions;
    private final EventLog log;
    private final Pool pool;
    private final Clock clock;

    public ChatPeople(TestSchools schools, PeopleFixtures people, TestSessions sessions, EventLog log, Pool pool,
            Clock clock) {
        this.schools = schools;
        this.people = people;
        this.sessions = sessions;
        this.log = log;
        this.pool = pool;
        this.clock = clock;
    }

    public String school() {
        return schools.newSchool();
    }

    /** A staff member of the school ({@code TEACHER}, {@code PRINCIPAL}, …), signed in by staff code. */
    public Member staff(String school, String role) {
        String staffCode = code("CB");
        long id = people.staff(school, staffCode, "Cán bộ " + staffCode, role, phone(), true);
        return new Member(id, "s:" + id, sessions.open(null, staffCode, Set.of(Roles.TEACHER)).accessToken());
    }

    /** One person holding a staff position in each school, signed in by phone: one token, one member per school. */
    public List<Member> staffInSchools(String role, String... schoolCodes) {
        String phone = phone();
        String token = sessions.open(phone, null, Set.of(Roles.TEACHER)).accessToken();
        return Arrays.stream(schoolCodes).map(school -> {
            long id = people.staff(school, code("CB"), "Cán bộ " + phone.substring(8), role, phone, true);
            return new Member(id, "s:" + id, token);
        }).toList();
    }

    /** A guardian, signed in by phone, with a child at the school (in the class, when one is given). */
    public Member guardian(String school, Long classId) {
        String phone = phone();
        long id = people.guardian(phone, "Phụ huynh " + phone.substring(8));
        long child = people.student(school, code("HS"), "Học sinh " + phone.substring(8), true);
        if (classId != null) {
            people.enroll(child, classId);
        }
        people.link(child, id, "MOTHER", true);
        return new Member(id, "g:" + id, sessions.open(phone, null, Set.of(Roles.GUARDIAN)).accessToken());
    }

    /** A class of the school in the current school year. */
    public long schoolClass(String school, Member homeroomTeacher) {
        return people.schoolClass(school, SchoolYears.current(clock), "6A" + code("").substring(1, 5),
                homeroomTeacher == null ? null : homeroomTeacher.id());
    }

    /** A class group (CLASS) with these active members. */
    public long classGroup(String school, long classId, Member... members) {
        return conversation("CLASS", school, classId, null, members);
    }

    /** A group of the given kind in a school ({@code SCHOOL_STAFF}, {@code CUSTOM}), or none for school null. */
    public long group(String kind, String school, Member... members) {
        return conversation(kind, school, null, null, members);
    }

    /** The direct conversation of two participants. */
    public long direct(Member a, Member b) {
        String key = a.participant().compareTo(b.participant()) < 0
                ? a.participant() + "|" + b.participant() : b.participant() + "|" + a.participant();
        return conversation("DIRECT", null, null, key, a, b);
    }

    /** Marks a member as having left, as the membership sync does. */
    public void remove(long conversationId, Member member) {
        execute("UPDATE conversation_member SET active = false, left_at = now() "
                + "WHERE conversation_id = $1 AND participant = $2", conversationId, member.participant());
    }

    /** Appends a message through the event log; returns its sequence number. */
    public long message(long conversationId, Member sender, String text) {
        return pool.withTransaction(conn -> log.append(conn, conversationId,
                        List.of(EventDraft.message(sender.participant(), code("c"), text, null, null, null)),
                        clock.instant()))
                .await().atMost(TIMEOUT).get(0).seq();
    }

    /** Appends a message carrying an uploaded attachment; returns its sequence number. */
    public long messageWithAttachment(long conversationId, Member sender, UUID attachmentId) {
        return pool.withTransaction(conn -> log.append(conn, conversationId,
                        List.of(EventDraft.message(sender.participant(), code("c"), null, null, attachmentId, null)),
                        clock.instant()))
                .await().atMost(TIMEOUT).get(0).seq();
    }

    /** One row of a query, for assertions. */
    public Row row(String sql, Object... params) {
        return pool.preparedQuery(sql).execute(Tuple.from(params)).await().atMost(TIMEOUT).iterator().next();
    }

    private long conversation(String kind, String school, Long classId, String directKey, Member... members) {
        long id = row("""
                INSERT INTO conversation (kind, school_id, class_id, direct_key, created_at)
                VALUES ($1, (SELECT id FROM school WHERE code = $2), $3, $4, $5) RETURNING id""",
                kind, school, classId, directKey, SqlTimes.of(clock.instant())).getLong("id");
        String[] participants = Arrays.stream(members).map(Member::participant).toArray(String[]::new);
        execute("""
                INSERT INTO conversation_member (conversation_id, participant, source, joined_at)
                SELECT $1, p, 'MANUAL', now() FROM unnest($2::text[]) AS p""", id, participants);
        return id;
    }

    private void execute(String sql, Object... params) {
        pool.preparedQuery(sql).execute(Tuple.from(params)).await().atMost(TIMEOUT);
    }
}
