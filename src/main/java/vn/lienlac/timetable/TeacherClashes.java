package vn.lienlac.timetable;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlClient;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import vn.lienlac.timetable.TimetablePublisher.Target;
import vn.lienlac.timetable.TimetableStore.BusyTeacher;
import vn.lienlac.timetable.TimetableStore.InForce;

/**
 * A teacher in two classes at once (docs/timetable.md): in a week entered in the app, a lesson that differs from the
 * week in force and whose teacher was matched to one of the school's staff is refused when that teacher already has
 * a lesson in another active class of the school in the same slot that week. Lessons left as they were are not
 * checked (a combined class from the school's file stays possible), nor are files.
 */
@ApplicationScoped
class TeacherClashes {

    private final TimetableStore store;

    TeacherClashes(TimetableStore store) {
        this.store = store;
    }

    /** Fails with {@code IMPORT_REJECTED} ({@code TEACHER_BUSY} on each cell) when a changed lesson's teacher is busy. */
    Uni<Void> check(SqlClient conn, long schoolId, LocalDate weekOf, Target t, InForce before,
            Map<Slot, Long> teachers) {
        if (t.rows() == null) {
            return Uni.createFrom().voidItem();
        }
        Map<Slot, Long> changed = new HashMap<>();
        teachers.forEach((slot, staffId) -> {
            Lesson was = before == null ? null : before.week().lessons().get(slot);
            if (!Objects.equals(was, t.week().lessons().get(slot))) {
                changed.put(slot, staffId);
            }
        });
        if (changed.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return store.busy(conn, schoolId, t.ref().id(), weekOf, List.copyOf(new HashSet<>(changed.values())))
                .invoke(busy -> {
                    Map<Integer, TimetableError> errors = new TreeMap<>();
                    for (BusyTeacher b : busy) {
                        if (Long.valueOf(b.staffId()).equals(changed.get(b.slot()))) {
                            int row = t.rows().get(b.slot());
                            errors.putIfAbsent(row, new TimetableError(row, "teacher", null, "TEACHER_BUSY",
                                    t.week().lessons().get(b.slot()).teacher() + " đã có tiết ở lớp "
                                            + b.className() + " vào " + b.slot().label() + "."));
                        }
                    }
                    if (!errors.isEmpty()) {
                        throw Timetables.rejected(new ArrayList<>(errors.values()));
                    }
                }).replaceWithVoid();
    }
}
