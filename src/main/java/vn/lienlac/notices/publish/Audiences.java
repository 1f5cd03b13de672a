package vn.lienlac.notices.publish;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import vn.lienlac.directory.Rosters;
import vn.lienlac.directory.Rosters.RosterClass;
import vn.lienlac.directory.Rosters.RosterSchool;
import vn.lienlac.directory.Rosters.RosterStudent;

/**
 * Who a record is for, from the directory: the student's active guardians (both parents when both are known), or
 * for an activity every family of the class or school. Students without an active guardian are "unreachable".
 */
@ApplicationScoped
class Audiences {

    /**
     * @param student     the student a record is about, or null for activities
     * @param classId     the student's current class or the activity's class (null: whole school)
     * @param className   its name, or null
     * @param label       how a NOT_PERMITTED error names the audience
     * @param guardians   guardian ids, ascending, without repeats
     * @param unreachable codes of the students concerned without an active guardian
     * @param problem     why the record cannot be delivered, or null
     */
    record Audience(RosterStudent student, Long classId, String className, String label, List<Long> guardians,
            List<String> unreachable, RecordProblem problem, String problemValue) {

        static Audience problem(RecordProblem problem, String value) {
            return new Audience(null, null, null, value, List.of(), List.of(), problem, value);
        }
    }

    private final Rosters rosters;

    Audiences(Rosters rosters) {
        this.rosters = rosters;
    }

    Uni<Map<RecordDraft, Audience>> ofStudents(RosterSchool school, List<RecordDraft> drafts) {
        Set<String> codes = new LinkedHashSet<>();
        drafts.stream().filter(d -> !d.deleted()).forEach(d -> codes.add(d.studentCode()));
        return rosters.students(school.id(), codes).map(students -> {
            Map<RecordDraft, Audience> audiences = new HashMap<>();
            for (RecordDraft draft : drafts) {
                if (draft.deleted()) {
                    continue;
                }
                RosterStudent student = students.get(draft.studentCode());
                audiences.put(draft, student == null || !student.active()
                        ? Audience.problem(RecordProblem.UNKNOWN_STUDENT, draft.studentCode())
                        : new Audience(student, student.classId(), student.className(), student.code(),
                                student.guardianIds(),
                                student.guardianIds().isEmpty() ? List.of(student.code()) : List.of(), null, null));
            }
            return audiences;
        });
    }

    Uni<Map<RecordDraft, Audience>> ofActivities(RosterSchool school, List<RecordDraft> drafts, LocalDate today) {
        int start = today.getMonthValue() >= 8 ? today.getYear() : today.getYear() - 1;
        return rosters.classes(school.id(), start + "-" + (start + 1)).chain(classes -> {
            Set<Long> wanted = new LinkedHashSet<>();
            boolean wholeSchool = false;
            for (RecordDraft draft : drafts) {
                if (!draft.deleted()) {
                    RosterClass found = draft.className() == null ? null : classes.get(draft.className());
                    if (found != null) {
                        wanted.add(found.id());
                    }
                    wholeSchool |= draft.className() == null;
                }
            }
            List<Uni<Map.Entry<Long, Map<String, RosterStudent>>>> loads = new ArrayList<>();
            for (Long classId : wanted) {
                loads.add(rosters.activeStudents(school.id(), classId).map(s -> Map.entry(classId, s)));
            }
            if (wholeSchool) {
                loads.add(rosters.activeStudents(school.id(), null).map(s -> Map.entry(0L, s)));
            }
            Uni<List<Map.Entry<Long, Map<String, RosterStudent>>>> loaded = loads.isEmpty()
                    ? Uni.createFrom().item(List.of())
                    : Uni.join().all(loads).andFailFast();
            return loaded.map(entries -> {
                Map<Long, Map<String, RosterStudent>> byClass = new HashMap<>();
                entries.forEach(e -> byClass.put(e.getKey(), e.getValue()));
                Map<RecordDraft, Audience> audiences = new HashMap<>();
                for (RecordDraft draft : drafts) {
                    if (draft.deleted()) {
                        continue;
                    }
                    RosterClass found = draft.className() == null ? null : classes.get(draft.className());
                    if (draft.className() != null && found == null) {
                        audiences.put(draft, Audience.problem(RecordProblem.UNKNOWN_CLASS, draft.className()));
                        continue;
                    }
                    Long classId = found == null ? null : found.id();
                    Map<String, RosterStudent> students = byClass.get(Objects.requireNonNullElse(classId, 0L));
                    Set<Long> guardians = new TreeSet<>();
                    List<String> unreachable = new ArrayList<>();
                    students.values().forEach(s -> {
                        guardians.addAll(s.guardianIds());
                        if (s.guardianIds().isEmpty()) {
                            unreachable.add(s.code());
                        }
                    });
                    audiences.put(draft, new Audience(null, classId, draft.className(),
                            draft.className() == null ? school.code() : draft.className(), List.copyOf(guardians),
                            unreachable, null, null));
                }
                return audiences;
            });
        });
    }

    /** Comments: a student's guardians, or every family of a class of the current school year. */
    Uni<Map<RecordDraft, Audience>> ofStudentsOrClasses(RosterSchool school, List<RecordDraft> drafts,
            LocalDate today) {
        List<RecordDraft> aboutStudents = drafts.stream().filter(d -> d.studentCode() != null).toList();
        List<RecordDraft> aboutClasses = drafts.stream().filter(d -> !d.deleted() && d.studentCode() == null).toList();
        return ofStudents(school, aboutStudents).chain(students -> ofActivities(school, aboutClasses, today)
                .map(classes -> {
                    Map<RecordDraft, Audience> all = new HashMap<>(students);
                    all.putAll(classes);
                    return all;
                }));
    }
}
