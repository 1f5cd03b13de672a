package vn.lienlac.directory.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.lienlac.directory.importing.ImportLimits;
import vn.lienlac.directory.importing.StaffImportReader;
import vn.lienlac.directory.importing.StaffRow;
import vn.lienlac.directory.importing.StaffUnit;
import vn.lienlac.directory.model.StaffRole;

/** The demo's district officer is valid for the office's import, and only there. */
class DemoDistrictTest {

    private final StaffImportReader reader = new StaffImportReader(Clock.systemUTC(), () -> 20_000);

    @Test
    void officerIsADistrictOfficerOfTheOfficeWithAPhoneOfTheirOwn() {
        DemoDistrict district = new DemoDistrict();
        List<DemoDistrict.DemoSchool> schools = district.schools();
        List<StaffRow> officers = district.officers();

        var batch = reader.fromJson(officers, StaffUnit.DISTRICT_OFFICE);
        assertEquals(List.of(), batch.errors());
        assertEquals(StaffRole.DISTRICT_OFFICER, batch.records().get(0).role());
        assertEquals("OFFICE_ROLE", reader.fromJson(officers, StaffUnit.SCHOOL).errors().get(0).code());

        Set<String> schoolPhones = new HashSet<>();
        schools.forEach(school -> school.staff().forEach(s -> schoolPhones.add(s.phone())));
        schools.forEach(school -> school.students().forEach(s -> {
            schoolPhones.add(s.fatherPhone());
            schoolPhones.add(s.motherPhone());
            schoolPhones.add(s.guardianPhone());
        }));
        assertFalse(schoolPhones.contains(officers.get(0).phone()), "the officer's phone must sign in as them alone");
    }
}
