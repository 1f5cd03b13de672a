package vn.lienlac.chat;

import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Set;
import vn.lienlac.directory.TestSchools;
import vn.lienlac.directory.rest.PeopleFixtures;
import vn.lienlac.identity.session.TestSessions;

/**
 * Chat people and conversations made with plain SQL, with live-session tokens. Codes and phones are random (tests
 * share one database). Blocking on purpose: call it from test methods.
 */
@ApplicationScoped
public class ChatFixtures {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final TestSchools schools;
    private final PeopleFixtures people;
    private final TestSessions sessions;
    private final Pool pool;

    public ChatFixtures(TestSchools schools, PeopleFixtures people, TestSessions sessions, Pool pool) {
        this.schools = schools;
        this.people = people;
        this.sessions = sessions;
        this.pool = pool;
    }

    /** A person of the directory who can connect: their participant and an access token. */
    public record Person(String participant, String phone, String token) {
    }

    /** An active guardian of an active student of a new school. */
    public Person guardian(String name) {
        String phone = PeopleFixtures.phone();
        String school = schools.newSchool();
        long student = people.student(school, PeopleFixtures.code("HS"), "Lê Minh Khôi", true);
        long guardian = people.guardian(phone, name);
        people.link(student, guardian, "MOTHER", true);
        return new Person("g:" + guardian, phone, sessions.open(phone, null, Set.of()).accessToken());
    }

    /** An access token for this person that expires {@code ttl} from now. */
    public String shortLivedToken(Person person, Duration ttl) {
        return sessions.open(person.phone(), null, Set.of(), ttl).accessToken();
    }

    /** An active teacher of a new school. */
    public Person teacher(String name) {
        String phone = PeopleFixtures.phone();
        String code = PeopleFixtures.code("GV");
        long staff = people.staff(schools.newSchool(), code, name, "TEACHER", phone, true);
        return new Person("s:" + staff, phone, sessions.open(phone, code, Set.of()).accessToken());
    }

    /** A conversation of this kind with these active members; returns its id. */
    public long conversation(String kind, Person... members) {
        String directKey = kind.equals("DIRECT") ? members[0].participant() + "|" + members[1].participant() : null;
        long id = pool.preparedQuery("INSERT INTO conversation (kind, title, direct_key, created_at) "
                        + "VALUES ($1, 'Nhóm thử', $2, now()) RETURNING id")
                .execute(Tuple.of(kind, directKey)).await().atMost(TIMEOUT).iterator().next().getLong(0);
        for (Person member : members) {
            addMember(id, member);
        }
        return id;
    }

    public void addMember(long conversationId, Person member) {
        execute("INSERT INTO conversation_member (conversation_id, participant, source, joined_at) "
                + "VALUES ($1, $2, 'MANUAL', now())", conversationId, member.participant());
    }

    public long count(String sql, Object... params) {
        return schools.count(sql, params);
    }

    public void execute(String sql, Object... params) {
        pool.preparedQuery(sql).execute(Tuple.from(params)).await().atMost(TIMEOUT);
    }
}
