package vn.lienlac.adoption;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import vn.lienlac.directory.Participant;
import vn.lienlac.platform.sql.SqlTimes;

/**
 * Who an invitation campaign is for: the people of the not-activated list ({@link NotActivatedQueries}, the same
 * rules and the same direct reads), one row per person rather than per student, each with whether an invitation
 * reached them since a given instant (the spacing). Runs in the campaign's transaction.
 */
@ApplicationScoped
public class Invitees {

    /**
     * Not-activated guardians of the school's ($1, an id) active students, once each, with their children's names;
     * the {@code %s} is the class filter; $2 is the start of the spacing.
     */
    private static final String GUARDIANS = """
            SELECT directory_participant_of_guardian(g.id) AS participant, g.phone, g.full_name,
                   string_agg(s.full_name, ', ' ORDER BY s.name_search, s.student_code) AS children,
                   EXISTS (SELECT 1 FROM invitation i WHERE i.participant = directory_participant_of_guardian(g.id)
                           AND i.invited_at > $2) AS recent
            FROM student s
            JOIN student_guardian sg ON sg.student_id = s.id AND sg.active
            JOIN guardian g ON g.id = sg.guardian_id AND g.active
            WHERE s.school_id = $1 AND s.active %s
              AND NOT %s
            GROUP BY g.id, g.phone, g.full_name
            ORDER BY g.id""".formatted("%s", AdoptionQueries.GUARDIAN_ACTIVATED);

    /** Not-activated active staff of the school ($1), with the same spacing flag ($2). */
    private static final String STAFF = """
            SELECT directory_participant_of_staff(st.id) AS participant, st.phone, st.full_name, NULL AS children,
                   EXISTS (SELECT 1 FROM invitation i WHERE i.participant = directory_participant_of_staff(st.id)
                           AND i.invited_at > $2) AS recent
            FROM staff st
            WHERE st.school_id = $1 AND st.active AND NOT %s
            ORDER BY st.id""".formatted(AdoptionQueries.STAFF_ACTIVATED);

    private static final String CLASS_FILTER = """
            AND EXISTS (SELECT 1 FROM enrollment e WHERE e.student_id = s.id AND e.active AND e.class_id = $3)""";

    /**
     * One person to invite. Holds a phone number and names: keep it out of logs.
     *
     * @param phone           E.164, or null (staff without a number on record)
     * @param children        a guardian's children at the school (or in the class), by name; null for staff
     * @param recentlyInvited an invitation reached them within the spacing
     */
    public record Invitee(Participant participant, String phone, String fullName, String children,
            boolean recentlyInvited) {

        @Override
        public String toString() {
            return "Invitee[" + participant + "]";
        }
    }

    /** The school's not-activated staff, then its guardians. */
    public Uni<List<Invitee>> school(SqlConnection conn, long schoolId, Instant spacingStart) {
        Tuple params = Tuple.of(schoolId, SqlTimes.of(spacingStart));
        return conn.preparedQuery(STAFF).execute(params).chain(staff -> conn.preparedQuery(GUARDIANS.formatted(""))
                .execute(params).map(guardians -> {
                    List<Invitee> all = invitees(staff);
                    all.addAll(invitees(guardians));
                    return all;
                }));
    }

    /** The not-activated guardians of the class's students (its teachers are the school's to invite). */
    public Uni<List<Invitee>> classGuardians(SqlConnection conn, long schoolId, long classId, Instant spacingStart) {
        return conn.preparedQuery(GUARDIANS.formatted(CLASS_FILTER))
                .execute(Tuple.of(schoolId, SqlTimes.of(spacingStart), classId)).map(Invitees::invitees);
    }

    private static List<Invitee> invitees(Iterable<Row> rows) {
        List<Invitee> list = new ArrayList<>();
        for (Row row : rows) {
            list.add(new Invitee(Participant.parse(row.getString("participant")), row.getString("phone"),
                    row.getString("full_name"), row.getString("children"), row.getBoolean("recent")));
        }
        return list;
    }
}
