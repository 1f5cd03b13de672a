package vn.lienlac.adoption;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.Map;
import vn.lienlac.adoption.InvitationFigures.Invited;

/**
 * Invited, and activated after invitation, per school and per class of the current school year: the people the
 * figures count ({@link AdoptionQueries}, same rules and direct reads) joined with the school's invitations.
 * "Activated after invitation": the first sign-in of the person's account is at or after their first invitation by
 * a campaign of this school.
 */
@ApplicationScoped
class InvitationCounts {

    /** School $1 (code), school year $2. One row per class (grouped) and one for the school (class_id null, all = true). */
    private static final String COUNTS = """
            WITH sch AS (SELECT id FROM school WHERE code = $1),
            firsts AS (
                SELECT i.participant, min(i.invited_at) AS first_at
                FROM invitation i JOIN invitation_campaign ic ON ic.id = i.campaign_id
                WHERE ic.school_id = (SELECT id FROM sch)
                GROUP BY i.participant
            ),
            cls AS (
                SELECT c.id, c.homeroom_staff_id FROM school_class c
                WHERE c.school_id = (SELECT id FROM sch) AND c.school_year = $2 AND c.active
            ),
            guardian_links AS (
                SELECT g.id AS person, e.class_id, a.first_sign_in_at >= f.first_at AS after
                FROM student s
                JOIN student_guardian sg ON sg.student_id = s.id AND sg.active
                JOIN guardian g ON g.id = sg.guardian_id AND g.active
                JOIN firsts f ON f.participant = directory_participant_of_guardian(g.id)
                LEFT JOIN enrollment e ON e.student_id = s.id AND e.active AND e.class_id IN (SELECT id FROM cls)
                LEFT JOIN account a ON a.phone = g.phone AND a.first_sign_in_at IS NOT NULL
                WHERE s.school_id = (SELECT id FROM sch) AND s.active
            ),
            staff_people AS (
                SELECT st.id AS person, f.first_at,
                       (SELECT min(a.first_sign_in_at) FROM account a
                        WHERE a.phone = st.phone OR a.staff_code = st.staff_code) >= f.first_at AS after
                FROM staff st JOIN firsts f ON f.participant = directory_participant_of_staff(st.id)
                WHERE st.school_id = (SELECT id FROM sch) AND st.active
            ),
            staff_links AS (
                SELECT sp.person, NULL::bigint AS class_id, sp.after FROM staff_people sp
                UNION ALL
                SELECT sp.person, cs.class_id, sp.after FROM staff_people sp JOIN (
                    SELECT id AS class_id, homeroom_staff_id AS staff_id FROM cls WHERE homeroom_staff_id IS NOT NULL
                    UNION
                    SELECT ta.class_id, ta.staff_id FROM teaching_assignment ta
                    WHERE ta.active AND ta.class_id IN (SELECT id FROM cls)) cs ON cs.staff_id = sp.person
            ),
            guardian_f AS (
                SELECT GROUPING(class_id) = 1 AS whole, class_id, count(DISTINCT person) AS invited,
                       count(DISTINCT person) FILTER (WHERE after) AS after
                FROM guardian_links GROUP BY GROUPING SETS ((class_id), ())
            ),
            staff_f AS (
                SELECT class_id IS NULL AS whole, class_id, count(DISTINCT person) AS invited,
                       count(DISTINCT person) FILTER (WHERE after) AS after
                FROM staff_links GROUP BY class_id
            )
            SELECT coalesce(gf.whole, sf.whole) AS whole, coalesce(gf.class_id, sf.class_id) AS class_id,
                   coalesce(gf.invited, 0) AS guardians_invited, coalesce(gf.after, 0) AS guardians_after,
                   coalesce(sf.invited, 0) AS staff_invited, coalesce(sf.after, 0) AS staff_after
            FROM (SELECT * FROM guardian_f WHERE whole OR class_id IS NOT NULL) gf
            FULL JOIN staff_f sf ON sf.whole = gf.whole AND sf.class_id IS NOT DISTINCT FROM gf.class_id""";

    /** A school's invitation figures, and its classes' by class id (classes nobody was invited from are absent). */
    record Counts(InvitationFigures school, Map<Long, InvitationFigures> classes) {
    }

    private final Pool pool;

    InvitationCounts(Pool pool) {
        this.pool = pool;
    }

    Uni<Counts> school(String schoolCode, String schoolYear) {
        return pool.preparedQuery(COUNTS).execute(Tuple.of(schoolCode, schoolYear)).map(rows -> {
            InvitationFigures school = InvitationFigures.NONE;
            Map<Long, InvitationFigures> classes = new HashMap<>();
            for (Row row : rows) {
                InvitationFigures figures = new InvitationFigures(
                        new Invited(row.getLong("guardians_invited"), row.getLong("guardians_after")),
                        new Invited(row.getLong("staff_invited"), row.getLong("staff_after")));
                if (row.getBoolean("whole")) {
                    school = figures;
                } else {
                    classes.put(row.getLong("class_id"), figures);
                }
            }
            return new Counts(school, classes);
        });
    }
}
