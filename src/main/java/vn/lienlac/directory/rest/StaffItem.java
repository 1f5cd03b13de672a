package vn.lienlac.directory.rest;

import java.util.List;
import vn.lienlac.directory.text.PhoneNumbers;
import vn.lienlac.directory.StaffMember;
import vn.lienlac.directory.model.Gender;
import vn.lienlac.directory.model.StaffRole;
import vn.lienlac.directory.store.StaffQueries.StaffRow;

/**
 * A member of staff in a list. {@code homeroomClass}, {@code classes} and {@code subjects} are those of the
 * current school year; they are null/empty in search results. {@code gender} ("Nữ"/"Nam" in {@code genderLabel}) is
 * null when the directory does not know it.
 */
public record StaffItem(String staffCode, String fullName, StaffRole role, String roleLabel, String phone,
        String phoneDisplay, String email, boolean active, String homeroomClass, List<String> classes,
        List<String> subjects, Gender gender, String genderLabel) {

    static StaffItem from(StaffMember member) {
        return of(member.staff(), member.homeroomClass(), member.classes(), member.subjects());
    }

    static StaffItem from(StaffRow staff) {
        return of(staff, null, List.of(), List.of());
    }

    private static StaffItem of(StaffRow s, String homeroomClass, List<String> classes, List<String> subjects) {
        return new StaffItem(s.staffCode(), s.fullName(), s.role(), s.role().label(), s.phone(),
                PhoneNumbers.display(s.phone()), s.email(), s.active(), homeroomClass, classes, subjects, s.gender(),
                s.gender() == null ? null : s.gender().label());
    }

    @Override
    public String toString() {
        return "StaffItem[code=" + staffCode + "]";
    }
}
