package vn.lienlac.identity.rest;

import static org.hamcrest.Matchers.equalTo;
import static vn.lienlac.identity.rest.AuthApi.changePassword;
import static vn.lienlac.identity.rest.AuthApi.me;
import static vn.lienlac.identity.rest.AuthApi.passwordSignIn;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import vn.lienlac.directory.PeopleLookup;
import vn.lienlac.directory.rest.PeopleFixtures;
import vn.lienlac.identity.IdentityFixtures;
import vn.lienlac.identity.session.TestSessions;

@QuarkusTest
class PasswordChangeApiTest {

    private static final String OLD = "Mật khẩu cũ 2025";
    private static final String NEW = "Mật khẩu mới 2026";

    @Inject
    IdentityFixtures fixtures;

    @Inject
    TestSessions sessions;

    @Inject
    PeopleLookup people;

    @Test
    void staffSetsAFirstPasswordAndSignsInWithIt() {
        String phone = PeopleFixtures.phone();
        String code = fixtures.teacher(phone);
        String token = sessions.signIn(people.byStaffCode(code).await().indefinitely()).accessToken();

        changePassword(token, null, NEW).statusCode(204);

        passwordSignIn(code, NEW).statusCode(200);
        me(token).statusCode(200);
    }

    @Test
    void changingAPasswordNeedsTheCurrentOneAndSignsOutTheOtherDevices() {
        String phone = PeopleFixtures.phone();
        String code = fixtures.teacher(phone);
        java.util.UUID account = fixtures.accountWithPassword(phone, code, OLD);
        AuthApi.Pair here = AuthApi.signIn(code, OLD);
        AuthApi.Pair elsewhere = AuthApi.signIn(phone, OLD);

        changePassword(here.accessToken(), null, NEW).statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED"))
                .body("errors[0].field", equalTo("currentPassword"));
        changePassword(here.accessToken(), "Mật khẩu đoán 2025", NEW).statusCode(400)
                .body("errors[0].field", equalTo("currentPassword"));
        me(elsewhere.accessToken()).statusCode(200);

        changePassword(here.accessToken(), OLD, NEW).statusCode(204);

        me(here.accessToken()).statusCode(200);
        me(elsewhere.accessToken()).statusCode(401);
        passwordSignIn(code, OLD).statusCode(401);
        passwordSignIn(code, NEW).statusCode(200);
        org.junit.jupiter.api.Assertions.assertEquals(1, fixtures.count("SELECT count(*) FROM audit_event WHERE"
                + " action = 'PASSWORD_SET' AND actor = $1 AND (details->>'otherSessionsRevoked')::int = 1",
                account.toString()));
    }

    @Test
    void weakNewPasswordsAreRefused() {
        String code = fixtures.teacher(PeopleFixtures.phone());
        String token = sessions.signIn(people.byStaffCode(code).await().indefinitely()).accessToken();

        changePassword(token, null, "0912345678123").statusCode(400)
                .body("code", equalTo("VALIDATION_FAILED"))
                .body("errors[0].field", equalTo("newPassword"))
                .body("errors[0].message", equalTo("Mật khẩu mới không được chỉ gồm chữ số."));
        changePassword(token, null, "ngắn quá").statusCode(400)
                .body("errors[0].message", equalTo("Mật khẩu mới cần ít nhất 10 ký tự."));
    }

    @Test
    void guardiansHaveNoPasswordToSet() {
        String phone = PeopleFixtures.phone();
        fixtures.guardian(phone);
        String token = sessions.signIn(people.byPhone(phone).await().indefinitely()).accessToken();

        changePassword(token, null, NEW).statusCode(403).body("code", equalTo("FORBIDDEN"));
    }
}
