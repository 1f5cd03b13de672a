package vn.lienlac.timetable;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import vn.lienlac.directory.AccessScopes;
import vn.lienlac.directory.Rosters;
import vn.lienlac.directory.Rosters.RosterClass;
import vn.lienlac.directory.Rosters.RosterSchool;
import vn.lienlac.directory.model.SchoolYears;
import vn.lienlac.identity.AccessPolicy;
import vn.lienlac.platform.error.ApiException;
import vn.lienlac.platform.error.ErrorCode;
import vn.lienlac.timetable.TimetablePublisher.Target;
import vn.lienlac.timetable.TimetableStore.ClassRef;
import vn.lienlac.timetable.TimetableStore.InForce;
import vn.lienlac.timetable.TimetableView.LessonView;

/**
 * Class timetables (docs/timetable.md): a school's principal or vice principals import the school's "TKB" sheet or
 * enter one class's week; families see their child's class, staff their school's classes and a teacher their own
 * week. Access is decided by {@link AccessPolicy} before anything is read or parsed.
 */
@ApplicationScoped
public class Timetables {

    static final String NO_SCHOOL = "Không tìm thấy trường này.";
    static final String NO_CLASS = "Không tìm thấy lớp này.";
    static final String NO_STUDENT = "Không tìm thấy học sinh này.";
    /** What a guardian calling {@code GET /me} is told: the teacher's week is not theirs, the child's is there. */
    static final String CHILDS_WEEK = "Lịch dạy (/api/v1/timetable/me) dành cho cán bộ, giáo viên. Thời khóa biểu "
            + "lớp của con: GET /api/v1/timetable/students/{mã học sinh}, mỗi con một lần.";

    /** One lesson as entered in the app. */
    public record CellInput(Integer day, String session, Integer period, String subject, String teacher,
            String room) {
    }

    /** A class's week as entered in the app. */
    public record WeekInput(List<CellInput> cells) {
    }

    private final AccessPolicy policy;
    private final AccessScopes scopes;
    private final Rosters rosters;
    private final TimetableStore store;
    private final TimetablePublisher publisher;
    private final TimetableFiles files;
    private final Clock clock;

    public Timetables(AccessPolicy policy, AccessScopes scopes, Rosters rosters, TimetableStore store,
            TimetablePublisher publisher, TimetableFiles files, Clock clock) {
        this.policy = policy;
        this.scopes = scopes;
        this.rosters = rosters;
        this.store = store;
        this.publisher = publisher;
        this.files = files;
        this.clock = clock;
    }

    /** The school's TKB file (XLSX or CSV) from {@code weekOf}; with errors nothing is stored (400 with each cell). */
    public Uni<Published> importFile(SecurityIdentity identity, String schoolCode, String weekOf, boolean dryRun,
            Supplier<Uni<Path>> body) {
        return policy.requireTimetableEditor(schoolCode).chain(() -> {
            LocalDate monday = monday(weekOf);
            return rosters.school(schoolCode).onItem().ifNull().failWith(() -> ApiException.notFound(NO_SCHOOL))
                    .chain(school -> rosters.classes(school.id(), SchoolYears.current(clock)).chain(classes ->
                            Uni.createFrom().<Path>deferred(body::get).chain(file -> Uni.createFrom().item(() -> files.read(file, names(classes)))
                                            .runSubscriptionOn(Infrastructure.getDefaultWorkerPool()))
                                    .chain(parsed -> {
                                        if (!parsed.errors().isEmpty()) {
                                            return Uni.createFrom().failure(rejected(parsed.errors()));
                                        }
                                        List<Target> targets = new ArrayList<>();
                                        parsed.weeks().forEach((name, week) -> {
                                            RosterClass c = classes.get(name);
                                            if (!week.isEmpty()) {
                                                targets.add(new Target(new ClassRef(c.id(), c.name(), school.id(),
                                                        school.code(), true), week));
                                            }
                                        });
                                        return publisher.publish(school, monday, targets, "IMPORT",
                                                actor(identity), dryRun);
                                    })));
        });
    }

    /**
     * One class's week as entered in the app, from {@code weekOf}; a changed lesson whose teacher already teaches
     * another class of the school in that slot is refused on its cell ({@link TeacherClashes}).
     */
    public Uni<Published> enter(SecurityIdentity identity, long classId, String weekOf, boolean dryRun,
            WeekInput body) {
        return classRef(classId).chain(ref -> policy.requireTimetableEditor(ref.schoolCode()).chain(() -> {
            LocalDate monday = monday(weekOf);
            EnteredWeek entered = EnteredWeek.of(body);
            return rosters.school(ref.schoolCode()).chain(school -> publisher.publish(school, monday,
                    List.of(new Target(ref, entered.week(), entered.rows())), "EDIT", actor(identity), dryRun));
        }));
    }

    /** A class's timetable in the week of {@code week} (default this week). */
    public Uni<TimetableView> ofClass(long classId, String week) {
        return classRef(classId).chain(ref -> policy.requireClassTimetable(ref.schoolCode(), classId)
                .chain(() -> view(ref.id(), ref.name(), weekOf(week))));
    }

    /** The timetable of a child's current class, for whoever may see the child; others 404. */
    public Uni<TimetableView> ofStudent(String studentCode, String week) {
        LocalDate monday = weekOf(week);
        return policy.requireStudent(studentCode, () -> ApiException.notFound(NO_STUDENT))
                .chain(() -> scopes.student(studentCode))
                .chain(place -> {
                    if (place == null) {
                        return Uni.createFrom().failure(ApiException.notFound(NO_STUDENT));
                    }
                    if (place.classId() == null) {
                        return Uni.createFrom().item(new TimetableView(null, null, monday, null, List.of()));
                    }
                    return store.classRef(place.classId()).chain(ref -> view(ref.id(), ref.name(), monday));
                });
    }

    /**
     * A staff member's own lessons in the week, across their classes; 403 for the admin token, and for a guardian who
     * is not staff, pointed to their children's route ({@link #ofStudent}).
     */
    public Uni<TimetableView> mine(SecurityIdentity identity, String week) {
        LocalDate monday = weekOf(week);
        return policy.requireOwnStaffView(identity, CHILDS_WEEK)
                .chain(person -> store.taught(person.phone(), person.staffCode(), monday)).map(lessons -> {
            List<LessonView> views = new ArrayList<>();
            lessons.stream().sorted(Comparator.comparing(TimetableStore.TaughtLesson::slot)
                            .thenComparing(TimetableStore.TaughtLesson::className))
                    .forEach(l -> views.add(lessonView(monday, l.slot(), l.lesson(), l.classId(), l.className())));
            return new TimetableView(null, null, monday, null, views);
        });
    }

    private Uni<TimetableView> view(long classId, String className, LocalDate monday) {
        return store.inForce(classId, monday).map(found -> view(classId, className, monday, found));
    }

    private static TimetableView view(long classId, String className, LocalDate monday, InForce found) {
        if (found == null) {
            return new TimetableView(classId, className, monday, null, List.of());
        }
        List<LessonView> lessons = new ArrayList<>();
        found.week().lessons().forEach((slot, lesson) -> lessons.add(lessonView(monday, slot, lesson, classId,
                className)));
        return new TimetableView(classId, className, monday, found.weekOf(), lessons);
    }

    private static LessonView lessonView(LocalDate monday, Slot slot, Lesson lesson, long classId, String className) {
        return new LessonView(slot.day(), Slot.dayName(slot.day()), monday.plusDays(slot.day() - 1L), slot.session(),
                slot.period(), lesson.subject(), lesson.teacher(), lesson.room(), classId, className);
    }

    private Uni<ClassRef> classRef(long classId) {
        return store.classRef(classId).onItem().ifNull().failWith(() -> ApiException.notFound(NO_CLASS));
    }

    /** The Monday of the week containing {@code text}; this week when absent. */
    private LocalDate weekOf(String text) {
        LocalDate day = text == null || text.isBlank() ? LocalDate.now(clock) : date(text, "week");
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** The week a publish starts: a Monday, given. */
    private static LocalDate monday(String text) {
        if (text == null || text.isBlank()) {
            throw ApiException.badRequest("Hãy chọn tuần bắt đầu áp dụng (weekOf, ngày thứ Hai, dạng yyyy-MM-dd).");
        }
        LocalDate day = date(text, "weekOf");
        if (day.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw ApiException.badRequest("Tuần bắt đầu áp dụng (weekOf) phải là một ngày thứ Hai: "
                    + text.strip() + " không phải thứ Hai.");
        }
        return day;
    }

    private static LocalDate date(String text, String field) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest("Ngày không hợp lệ: " + text.strip() + " (" + field + ", dạng yyyy-MM-dd).");
        }
    }

    private static List<String> names(Map<String, RosterClass> classes) {
        return List.copyOf(classes.keySet());
    }

    static ApiException rejected(List<TimetableError> errors) {
        return new ApiException(ErrorCode.IMPORT_REJECTED, "Thời khóa biểu có " + errors.size()
                + " lỗi; không có thay đổi nào được ghi.", errors);
    }

    private static String actor(SecurityIdentity identity) {
        return "timetable:" + identity.getPrincipal().getName();
    }
}
