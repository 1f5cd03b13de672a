package vn.lienlac.directory.rest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import vn.lienlac.directory.Participant;
import vn.lienlac.directory.Profile;
import vn.lienlac.directory.model.SchoolLevel;
import vn.lienlac.directory.model.StaffRole;
import vn.lienlac.directory.model.Subject;

/**
 * The signed-in person's own profile (docs/api.md, "Who am I"): what the web app needs to start.
 *
 * <p>The directory's facts ({@link Profile}) with the person's participants in the directory's encoding
 * ({@link Participant}: the app opens conversations as them — the same ones chat's identities find, by the same
 * rule) and subject codes and names ({@link Subject}: the app enters grades by subject code).
 *
 * @param fullName     null for a person the directory does not know
 * @param participants as chat knows the person ({@code s:7} for each staff position, then {@code g:42}); empty for
 *                     a person the directory does not know
 */
public record ProfileResponse(String fullName, List<String> participants, List<ChildItem> children,
        List<StaffItem> staff) {

    /** @param classId null, with {@code className}, for a child without a class this school year */
    public record ChildItem(String studentCode, String fullName, Long classId, String className, String schoolCode,
            String schoolName, SchoolLevel level, String levelLabel) {

        @Override
        public String toString() {
            return "ChildItem[" + studentCode + "]";
        }
    }

    /**
     * @param schoolCode     null, with {@code schoolName}, for the staff of a district office or department
     * @param districtCode   the district office of the school or office (the console's district views); null for a
     *                       department officer
     * @param departmentCode a department officer's department; null for everyone else
     */
    public record StaffItem(String staffCode, String participant, String schoolCode, String schoolName,
            StaffRole position, String positionLabel, String districtCode, String departmentCode,
            List<ClassItem> classes) {
    }

    /** @param subjects the subjects taught there; empty for a homeroom teacher who teaches none there */
    public record ClassItem(long classId, String name, boolean homeroom, List<SubjectItem> subjects) {
    }

    /** @param code the programme's subject code ({@code TOAN}), or null for a subject outside the programme */
    public record SubjectItem(String code, String name) {
    }

    static ProfileResponse from(Profile profile) {
        // As chat orders a person's participants: staff positions first, then the guardian.
        List<String> participants = Stream.concat(
                profile.staff().stream().map(position -> Participant.staff(position.staffId())).sorted(),
                Stream.ofNullable(profile.guardianId()).map(Participant::guardian))
                .map(Participant::toString).toList();
        return new ProfileResponse(profile.fullName(), participants,
                profile.children().stream().map(c -> new ChildItem(c.studentCode(), c.fullName(), c.classId(),
                        c.className(), c.schoolCode(), c.schoolName(), c.level(), c.level().label())).toList(),
                profile.staff().stream().map(ProfileResponse::staff).toList());
    }

    private static StaffItem staff(Profile.Position position) {
        return new StaffItem(position.staffCode(), Participant.staff(position.staffId()).toString(),
                position.schoolCode(), position.schoolName(), position.role(), position.role().label(),
                position.districtCode(), position.departmentCode(), position.classes().stream().map(c -> new ClassItem(c.classId(), c.name(), c.homeroom(),
                        subjects(c.subjects()))).toList());
    }

    /** Assignments name a subject by code or name: each subject once, in the programme's words when it is one. */
    private static List<SubjectItem> subjects(List<String> assigned) {
        Map<String, SubjectItem> subjects = new LinkedHashMap<>();
        for (String text : assigned) {
            Subject subject = Subject.parse(text);
            SubjectItem item = subject == null ? new SubjectItem(null, text.strip())
                    : new SubjectItem(subject.name(), subject.label());
            subjects.putIfAbsent(item.code() != null ? item.code() : item.name(), item);
        }
        return List.copyOf(subjects.values());
    }

    @Override
    public String toString() {
        return "ProfileResponse[children=" + children.size() + ", staff=" + staff.size() + "]";
    }
}
