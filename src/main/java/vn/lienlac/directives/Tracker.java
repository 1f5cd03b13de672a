package vn.lienlac.directives;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import vn.lienlac.directory.Participant;
import vn.lienlac.chat.inbox.InboxMarks;
import vn.lienlac.chat.inbox.Inboxes;
import vn.lienlac.directives.TrackingViews.Cascade;
import vn.lienlac.directives.TrackingViews.CascadeDistrict;
import vn.lienlac.directives.TrackingViews.CascadeSchool;
import vn.lienlac.directives.TrackingViews.Counts;
import vn.lienlac.directives.TrackingViews.RecipientView;
import vn.lienlac.directives.TrackingViews.SchoolCounts;
import vn.lienlac.directives.TrackingViews.Tracking;
import vn.lienlac.directory.model.StaffRole;
import vn.lienlac.identity.SignedInPerson;
import vn.lienlac.platform.error.ApiException;
import vn.lienlac.platform.sql.SqlTimes;

/**
 * The sender's view of a directive (per recipient and per school: delivered, read, acknowledged, overdue) and the
 * district's cascade (per school: forwarded or not, and how far the forwards reached). Delivered comes from two
 * places: the recipient listed it over REST, or their chat client marked the inbox item delivered
 * ({@link Inboxes#marks}); the chat tables themselves are never read here.
 */
@ApplicationScoped
public class Tracker {

    static final String NOT_DISTRICT = "Chỉ văn bản của Sở GDĐT hoặc Phòng GDĐT mới có sơ đồ chuyển "
            + "tiếp.";

    private static final String COPIES = """
            SELECT r.directive_id, r.staff_id, r.inbox_conversation_id, r.inbox_seq, r.fetched_at, r.read_at,
                   r.acknowledged_at, d.requires_ack, d.deadline, d.created_at AS sent_at,
                   st.staff_code, st.full_name, st.role, sc.id AS school_id,
                   coalesce(sc.code, dof.code) AS school_code, coalesce(sc.name, dof.name) AS school_name,
                   coalesce(r.district_office_id, sc.district_office_id) AS district_id,
                   (SELECT max(m.sent_at) FROM directive_reminder m
                    WHERE m.directive_id = r.directive_id AND m.staff_id = r.staff_id) AS reminded_at
            FROM directive d
            JOIN directive_recipient r ON r.directive_id = d.id
            JOIN directory_staff st ON st.id = r.staff_id
            LEFT JOIN directory_schools sc ON sc.id = r.school_id
            LEFT JOIN directory_district_offices dof ON dof.id = r.district_office_id
            WHERE %s AND ($2::bigint[] IS NULL OR r.school_id = ANY($2)
                           OR coalesce(r.district_office_id, sc.district_office_id) = ANY($3::bigint[]))
            ORDER BY r.school_id IS NOT NULL, coalesce(sc.code, dof.code), st.full_name, st.id""";

    private static final String DIRECTIVE = "SELECT id, parent_id, school_id, department_id, requires_ack, deadline"
            + " FROM directive WHERE id = $1";

    /** A department directive's forwards by district offices, per office. */
    private static final String OFFICE_FORWARDS = """
            SELECT c.district_office_id, count(*) AS forwards, min(c.created_at) AS first_at
            FROM directive c WHERE c.parent_id = $1 AND c.school_id IS NULL
            GROUP BY c.district_office_id""";

    /** The copies of the district offices' forwards of a department directive ($1). */
    private static final String OF_OFFICE_FORWARDS = "d.parent_id = $1 AND d.school_id IS NULL";
    /** The copies of the schools' forwards of those. */
    private static final String OF_SCHOOL_FORWARDS_BELOW = """
            d.parent_id IN (SELECT c.id FROM directive c WHERE c.parent_id = $1 AND c.school_id IS NULL)""";

    private static final String FORWARDS = """
            SELECT c.school_id, count(*) AS forwards, min(c.created_at) AS first_at
            FROM directive c WHERE c.parent_id = $1 AND ($2::bigint[] IS NULL OR c.school_id = ANY($2)
                   OR c.school_id IN (SELECT s.id FROM directory_schools s
                                      WHERE s.district_office_id = ANY($3::bigint[])))
            GROUP BY c.school_id""";

    private final Pool pool;
    private final Actors actors;
    private final AccessQueries access;
    private final Inboxes inboxes;
    private final Clock clock;

    public Tracker(Pool pool, Actors actors, AccessQueries access, Inboxes inboxes, Clock clock) {
        this.pool = pool;
        this.actors = actors;
        this.access = access;
        this.inboxes = inboxes;
        this.clock = clock;
    }

    /**
     * Per recipient and per school; the leadership of a recipient school sees their school's recipients only, the
     * officers of a district office that received a department's directive their office and their district's schools.
     */
    public Uni<Tracking> tracking(SignedInPerson person, long id) {
        Instant now = clock.instant();
        return actors.load(pool, person).chain(actor -> access.requireFollowing(pool, actor, id))
                .chain(relation -> Uni.combine().all().unis(
                        pool.preparedQuery(DIRECTIVE).execute(Tuple.of(id)).map(rows -> rows.iterator().next()),
                        copies("r.directive_id = $1", id, new Scope(relation), now))
                        .with((directive, copies) -> {
                            Map<String, List<Copy>> bySchool = copies.stream().collect(Collectors.groupingBy(
                                    Copy::schoolCode, LinkedHashMap::new, Collectors.toList()));
                            List<SchoolCounts> schools = bySchool.values().stream().map(list -> new SchoolCounts(
                                    list.get(0).schoolCode(), list.get(0).schoolName(), counts(list))).toList();
                            return new Tracking(id, SqlTimes.instant(directive, "deadline"),
                                    directive.getBoolean("requires_ack"), counts(copies), schools,
                                    copies.stream().map(Copy::view).toList());
                        }));
    }

    /**
     * The cascade of a district's directive, per recipient school, or of a department's, per district office and per
     * school reached directly (only their own school for a school's leadership, only their own office and district's
     * schools for the officers of a district office it reached).
     */
    public Uni<Cascade> cascade(SignedInPerson person, long id) {
        Instant now = clock.instant();
        return actors.load(pool, person).chain(actor -> access.requireFollowing(pool, actor, id)).chain(relation -> {
            if (relation.schoolId() != null) {
                throw ApiException.badRequest(NOT_DISTRICT);
            }
            Scope scope = new Scope(relation);
            return pool.preparedQuery(DIRECTIVE).execute(Tuple.of(id)).chain(rows ->
                    rows.iterator().next().getLong("department_id") == null ? schoolsCascade(id, scope, now)
                            : departmentCascade(id, scope, now));
        });
    }

    /**
     * A department directive's cascade: per district office it went to (its officers, its forwards to its schools,
     * the principals and then the staff those reached), and the schools it went to directly. A school's leadership
     * (tracking only their school) sees their school only; a receiving office's officers their own district.
     */
    private Uni<Cascade> departmentCascade(long id, Scope scope, Instant now) {
        Scope below = scope.districtsOnly();
        boolean none = scope.nothingBelow();
        Uni<List<Copy>> officers = none ? Uni.createFrom().item(List.of())
                : copies("r.directive_id = $1 AND r.district_office_id IS NOT NULL", id, below, now);
        Uni<List<Copy>> principals = none ? Uni.createFrom().item(List.of())
                : copies(OF_OFFICE_FORWARDS, id, below, now);
        Uni<List<Copy>> staff = none ? Uni.createFrom().item(List.of())
                : copies(OF_SCHOOL_FORWARDS_BELOW, id, below, now);
        Uni<Map<Long, Row>> forwards = pool.preparedQuery(OFFICE_FORWARDS).execute(Tuple.of(id)).map(rows -> {
            Map<Long, Row> byOffice = new HashMap<>();
            rows.forEach(row -> byOffice.put(row.getLong("district_office_id"), row));
            return byOffice;
        });
        return Uni.combine().all().unis(officers, principals, staff, forwards,
                schoolsCascade(id, scope, now, "r.directive_id = $1 AND r.school_id IS NOT NULL"))
                .with((officerCopies, principalCopies, staffCopies, byOffice, direct) -> {
                    Map<Long, List<Copy>> principalsByDistrict = principalCopies.stream()
                            .collect(Collectors.groupingBy(Copy::districtId));
                    Map<Long, List<Copy>> staffByDistrict = staffCopies.stream()
                            .collect(Collectors.groupingBy(Copy::districtId));
                    Map<Long, List<Copy>> byDistrict = officerCopies.stream().collect(Collectors.groupingBy(
                            Copy::districtId, LinkedHashMap::new, Collectors.toList()));
                    List<CascadeDistrict> offices = new ArrayList<>();
                    byDistrict.forEach((districtId, copies) -> {
                        Row forward = byOffice.get(districtId);
                        List<Copy> reachedStaff = staffByDistrict.getOrDefault(districtId, List.of());
                        offices.add(new CascadeDistrict(copies.get(0).schoolCode(), copies.get(0).schoolName(),
                                copies.stream().map(Copy::view).toList(), forward != null,
                                forward == null ? 0 : forward.getLong("forwards").intValue(),
                                forward == null ? null : SqlTimes.instant(forward, "first_at"),
                                counts(perPerson(principalsByDistrict.getOrDefault(districtId, List.of()))),
                                (int) reachedStaff.stream().map(Copy::schoolId).distinct().count(),
                                counts(perPerson(reachedStaff))));
                    });
                    int forwarded = (int) offices.stream().filter(CascadeDistrict::forwarded).count();
                    return new Cascade(id, direct.schools(), direct.forwardedSchools(), direct.cascade(),
                            offices.size(), forwarded, offices);
                });
    }

    /** Per recipient school: its principals' copies, its forwards, and their reach. */
    private Uni<Cascade> schoolsCascade(long id, Scope scope, Instant now) {
        return schoolsCascade(id, scope, now, "r.directive_id = $1");
    }

    private Uni<Cascade> schoolsCascade(long id, Scope scope, Instant now, String recipients) {
            return Uni.combine().all().unis(
                    copies(recipients, id, scope, now),
                    copies("d.parent_id = $1 AND d.school_id IS NOT NULL", id, scope, now),
                    pool.preparedQuery(FORWARDS).execute(Tuple.of(id, scope.schools(), scope.districts()))
                            .map(rows -> {
                        Map<Long, Row> bySchool = new HashMap<>();
                        rows.forEach(row -> {
                            if (row.getLong("school_id") != null) {
                                bySchool.put(row.getLong("school_id"), row);
                            }
                        });
                        return bySchool;
                    }))
                    .with((principals, reached, forwards) -> cascade(id, principals, reached, forwards));
    }

    private static Cascade cascade(long id, List<Copy> principals, List<Copy> reached, Map<Long, Row> forwards) {
        Map<Long, List<Copy>> reachBySchool = reached.stream().collect(Collectors.groupingBy(Copy::schoolId));
        Map<Long, List<Copy>> principalsBySchool = principals.stream().collect(Collectors.groupingBy(
                Copy::schoolId, LinkedHashMap::new, Collectors.toList()));
        List<CascadeSchool> schools = new ArrayList<>();
        principalsBySchool.forEach((schoolId, copies) -> {
            Row forward = forwards.get(schoolId);
            schools.add(new CascadeSchool(copies.get(0).schoolCode(), copies.get(0).schoolName(),
                    copies.stream().map(Copy::view).toList(), forward != null,
                    forward == null ? 0 : forward.getLong("forwards").intValue(),
                    forward == null ? null : SqlTimes.instant(forward, "first_at"),
                    counts(perPerson(reachBySchool.getOrDefault(schoolId, List.of())))));
        });
        int forwarded = (int) schools.stream().filter(CascadeSchool::forwarded).count();
        return new Cascade(id, schools.size(), forwarded, schools);
    }

    /** One copy per staff member: the furthest of their copies when several forwards reached them. */
    private static List<Copy> perPerson(List<Copy> copies) {
        Map<Long, Copy> best = new LinkedHashMap<>();
        for (Copy copy : copies) {
            best.merge(copy.staffId(), copy, (a, b) -> a.state().compareTo(b.state()) >= 0 ? a : b);
        }
        return List.copyOf(best.values());
    }

    private Uni<List<Copy>> copies(String where, long id, Scope scope, Instant now) {
        return pool.preparedQuery(COPIES.formatted(where)).execute(Tuple.of(id, scope.schools(), scope.districts()))
                .chain(rows -> {
            List<Row> list = new ArrayList<>();
            rows.forEach(list::add);
            Set<String> owners = list.stream().map(row -> Participant.staff(row.getLong("staff_id")).toString())
                    .collect(Collectors.toSet());
            return marks(owners).map(marks -> list.stream().map(row -> copy(row, marks, now)).toList());
        });
    }

    private Uni<Map<String, InboxMarks>> marks(Collection<String> owners) {
        return owners.isEmpty() ? Uni.createFrom().item(Map.of()) : inboxes.marks(owners);
    }

    private static Copy copy(Row row, Map<String, InboxMarks> marks, Instant now) {
        long staffId = row.getLong("staff_id");
        InboxMarks mark = marks.get(Participant.staff(staffId).toString());
        boolean delivered = row.getValue("fetched_at") != null || (mark != null
                && mark.conversationId() == row.getLong("inbox_conversation_id")
                && Math.max(mark.deliveredSeq(), mark.readSeq()) >= row.getLong("inbox_seq"));
        Instant read = SqlTimes.instant(row, "read_at");
        Instant ack = SqlTimes.instant(row, "acknowledged_at");
        RecipientState state = RecipientState.of(delivered, read, ack);
        boolean overdue = RecipientState.overdue(row.getBoolean("requires_ack"), SqlTimes.instant(row, "deadline"),
                ack, now);
        RecipientView view = new RecipientView(row.getString("staff_code"), row.getString("full_name"),
                StaffRole.valueOf(row.getString("role")).label(), row.getString("school_code"), state, read, ack,
                overdue, SqlTimes.instant(row, "reminded_at"));
        return new Copy(staffId, row.getLong("school_id"), row.getLong("district_id"), row.getString("school_code"),
                row.getString("school_name"), state, overdue, view);
    }

    private static Counts counts(List<Copy> copies) {
        int delivered = 0;
        int read = 0;
        int ack = 0;
        int overdue = 0;
        for (Copy copy : copies) {
            delivered += copy.state().compareTo(RecipientState.DELIVERED) >= 0 ? 1 : 0;
            read += copy.state().compareTo(RecipientState.READ) >= 0 ? 1 : 0;
            ack += copy.state() == RecipientState.ACKNOWLEDGED ? 1 : 0;
            overdue += copy.overdue() ? 1 : 0;
        }
        return new Counts(copies.size(), delivered, read, ack, overdue);
    }

    /**
     * Which copies a caller follows: all (both null), or those of the schools they lead and of the district offices
     * they are officers of that received it, with those districts' schools.
     */
    private record Scope(Long[] schools, Long[] districts) {

        Scope(Access relation) {
            this(relation.trackedSchools(), relation.trackedDistricts());
        }

        /** The same districts, without the schools led (an office's copies and forwards are followed by district). */
        Scope districtsOnly() {
            return schools == null ? this : new Scope(new Long[0], districts);
        }

        /** Nothing below the directly reached schools is followed. */
        boolean nothingBelow() {
            return schools != null && (districts == null || districts.length == 0);
        }
    }

    /** One copy; {@code schoolId} null for a district officer's, whose {@code schoolCode} is then the office's. */
    private record Copy(long staffId, Long schoolId, Long districtId, String schoolCode, String schoolName,
            RecipientState state, boolean overdue, RecipientView view) {
    }
}
