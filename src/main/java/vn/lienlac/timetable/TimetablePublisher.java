package vn.lienlac.timetable;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.lienlac.chat.inbox.InboxWrite;
import vn.lienlac.directory.Rosters;
import vn.lienlac.directory.Rosters.RosterSchool;
import vn.lienlac.directory.text.VietnameseText;
import vn.lienlac.platform.locks.LockNamespace;
import vn.lienlac.timetable.Published.ClassOutcome;
import vn.lienlac.timetable.TimetableStore.ClassRef;
import vn.lienlac.timetable.TimetableStore.InForce;

/**
 * Publishes class weeks from a week on, in one transaction under the school's timetable lock: each class's new week
 * is compared with the one in force that week; an identical week stores nothing and tells nobody; a new or changed
 * one is stored (replacing a version of that same week) and its class's guardians are told once, with what changed.
 */
@ApplicationScoped
class TimetablePublisher {

    /**
     * One class's new week.
     *
     * @param rows for a week entered in the app, each slot's cell (from 1): its changed lessons are checked for busy
     *             teachers ({@link TeacherClashes}); null for a file
     */
    record Target(ClassRef ref, Week week, Map<Slot, Integer> rows) {

        Target(ClassRef ref, Week week) {
            this(ref, week, null);
        }
    }

    private final TimetableStore store;
    private final TimetableNotices notices;
    private final TeacherClashes clashes;
    private final Rosters rosters;
    private final Pool pool;
    private final Clock clock;

    TimetablePublisher(TimetableStore store, TimetableNotices notices, TeacherClashes clashes, Rosters rosters,
            Pool pool, Clock clock) {
        this.store = store;
        this.notices = notices;
        this.clashes = clashes;
        this.rosters = rosters;
        this.pool = pool;
        this.clock = clock;
    }

    Uni<Published> publish(RosterSchool school, LocalDate weekOf, List<Target> targets, String source, String actor,
            boolean dryRun) {
        Instant now = clock.instant();
        if (dryRun) {
            return store.staffByName(school.id()).chain(staff -> Multi.createFrom().iterable(targets)
                    .onItem().transformToUniAndConcatenate(t -> store.inForce(t.ref().id(), weekOf)
                            .call(before -> clashes.check(pool, school.id(), weekOf, t, before, teachers(t.week(),
                                    staff)))
                            .map(before -> outcome(t, before, 0)))
                    .collect().asList().map(classes -> new Published(weekOf, true, classes)));
        }
        return store.staffByName(school.id()).chain(staff -> pool.withTransaction(conn ->
                        LockNamespace.TIMETABLE_PUBLISH.lock(conn, Math.toIntExact(school.id()))
                                .chain(() -> Multi.createFrom().iterable(targets)
                                        .onItem().transformToUniAndConcatenate(t -> one(conn, school, weekOf, t,
                                                staff, source, actor, now))
                                        .collect().asList())))
                .map(done -> {
                    List<ClassOutcome> classes = new ArrayList<>();
                    for (Done d : done) {
                        notices.committed(d.write());
                        classes.add(d.outcome());
                    }
                    return new Published(weekOf, false, classes);
                });
    }

    private Uni<Done> one(SqlConnection conn, RosterSchool school, LocalDate weekOf, Target t,
            Map<String, Long> staff, String source, String actor, Instant now) {
        return store.inForce(conn, t.ref().id(), weekOf).chain(before -> {
            if (before != null && before.week().equals(t.week())) {
                return Uni.createFrom().item(new Done(outcome(t, before, 0), null));
            }
            Map<Slot, Long> teachers = teachers(t.week(), staff);
            return clashes.check(conn, school.id(), weekOf, t, before, teachers)
                    .chain(() -> store.save(conn, t.ref(), weekOf, t.week(), teachers, source, actor, now))
                    .chain(saved -> guardians(school.id(), t.ref().id()).chain(guardians -> {
                        String text = before == null ? TimetableTexts.published(t.ref().name(), weekOf)
                                : TimetableTexts.changed(t.ref().name(), weekOf, Changes.between(before.week(),
                                        t.week()));
                        var told = new TimetableNotices.Told(school.id(), school.name(), t.ref().id(),
                                t.ref().name(), weekOf, saved[0], saved[1], text);
                        return notices.toGuardians(conn, guardians, told, now)
                                .map(write -> new Done(outcome(t, before, guardians.size()), write));
                    }));
        });
    }

    private Uni<List<Long>> guardians(long schoolId, long classId) {
        return rosters.activeStudents(schoolId, classId).map(students -> {
            Set<Long> ids = new LinkedHashSet<>();
            students.values().forEach(s -> ids.addAll(s.guardianIds()));
            return List.copyOf(ids);
        });
    }

    private static Map<Slot, Long> teachers(Week week, Map<String, Long> staff) {
        Map<Slot, Long> ids = new HashMap<>();
        week.lessons().forEach((slot, lesson) -> {
            Long id = lesson.teacher() == null ? null : staff.get(VietnameseText.searchKey(lesson.teacher()));
            if (id != null) {
                ids.put(slot, id);
            }
        });
        return ids;
    }

    private static ClassOutcome outcome(Target t, InForce before, int notified) {
        if (before == null) {
            return new ClassOutcome(t.ref().id(), t.ref().name(), "NEW", t.week().lessons().size(), List.of(),
                    notified);
        }
        List<String> changes = Changes.between(before.week(), t.week());
        return new ClassOutcome(t.ref().id(), t.ref().name(), changes.isEmpty() ? "UNCHANGED" : "CHANGED",
                t.week().lessons().size(), changes, notified);
    }

    private record Done(ClassOutcome outcome, InboxWrite write) {
    }
}
