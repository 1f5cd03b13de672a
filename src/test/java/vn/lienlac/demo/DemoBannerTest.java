package vn.lienlac.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, weaker spots: the admin token was printed in the banner when the demo seed ran in the production profile.
 * Only the well-known demo token, in the dev or demo profile, is ever shown.
 */
class DemoBannerTest {

    static final String REAL = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    @Test
    void theDemoTokenIsShownInTheDemoAndDevProfiles() {
        assertEquals("demo-admin-token", DemoSeeder.shownAdminToken(Optional.of("demo-admin-token"), List.of("demo")));
        assertEquals("demo-admin-token", DemoSeeder.shownAdminToken(Optional.of("demo-admin-token"), List.of("dev")));
        String banner = banner(DemoSeeder.shownAdminToken(Optional.of("demo-admin-token"), List.of("demo")));
        assertTrue(banner.contains("Authorization: Bearer demo-admin-token"), banner);
    }

    @Test
    void aRealTokenIsNeverPrintedInAnyProfile() {
        for (List<String> profiles : List.of(List.of("prod"), List.of("demo"), List.of("dev"), List.of("test"),
                List.<String>of())) {
            String shown = DemoSeeder.shownAdminToken(Optional.of(REAL), profiles);
            String banner = banner(shown);
            assertFalse(banner.contains(REAL), banner);
            assertTrue(banner.contains("set (not shown; it is in LIENLAC_ADMIN_TOKEN)"), banner);
            assertTrue(banner.contains("Authorization: Bearer $LIENLAC_ADMIN_TOKEN"), banner);
        }
    }

    @Test
    void theDemoTokenIsNotPrintedInTheProductionProfile() {
        String banner = banner(DemoSeeder.shownAdminToken(Optional.of("demo-admin-token"), List.of("prod")));
        assertFalse(banner.contains("demo-admin-token"), banner);
    }

    @Test
    void noTokenSaysSo() {
        assertNull(DemoSeeder.shownAdminToken(Optional.empty(), List.of("demo")));
        assertTrue(banner(null).contains("Admin token    (not set"));
    }

    @Test
    void theBannerNamesTheWebAppAndTheDemoParentAndTeacher() {
        DemoDistrict district = new DemoDistrict();
        var schools = district.schools();
        DemoDistrict.DemoParent parent = DemoDistrict.parent(schools);
        DemoDistrict.DemoTeacher teacher = DemoDistrict.teacher(schools);
        var officer = district.officers().get(0);
        var departmentOfficer = district.departmentOfficers().get(0);
        String banner = DemoSeeder.banner(18080, 19000, "demo-admin-token", schools, officer, departmentOfficer);

        assertTrue(banner.contains("  Web app        http://localhost:18080/ "), banner);
        assertTrue(banner.contains("  Demo parent    " + parent.phone() + "  " + parent.fullName()), banner);
        for (DemoDistrict.DemoChild child : parent.children()) {
            assertTrue(banner.contains(child.student().fullName() + " (" + child.student().studentCode() + ", lớp "
                    + child.student().className() + ", " + child.school().name() + ")"), banner);
        }
        assertTrue(banner.contains("  Demo teacher   " + teacher.staff().phone() + "  " + teacher.staff().fullName()
                + ", homeroom teacher of " + teacher.className() + " (Trường THCS Nghĩa Tân), teaches "
                + teacher.subject()), banner);
        assertTrue(banner.contains("Sign-in codes  are printed in this log, e.g. \"OTP for "
                + parent.phone().substring(0, 4) + " *** " + parent.phone().substring(7) + ": 123456\""), banner);
        // The lines the README points to are still there.
        assertTrue(banner.contains("  API            http://localhost:18080/api/v1/directory/districts"), banner);
        assertTrue(banner.contains("  Parent sign-in curl -X POST -H 'Content-Type: application/json' -d '{\"phone\": \""
                + parent.phone() + "\"}' http://localhost:18080/api/v1/auth/otp/request"), banner);
        assertTrue(banner.contains("  Officer sign-in"), banner);
        assertTrue(banner.contains("  Dept. sign-in  curl -X POST -H 'Content-Type: application/json' -d '{\"phone\": \""
                + departmentOfficer.phone() + "\"}' http://localhost:18080/api/v1/auth/otp/request"), banner);
        assertTrue(banner.contains(departmentOfficer.fullName() + ", Chuyên viên Sở GD&ĐT of SO-HN: sends directives to "
                + "PGD-CAUGIAY, sees the department's adoption at http://localhost:18080/api/v1/adoption/departments/"
                + "SO-HN)"), banner);
    }

    private static String banner(String token) {
        DemoDistrict district = new DemoDistrict();
        var schools = district.schools();
        var officer = district.officers().get(0);
        return DemoSeeder.banner(8080, 9000, token, schools, officer, district.departmentOfficers().get(0));
    }
}
