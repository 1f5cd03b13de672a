package vn.lienlac.directory.rest;

import java.util.List;
import vn.lienlac.directory.text.PhoneNumbers;
import vn.lienlac.directory.SchoolSearch;
import vn.lienlac.directory.store.GuardianQueries.GuardianRow;

/** What a search in one school found: active people, a few of each kind. */
public record SearchResponse(List<StudentItem> students, List<StaffItem> staff, List<GuardianMatch> guardians) {

    public record GuardianMatch(String fullName, String phone, String phoneDisplay) {

        static GuardianMatch from(GuardianRow row) {
            return new GuardianMatch(row.fullName(), row.phone(), PhoneNumbers.display(row.phone()));
        }

        @Override
        public String toString() {
            return "GuardianMatch[]";
        }
    }

    static SearchResponse from(SchoolSearch found) {
        return new SearchResponse(
                found.students().stream().map(StudentItem::from).toList(),
                found.staff().stream().map(StaffItem::from).toList(),
                found.guardians().stream().map(GuardianMatch::from).toList());
    }
}
