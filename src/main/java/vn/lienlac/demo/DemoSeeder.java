package vn.lienlac.demo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import vn.lienlac.directory.OrganisationService;
import vn.lienlac.directory.importing.ImportFormat;
import vn.lienlac.directory.importing.StaffImportReader;
import vn.lienlac.directory.importing.StaffRow;
import vn.lienlac.directory.importing.StaffUnit;
import vn.lienlac.directory.importing.StudentImportReader;
import vn.lienlac.directory.model.SchoolYears;
import vn.lienlac.directory.sync.DirectorySync;
import vn.lienlac.directory.sync.ImportMode;
import vn.lienlac.directory.sync.ImportRequest;
import vn.lienlac.identity.AdminTokenConfig;
import vn.lienlac.notices.publish.Publisher;
import vn.lienlac.notices.publish.RecordResult;
import vn.lienlac.platform.Sha256;

/**
 * Seeds the demo district once, through the same path a school's import takes (validation, sync, import log,
 * domain events), its district officer through the office's own import (docs/import.md), and the demo parent's
 * first notices through the notices publisher as the school's portal (docs/notices.md), and prints where to connect
 * and how to sign in.
 */
@ApplicationScoped
public class DemoSeeder {

    private static final Logger LOG = Logger.getLogger(DemoSeeder.class);
    private static final String ACTOR = "demo-seed";
    /** The dev and demo profiles' admin token, printed in the README. */
    static final String WELL_KNOWN_TOKEN = "demo-admin-token";
    /** Shown instead of a token that is not the well-known one; the curl examples then read it from the shell. */
    static final String HIDDEN_TOKEN = "$LIENLAC_ADMIN_TOKEN";

    private final DemoConfig config;
    private final Pool pool;
    private final OrganisationService organisation;
    private final StudentImportReader students;
    private final StaffImportReader staff;
    private final DirectorySync sync;
    private final Publisher publisher;
    private final Clock clock;
    private final ObjectMapper json;

    public DemoSeeder(DemoConfig config, Pool pool, OrganisationService organisation, StudentImportReader students,
            StaffImportReader staff, DirectorySync sync, Publisher publisher, Clock clock, ObjectMapper json) {
        this.json = json;
        this.publisher = publisher;
        this.config = config;
        this.pool = pool;
        this.organisation = organisation;
        this.students = students;
        this.staff = staff;
        this.sync = sync;
        this.clock = clock;
    }

    void onStart(@Observes StartupEvent event, @ConfigProperty(name = "quarkus.http.port") int port,
            @ConfigProperty(name = "quarkus.management.port", defaultValue = "9000") int managementPort,
            AdminTokenConfig adminToken) throws Throwable {
        if (!config.enabled()) {
            return;
        }
        DemoDistrict district = new DemoDistrict();
        List<DemoDistrict.DemoSchool> schools = district.schools();
        List<StaffRow> officers = district.officers();
        List<StaffRow> departmentOfficers = district.departmentOfficers();
        boolean seeded = VertxContextSupport.subscribeAndAwait(() -> alreadySeeded(schools.get(0).code())
                .chain(present -> present ? Uni.createFrom().item(false) : seed(schools).replaceWith(true)));
        if (seeded) {
            LOG.info("Seeded the demo district " + DemoDistrict.DISTRICT_CODE);
        }
        // Apart from the schools: a demo seeded before office imports existed gets its officer on the next start.
        boolean officersSeeded = VertxContextSupport.subscribeAndAwait(() -> officerSeeded(officers.get(0).staffCode())
                .chain(present -> present ? Uni.createFrom().item(false) : seedOffice(officers).replaceWith(true)));
        if (officersSeeded) {
            LOG.info("Seeded the district officers of " + DemoDistrict.DISTRICT_CODE + " through the office's import");
        }
        // Apart too: a demo seeded before the department tier existed gets its department officer on the next start.
        boolean departmentSeeded = VertxContextSupport.subscribeAndAwait(() -> officerSeeded(
                departmentOfficers.get(0).staffCode()).chain(present -> present ? Uni.createFrom().item(false)
                        : seedDepartment(departmentOfficers).replaceWith(true)));
        if (departmentSeeded) {
            LOG.info("Seeded the department officer of " + DemoDistrict.DEPARTMENT_CODE
                    + " through the department's import");
        }
        // Apart too: a demo seeded before the notices existed gets them on the next start; never twice.
        DemoDistrict.DemoParent parent = DemoDistrict.parent(schools);
        DemoDistrict.DemoTeacher teacher = DemoDistrict.teacher(schools);
        List<DemoNotices.Batch> batches = DemoNotices.batches(parent, teacher, LocalDate.now(clock),
                SchoolYears.current(clock));
        boolean noticesSeeded = VertxContextSupport.subscribeAndAwait(() -> noticesSeeded(batches.get(0))
                .chain(present -> present ? Uni.createFrom().item(false) : seedNotices(batches).replaceWith(true)));
        if (noticesSeeded) {
            LOG.info("Published the demo notices of " + parent.phone() + "'s children as the schools' portals");
        }
        printBanner(port, managementPort, shownAdminToken(adminToken.token(),
                ConfigProvider.getConfig().unwrap(SmallRyeConfig.class).getProfiles()), schools, officers.get(0),
                departmentOfficers.get(0));
    }

    private Uni<Boolean> noticesSeeded(DemoNotices.Batch first) {
        return pool.preparedQuery("SELECT 1 FROM notice n JOIN directory_schools s ON s.id = n.school_id "
                        + "WHERE s.code = $1 AND n.source_id = $2")
                .execute(Tuple.of(first.schoolCode(), first.records().get(0).get("sourceId")))
                .map(rows -> rows.size() > 0);
    }

    /**
     * Publishes each batch as the school's portal would with its API key (everything of the school), through the
     * same reading, matching, storing and inbox delivery as {@code POST /api/v1/notices/schools/{code}/...}.
     */
    private Uni<Void> seedNotices(List<DemoNotices.Batch> batches) {
        Uni<?> chain = Uni.createFrom().voidItem();
        for (DemoNotices.Batch batch : batches) {
            List<JsonNode> records = batch.records().stream().map(record -> (JsonNode) json.valueToTree(record))
                    .toList();
            chain = chain.chain(() -> publisher.publishAs(Publisher.portalOf(batch.schoolCode()), batch.schoolCode(),
                            batch.kind(), records))
                    .invoke(result -> result.records().stream()
                            .filter(r -> r.outcome() == RecordResult.Outcome.REJECTED)
                            .forEach(r -> LOG.warnf("Demo notice %s not published: %s %s", r.sourceId(), r.code(),
                                    r.message())));
        }
        return chain.replaceWithVoid();
    }

    /**
     * What the banner may show of the admin token: the token itself only when it is the well-known demo value in the
     * dev or demo profile (README); otherwise only whether one is set. A real token never reaches a log line.
     */
    static String shownAdminToken(Optional<String> token, List<String> profiles) {
        if (token.isEmpty() || token.get().isBlank()) {
            return null;
        }
        boolean demoProfile = profiles.contains("dev") || profiles.contains("demo");
        return demoProfile && WELL_KNOWN_TOKEN.equals(token.get()) ? token.get() : HIDDEN_TOKEN;
    }

    private Uni<Boolean> alreadySeeded(String schoolCode) {
        return pool.preparedQuery("SELECT 1 FROM directory_schools WHERE code = $1").execute(Tuple.of(schoolCode))
                .map(rows -> rows.size() > 0);
    }

    private Uni<Boolean> officerSeeded(String staffCode) {
        return pool.preparedQuery("SELECT 1 FROM directory_staff WHERE staff_code = $1").execute(Tuple.of(staffCode))
                .map(rows -> rows.size() > 0);
    }

    /** The district office's own staff, imported for the office: no school, as the admin's office import does. */
    private Uni<Void> seedOffice(List<StaffRow> officers) {
        ImportRequest request = request(DemoDistrict.DISTRICT_CODE, officers).forOffice(DemoDistrict.DISTRICT_CODE);
        return sync.syncOfficeStaff(request, staff.fromJson(officers, StaffUnit.DISTRICT_OFFICE)).replaceWithVoid();
    }

    /** The department's own staff, imported for the department: no school, no district office. */
    private Uni<Void> seedDepartment(List<StaffRow> officers) {
        ImportRequest request = request(DemoDistrict.DEPARTMENT_CODE, officers)
                .forDepartment(DemoDistrict.DEPARTMENT_CODE);
        return sync.syncOfficeStaff(request, staff.fromJson(officers, StaffUnit.DEPARTMENT)).replaceWithVoid();
    }

    private Uni<Void> seed(List<DemoDistrict.DemoSchool> schools) {
        Uni<?> chain = organisation.putDepartment(DemoDistrict.DEPARTMENT_CODE, DemoDistrict.DEPARTMENT_NAME)
                .chain(() -> organisation.putDistrict(DemoDistrict.DISTRICT_CODE, DemoDistrict.DISTRICT_NAME,
                        DemoDistrict.DEPARTMENT_CODE));
        for (DemoDistrict.DemoSchool school : schools) {
            chain = chain
                    .chain(() -> organisation.putSchool(school.code(), school.name(), school.level(),
                            DemoDistrict.DISTRICT_CODE))
                    .chain(() -> sync.syncStudents(request(school.code(), school.students()),
                            students.fromJson(school.students())))
                    .chain(() -> sync.syncStaff(request(school.code(), school.staff()), staff.fromJson(school.staff())));
        }
        return chain.replaceWithVoid();
    }

    /** Logged like a portal's push: the hash is over the records' JSON. */
    private ImportRequest request(String schoolCode, List<?> rows) {
        return new ImportRequest(schoolCode, ImportMode.SNAPSHOT, ImportFormat.JSON, SchoolYears.current(clock),
                false, false, "demo-" + schoolCode + ".json", sha256(rows), ACTOR);
    }

    private String sha256(List<?> rows) {
        try {
            return Sha256.hex(json.writeValueAsBytes(rows));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot hash the demo records", e);
        }
    }

    private static void printBanner(int port, int managementPort, String token,
            List<DemoDistrict.DemoSchool> schools, StaffRow officer, StaffRow departmentOfficer) {
        LOG.info(banner(port, managementPort, token, schools, officer, departmentOfficer));
    }

    /** The banner's text; {@code token} is what {@link #shownAdminToken} allows, null when none is set. */
    static String banner(int port, int managementPort, String token, List<DemoDistrict.DemoSchool> schools,
            StaffRow officer, StaffRow departmentOfficer) {
        String shown = token == null ? "(not set)" : token;
        String tokenLine = token == null ? "(not set: admin endpoints are closed)"
                : HIDDEN_TOKEN.equals(token) ? "set (not shown; it is in LIENLAC_ADMIN_TOKEN)"
                : token + "   (header: Authorization: Bearer " + token + ")";
        String base = "http://localhost:" + port;
        StringBuilder banner = new StringBuilder()
                .append("\n\n  Liên Lạc is running with demo data.\n")
                .append("  API            ").append(base).append("/api/v1/directory/districts\n")
                .append("  API docs       ").append(base).append("/q/swagger-ui\n")
                .append("  Health         http://localhost:").append(managementPort).append("/q/health/ready\n")
                .append("  Admin token    ").append(tokenLine).append('\n')
                .append("  District       ").append(DemoDistrict.DISTRICT_CODE).append('\n');
        for (DemoDistrict.DemoSchool school : schools) {
            banner.append("  School         ").append(school.code()).append("  ").append(school.name()).append('\n');
        }
        banner.append("  Try            curl -H \"Authorization: Bearer ").append(shown).append("\" ")
                .append(base).append("/api/v1/directory/schools/").append(schools.get(0).code()).append("/students\n");
        DemoDistrict.DemoParent parent = DemoDistrict.parent(schools);
        DemoDistrict.DemoTeacher teacher = DemoDistrict.teacher(schools);
        String parentPhone = parent.phone();
        banner.append("  Web app        ").append(base).append("/   (sign in with a phone number below)\n")
                .append("  Demo parent    ").append(parent.phone()).append("  ").append(parent.fullName())
                .append(", parent of:\n");
        for (DemoDistrict.DemoChild child : parent.children()) {
            banner.append("                   ").append(child.student().fullName()).append(" (")
                    .append(child.student().studentCode()).append(", lớp ").append(child.student().className())
                    .append(", ").append(child.school().name()).append(")\n");
        }
        banner.append("  Demo teacher   ").append(teacher.staff().phone()).append("  ")
                .append(teacher.staff().fullName()).append(", homeroom teacher of ").append(teacher.className())
                .append(" (").append(teacher.school().name()).append("), teaches ").append(teacher.subject())
                .append(" there\n")
                .append("  Sign-in codes  are printed in this log, e.g. \"OTP for ").append(parentPhone, 0, 4)
                .append(" *** ").append(parentPhone.substring(parentPhone.length() - 3))
                .append(": 123456\" for the demo parent\n");
        banner.append("  Parent sign-in curl -X POST -H 'Content-Type: application/json' -d '{\"phone\": \"")
                .append(parentPhone).append("\"}' ").append(base).append("/api/v1/auth/otp/request\n")
                .append("                 (the code is printed in this log; then POST /api/v1/auth/otp/verify,")
                .append(" see docs/auth.md)\n");
        banner.append("  Officer sign-in curl -X POST -H 'Content-Type: application/json' -d '{\"phone\": \"")
                .append(officer.phone()).append("\"}' ").append(base).append("/api/v1/auth/otp/request\n")
                .append("                 (").append(officer.fullName()).append(", ").append(officer.position())
                .append(" of ").append(DemoDistrict.DISTRICT_CODE).append(": sees every school of the district)\n");
        banner.append("  Dept. sign-in  curl -X POST -H 'Content-Type: application/json' -d '{\"phone\": \"")
                .append(departmentOfficer.phone()).append("\"}' ").append(base).append("/api/v1/auth/otp/request\n")
                .append("                 (").append(departmentOfficer.fullName()).append(", ")
                .append(departmentOfficer.position()).append(" of ").append(DemoDistrict.DEPARTMENT_CODE)
                .append(": sends directives to ").append(DemoDistrict.DISTRICT_CODE)
                .append(", sees the department's adoption at ").append(base).append("/api/v1/adoption/departments/")
                .append(DemoDistrict.DEPARTMENT_CODE).append(")\n");
        return banner.toString();
    }
}
