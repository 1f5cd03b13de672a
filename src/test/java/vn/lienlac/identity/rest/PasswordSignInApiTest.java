package vn.lienlac.identity.rest;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.lienlac.identity.rest.AuthApi.me;
import static vn.lienlac.identity.rest.AuthApi.passwordSignIn;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.lienlac.directory.rest.PeopleFixtures;
import vn.lienlac.identity.IdentityFixtures;
import vn.lienlac.identity.Roles;

@QuarkusTest
class PasswordSignInApiTest {

    private static final String PASSWORD = "Mật khẩu thử 2026";
    private static final String WRONG_LOGIN = "Số điện thoại/mã cán bộ hoặc mật khẩu không đúng.";

    @Inject
    IdentityFixtures fixtures;

    @Test
    void staffSignsInWithPhoneOrStaffCodeAndIsActivatedOnce() {
        String phone = PeopleFixtures.phone();
        String code = fixtures.teacher(phone);
        UUID account = fixtures.accountWithPassword(phone, code, PASSWORD);
        assertEquals(0, firstSignIns(account));

        passwordSignIn(PeopleFixtures.local(phone), PASSWORD).statusCode(200)
                .body("accessToken", not(emptyOrNullString()))
                .body("accessTokenExpiresAt", not(emptyOrNullString()))
                .body("refreshToken", not(emptyOrNullString()))
                .body("refreshTokenExpiresAt", not(emptyOrNullString()))
                .body("sessionId", not(emptyOrNullString()));
        long activatedAt = firstSignInMicros(account);
        AuthApi.Pair second = AuthApi.signIn(code, PASSWORD);

        assertEquals(1, firstSignIns(account));
        assertEquals(activatedAt, firstSignInMicros(account));
        me(second.accessToken()).statusCode(200)
                .body("subject", equalTo(account.toString()))
                .body("roles", containsInAnyOrder(Roles.TEACHER));
    }

    @Test
    void wrongPasswordUnknownLoginAndNoPasswordAllGetTheSameAnswer() {
        String phone = PeopleFixtures.phone();
        String code = fixtures.teacher(phone);
        fixtures.accountWithPassword(phone, code, PASSWORD);
        String withoutPassword = PeopleFixtures.phone();
        fixtures.teacher(withoutPassword);

        List<JsonPath> answers = List.of(
                passwordSignIn(phone, "Mật khẩu sai 2026").statusCode(401).extract().jsonPath(),
                passwordSignIn(PeopleFixtures.phone(), PASSWORD).statusCode(401).extract().jsonPath(),
                passwordSignIn(PeopleFixtures.code("GV"), PASSWORD).statusCode(401).extract().jsonPath(),
                passwordSignIn(withoutPassword, PASSWORD).statusCode(401).extract().jsonPath());

        for (JsonPath answer : answers) {
            assertEquals("UNAUTHENTICATED", answer.getString("code"));
            assertEquals(WRONG_LOGIN, answer.getString("detail"));
            assertEquals(answers.get(0).getString("title"), answer.getString("title"));
            assertEquals(answers.get(0).getString("type"), answer.getString("type"));
        }
    }

    @Test
    void teacherWhoIsAlsoAParentGetsBothRoles() {
        String phone = PeopleFixtures.phone();
        String code = fixtures.teacher(phone);
        fixtures.guardian(phone);
        fixtures.accountWithPassword(phone, code, PASSWORD);

        me(AuthApi.signIn(code, PASSWORD).accessToken()).statusCode(200)
                .body("roles", containsInAnyOrder(Roles.TEACHER, Roles.GUARDIAN));
    }

    @Test
    void personWithoutAnActiveRoleCannotSignInEvenWithTheRightPassword() {
        String phone = PeopleFixtures.phone();
        String code = fixtures.teacher(phone);
        UUID account = fixtures.accountWithPassword(phone, code, PASSWORD);
        fixtures.deactivateStaff(code);

        passwordSignIn(code, PASSWORD).statusCode(403)
                .contentType("application/problem+json")
                .body("code", equalTo("FORBIDDEN"));
        assertEquals(0, firstSignIns(account));
    }

    @Test
    void missingFieldsAreAValidationError() {
        passwordSignIn("", "").statusCode(400).body("code", equalTo("VALIDATION_FAILED"));
    }

    private long firstSignIns(UUID account) {
        return fixtures.count("SELECT count(first_sign_in_at) FROM account WHERE id = $1", account);
    }

    private long firstSignInMicros(UUID account) {
        return fixtures.count("SELECT (extract(epoch FROM first_sign_in_at) * 1000000)::bigint FROM account"
                + " WHERE id = $1", account);
    }

    @Test
    void guessingStopsAfterTenWrongPasswordsEvenForTheRightOne() {
        String phone = PeopleFixtures.phone();
        String code = fixtures.teacher(phone);
        fixtures.accountWithPassword(phone, code, PASSWORD);
        for (int i = 0; i < 10; i++) {
            passwordSignIn(phone, "sai-mat-khau-" + i).statusCode(401);
        }
        passwordSignIn(phone, PASSWORD).statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", not(emptyOrNullString()))
                .body("code", equalTo("TOO_MANY_REQUESTS"));
    }

    @Test
    void tenFailuresSplitBetweenStaffCodeAndPhoneLockTheAccountForBothLogins() {
        String phone = PeopleFixtures.phone();
        String code = fixtures.teacher(phone);
        fixtures.accountWithPassword(phone, code, PASSWORD);
        for (int i = 0; i < 5; i++) {
            passwordSignIn(code, "sai-mat-khau-" + i).statusCode(401);
            passwordSignIn(i % 2 == 0 ? phone : PeopleFixtures.local(phone), "sai-mat-khau-" + i).statusCode(401);
        }

        JsonPath byPhone = passwordSignIn(phone, PASSWORD).statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", not(emptyOrNullString()))
                .extract().jsonPath();
        JsonPath byCode = passwordSignIn(code, PASSWORD).statusCode(429)
                .header("Retry-After", not(emptyOrNullString()))
                .extract().jsonPath();

        assertEquals("TOO_MANY_REQUESTS", byPhone.getString("code"));
        assertSameProblem(byPhone, byCode);
    }

    @Test
    void anUnknownLoginIsLockedOutWithTheSameAnswersAsAKnownAccount() {
        String phone = PeopleFixtures.phone();
        String code = fixtures.teacher(phone);
        fixtures.accountWithPassword(phone, code, PASSWORD);
        String unknownPhone = PeopleFixtures.phone();
        String unknownCode = PeopleFixtures.code("GV");

        for (int i = 0; i < 10; i++) {
            JsonPath known = passwordSignIn(i % 2 == 0 ? phone : code, "sai-mat-khau-" + i).statusCode(401)
                    .contentType("application/problem+json").extract().jsonPath();
            JsonPath unknown = passwordSignIn(unknownPhone, "sai-mat-khau-" + i).statusCode(401)
                    .contentType("application/problem+json").extract().jsonPath();
            assertSameProblem(known, unknown);
        }
        JsonPath known = passwordSignIn(code, PASSWORD).statusCode(429)
                .header("Retry-After", not(emptyOrNullString())).extract().jsonPath();
        JsonPath unknown = passwordSignIn(unknownPhone, PASSWORD).statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", not(emptyOrNullString())).extract().jsonPath();
        assertSameProblem(known, unknown);

        // Each unknown login string has an allowance of its own, as each account does.
        passwordSignIn(unknownCode, PASSWORD).statusCode(401).body("detail", equalTo(WRONG_LOGIN));
    }

    /** The same problem, apart from the correlation id that every answer has of its own. */
    private static void assertSameProblem(JsonPath expected, JsonPath actual) {
        for (String field : List.of("status", "code", "title", "detail", "type")) {
            assertEquals(expected.getString(field), actual.getString(field), field);
        }
        java.util.Map<String, Object> expectedFields = new java.util.TreeMap<>(expected.getMap(""));
        java.util.Map<String, Object> actualFields = new java.util.TreeMap<>(actual.getMap(""));
        assertEquals(expectedFields.keySet(), actualFields.keySet());
    }
}
