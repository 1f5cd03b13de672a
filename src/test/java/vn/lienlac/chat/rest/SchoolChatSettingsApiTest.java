package vn.lienlac.chat.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.lienlac.chat.membership.ChatDirectory;
import vn.lienlac.chat.membership.SampleSchool;
import vn.lienlac.directory.TestSchools;
import vn.lienlac.identity.Roles;
import vn.lienlac.identity.session.TestSessions;

/** {@code GET/PUT /api/v1/chat/schools/{code}/settings}: the parents-only class groups (docs/chat-groups.md). */
@QuarkusTest
class SchoolChatSettingsApiTest {

    private static final String PATH = "/api/v1/chat/schools/{code}/settings";
    private static final String ON = "{\"parentsGroups\": true}";
    private static final String OFF = "{\"parentsGroups\": false}";

    @Inject
    TestSchools schools;

    @Inject
    ChatDirectory directory;

    @Inject
    TestSessions sessions;

    @Test
    void principalTurnsParentsGroupsOnAndEachClassGetsOneWithItsGuardiansOnly() {
        SampleSchool school = SampleSchool.create(schools, directory);

        put(staffToken(school, school.principal, Roles.PRINCIPAL), school, ON)
                .statusCode(200)
                .body("schoolCode", equalTo(school.code))
                .body("parentsGroups", equalTo(true))
                .body("updatedAt", notNullValue());

        assertEquals(Set.of(guardian(school.father1), guardian(school.mother1), guardian(school.father4)),
                directory.members(directory.classGroup(school.code, "6A1", "CLASS_PARENTS")));
        assertEquals(Set.of(guardian(school.mother3)),
                directory.members(directory.classGroup(school.code, "6A2", "CLASS_PARENTS")));
        assertEquals(1, schools.count("SELECT count(*) FROM conversation WHERE id = $1 AND title = 'Phụ huynh lớp 6A1'",
                directory.classGroup(school.code, "6A1", "CLASS_PARENTS")));
    }

    @Test
    void turningParentsGroupsOffRemovesTheirMembersAndKeepsTheGroups() {
        SampleSchool school = SampleSchool.create(schools, directory);
        String vicePrincipal = staffToken(school, school.vicePrincipal, Roles.VICE_PRINCIPAL);
        put(vicePrincipal, school, ON).statusCode(200);
        long group = directory.classGroup(school.code, "6A1", "CLASS_PARENTS");

        put(vicePrincipal, school, OFF).statusCode(200).body("parentsGroups", equalTo(false));

        assertEquals(Set.of(), directory.members(group));
        assertEquals(6, directory.lastSeq(group), "three joined, then the same three left");
        assertNotNull(directory.classGroup(school.code, "6A1", "CLASS"));
        assertEquals(3, directory.members(directory.classGroup(school.code, "6A1", "CLASS")).stream()
                .filter(p -> p.startsWith("g:")).count(), "the class group keeps its guardians");
    }

    @Test
    void eachChangeIsAuditedAndSavingTheSameValueIsNot() {
        SampleSchool school = SampleSchool.create(schools, directory);
        String principal = staffToken(school, school.principal, Roles.PRINCIPAL);
        put(principal, school, ON).statusCode(200);
        put(principal, school, ON).statusCode(200);
        put(principal, school, OFF).statusCode(200);

        assertEquals(2, schools.count("SELECT count(*) FROM audit_event WHERE action = 'CHAT_SETTINGS_CHANGED' "
                + "AND subject = $1 AND school_code = $1 AND outcome = 'SUCCESS'", school.code));
        assertEquals(1, schools.count("SELECT count(*) FROM audit_event WHERE action = 'CHAT_SETTINGS_CHANGED' "
                + "AND subject = $1 AND details ->> 'parentsGroups' = 'false'", school.code));
    }

    @Test
    void settingsAreOffUntilChangedAndReadBackAsStored() {
        SampleSchool school = SampleSchool.create(schools, directory);
        String principal = staffToken(school, school.principal, Roles.PRINCIPAL);
        get(principal, school).statusCode(200)
                .body("parentsGroups", equalTo(false))
                .body("updatedAt", nullValue());

        put(principal, school, ON).statusCode(200);

        get(principal, school).statusCode(200)
                .body("parentsGroups", equalTo(true))
                .body("updatedAt", notNullValue());
    }

    @Test
    void teacherAndGuardianAreRefused() {
        SampleSchool school = SampleSchool.create(schools, directory);
        String teacher = staffToken(school, school.homeroom, Roles.TEACHER);
        String guardian = sessions.open(school.father1, null, Set.of(Roles.GUARDIAN)).accessToken();

        for (String token : new String[] {teacher, guardian}) {
            put(token, school, ON).statusCode(403).contentType("application/problem+json")
                    .body("code", equalTo("FORBIDDEN"));
            get(token, school).statusCode(403);
        }
        assertEquals(0, schools.count("SELECT count(*) FROM conversation c JOIN school s ON s.id = c.school_id "
                + "WHERE s.code = $1 AND c.kind = 'CLASS_PARENTS'", school.code));
    }

    @Test
    void requestWithoutTheSwitchIsRejected() {
        SampleSchool school = SampleSchool.create(schools, directory);
        put(staffToken(school, school.principal, Roles.PRINCIPAL), school, "{}")
                .statusCode(400).contentType("application/problem+json");
    }

    @Test
    void unknownSchoolIsNotFoundForTheAdmin() {
        given().auth().oauth2("test-admin-token").contentType(ContentType.JSON).body(ON)
                .when().put(PATH, "TRG-KHONG-CO")
                .then().statusCode(404).body("code", equalTo("NOT_FOUND"));
    }

    private String staffToken(SampleSchool school, String staffCode, String role) {
        return sessions.open(school.staffPhones.get(staffCode), staffCode, Set.of(role)).accessToken();
    }

    private String guardian(String e164) {
        return directory.guardian(e164);
    }

    private static ValidatableResponse put(String token, SampleSchool school, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().put(PATH, school.code).then().log().ifValidationFails();
    }

    private static ValidatableResponse get(String token, SampleSchool school) {
        return given().auth().oauth2(token).when().get(PATH, school.code).then().log().ifValidationFails();
    }
}
