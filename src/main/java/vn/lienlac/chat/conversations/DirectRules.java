package vn.lienlac.chat.conversations;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlClient;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.lienlac.directory.Participant;

/**
 * Who may open a direct conversation with whom, from the school relationships in the directory (active rows only):
 * <ul>
 *   <li>a member of staff who teaches a student (an active teaching assignment in, or the homeroom of, the student's
 *       active class) and that student's active guardians;</li>
 *   <li>two guardians who both have an active child actively enrolled in one active class;</li>
 *   <li>two active members of staff of one school;</li>
 *   <li>the principal or a vice principal of a school and the active district officers of its district office.</li>
 * </ul>
 * Nobody else, never oneself, and not someone who has blocked the opener ({@code chat_block}). Each relationship is
 * written once and read from both ends, so the rules are symmetric by construction; only blocks have a direction.
 * Staff count as active when their row and their school (if any) are; classes when their row and their school are.
 */
@ApplicationScoped
public class DirectRules {

    /**
     * Common table expressions ending in {@code allowed(source, target)}: the pairs of participants (as text) where
     * the source, one of {@code $3} (guardian ids {@code $1}, staff ids {@code $2}), may open a direct conversation
     * with the target; {@code $4} restricts the targets (null: anyone). Other queries build on this.
     *
     * <p>{@code teaching(staff_id, class_id)} and {@code family(guardian_id, class_id)} are the two halves of every
     * class relationship, each with all its activity conditions; the sources' own classes are found first (a handful
     * of rows), and everything else is an index lookup from them, so the cost follows the size of the sources'
     * classes and schools, not of the directory.
     */
    static final String ALLOWED_CTES = """
            active_staff AS NOT MATERIALIZED (
                SELECT s.id, s.school_id, s.district_office_id, s.role
                FROM directory_active_staff s
                WHERE NOT (s.role = 'DISTRICT_OFFICER' AND s.school_id IS NOT NULL)),
            teaching AS NOT MATERIALIZED (
                SELECT t.staff_id, t.class_id
                FROM (SELECT ta.staff_id, ta.class_id FROM directory_teaching_assignments ta
                      UNION ALL
                      SELECT c.homeroom_staff_id, c.id FROM directory_classes c WHERE c.homeroom_staff_id IS NOT NULL) t
                JOIN active_staff s ON s.id = t.staff_id
                JOIN directory_classes c ON c.id = t.class_id AND c.active
                JOIN directory_schools sc ON sc.id = c.school_id AND sc.active),
            family AS NOT MATERIALIZED (
                SELECT gc.guardian_id, gc.class_id
                FROM directory_guardian_children gc
                JOIN directory_guardians g ON g.id = gc.guardian_id AND g.active
                JOIN directory_classes c ON c.id = gc.class_id AND c.active
                JOIN directory_schools sc ON sc.id = c.school_id AND sc.active),
            source_class AS MATERIALIZED (
                SELECT directory_participant_of_guardian(guardian_id) AS source, class_id, true AS guardian
                FROM family WHERE guardian_id = ANY($1::bigint[])
                UNION
                SELECT directory_participant_of_staff(staff_id), class_id, false
                FROM teaching WHERE staff_id = ANY($2::bigint[])),
            principal_officer AS NOT MATERIALIZED (
                SELECT p.id AS principal_id, o.id AS officer_id
                FROM active_staff p
                JOIN directory_schools sc ON sc.id = p.school_id
                JOIN active_staff o ON o.district_office_id = sc.district_office_id AND o.role = 'DISTRICT_OFFICER'
                WHERE p.role IN ('PRINCIPAL', 'VICE_PRINCIPAL')),
            pairs AS MATERIALIZED (
                SELECT sc.source, directory_participant_of_staff(t.staff_id) AS target
                FROM source_class sc JOIN teaching t ON t.class_id = sc.class_id WHERE sc.guardian
                UNION
                SELECT sc.source, directory_participant_of_guardian(f.guardian_id)
                FROM source_class sc JOIN family f ON f.class_id = sc.class_id
                UNION
                SELECT directory_participant_of_staff(a.id), directory_participant_of_staff(b.id)
                FROM active_staff a JOIN active_staff b ON b.school_id = a.school_id WHERE a.id = ANY($2::bigint[])
                UNION
                SELECT directory_participant_of_staff(principal_id), directory_participant_of_staff(officer_id)
                FROM principal_officer WHERE principal_id = ANY($2::bigint[])
                UNION
                SELECT directory_participant_of_staff(officer_id), directory_participant_of_staff(principal_id)
                FROM principal_officer WHERE officer_id = ANY($2::bigint[])),
            allowed AS (
                SELECT p.source, p.target FROM pairs p
                WHERE p.target <> ALL($3::text[])
                  AND ($4::text[] IS NULL OR p.target = ANY($4::text[]))
                  AND NOT EXISTS (SELECT 1 FROM chat_block b WHERE b.blocker = p.target AND b.blocked = p.source))""";

    private static final String ALLOWED = "WITH " + ALLOWED_CTES + " SELECT source, target FROM allowed";

    /** May {@code from} open a direct conversation with {@code to}? */
    public Uni<Boolean> allows(SqlClient client, Participant from, Participant to) {
        return allowedPairs(client, List.of(from), List.of(to))
                .map(pairs -> pairs.getOrDefault(from, Set.of()).contains(to));
    }

    /** The first of {@code from} (in list order) that may open a direct conversation with {@code to}, or null. */
    public Uni<Participant> firstAllowed(SqlClient client, List<Participant> from, Participant to) {
        return allowedPairs(client, from, List.of(to)).map(pairs -> from.stream()
                .filter(source -> pairs.getOrDefault(source, Set.of()).contains(to))
                .findFirst().orElse(null));
    }

    /** Those of {@code candidates} that {@code from} may open a direct conversation with. */
    public Uni<Set<Participant>> allowedAmong(SqlClient client, Participant from, Collection<Participant> candidates) {
        return allowedPairs(client, List.of(from), candidates)
                .map(pairs -> pairs.getOrDefault(from, Set.of()));
    }

    /**
     * For each of {@code from}, those of {@code candidates} it may open a direct conversation with, in one query.
     * A target that is one of {@code from} is never allowed (one person's participants do not talk to each other).
     *
     * @return sources without any allowed candidate are absent
     */
    public Uni<Map<Participant, Set<Participant>>> allowedPairs(SqlClient client, List<Participant> from,
            Collection<Participant> candidates) {
        if (from.isEmpty() || candidates.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return client.preparedQuery(ALLOWED).execute(parameters(from, candidates)).map(rows -> {
            Map<Participant, Set<Participant>> pairs = new LinkedHashMap<>();
            for (Row row : rows) {
                pairs.computeIfAbsent(Participant.parse(row.getString("source")), key -> new LinkedHashSet<>())
                        .add(Participant.parse(row.getString("target")));
            }
            return pairs;
        });
    }

    /** {@code $1}–{@code $4} of {@link #ALLOWED_CTES}; null candidates: anyone. */
    static Tuple parameters(List<Participant> from, Collection<Participant> candidates) {
        Long[] guardians = from.stream().filter(Participant::isGuardian).map(Participant::id).toArray(Long[]::new);
        Long[] staff = from.stream().filter(Participant::isStaff).map(Participant::id).toArray(Long[]::new);
        String[] sources = from.stream().map(Participant::toString).toArray(String[]::new);
        String[] targets = candidates == null ? null
                : candidates.stream().map(Participant::toString).distinct().toArray(String[]::new);
        return Tuple.of(guardians, staff, sources, targets);
    }
}
