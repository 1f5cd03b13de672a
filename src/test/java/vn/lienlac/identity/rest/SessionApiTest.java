package vn.lienlac.identity.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.lienlac.identity.rest.AuthApi.endSession;
import static vn.lienlac.identity.rest.AuthApi.me;
import static vn.lienlac.identity.rest.AuthApi.refresh;
import static vn.lienlac.identity.rest.AuthApi.sessions;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.lienlac.directory.rest.PeopleFixtures;
import vn.lienlac.identity.IdentityFixtures;
import vn.lienlac.identity.session.SessionConfig;

@QuarkusTest
class SessionApiTest {

    private static final String PASSWORD = "Mật khẩu thử 2026";

    @Inject
    IdentityFixtures fixtures;

    @Inject
    SessionConfig config;

    @Test
    void logoutEndsTheAccessTokenAtOnce() {
        AuthApi.Pair pair = teacherSignsIn().get(0);
        me(pair.accessToken()).statusCode(200);

        AuthApi.logout(pair.accessToken()).statusCode(204);

        me(pair.accessToken()).statusCode(401)
                .contentType("application/problem+json")
                .body("code", equalTo("UNAUTHENTICATED"));
        refresh(pair.refreshToken()).statusCode(401);
    }

    @Test
    void logoutAllRevokesEverySessionOfTheAccount() {
        List<AuthApi.Pair> devices = teacherSignsIn(3);

        AuthApi.logoutAll(devices.get(1).accessToken()).statusCode(204);

        for (AuthApi.Pair device : devices) {
            me(device.accessToken()).statusCode(401);
            refresh(device.refreshToken()).statusCode(401);
        }
    }

    @Test
    void sessionsListShowsTheLiveDevicesAndMarksTheCurrentOne() {
        List<AuthApi.Pair> devices = teacherSignsIn(3);
        AuthApi.logout(devices.get(2).accessToken()).statusCode(204);

        sessions(devices.get(0).accessToken()).statusCode(200)
                .body("$", hasSize(2))
                .body("find { it.id == '%s' }.current".formatted(devices.get(0).sessionId()), equalTo(true))
                .body("find { it.id == '%s' }.current".formatted(devices.get(1).sessionId()), equalTo(false))
                .body("find { it.id == '%s' }.deviceName".formatted(devices.get(1).sessionId()),
                        equalTo("Điện thoại của cô Thu"))
                .body("find { it.id == '%s' }.userAgent".formatted(devices.get(1).sessionId()),
                        equalTo("LienLac-Android/1.0"));
    }

    @Test
    void endingOneOfMyOtherSessionsSignsThatDeviceOut() {
        List<AuthApi.Pair> devices = teacherSignsIn(2);

        endSession(devices.get(0).accessToken(), devices.get(1).sessionId()).statusCode(204);

        me(devices.get(1).accessToken()).statusCode(401);
        me(devices.get(0).accessToken()).statusCode(200);
    }

    @Test
    void endingAnotherAccountsSessionIsNotFound() {
        AuthApi.Pair mine = teacherSignsIn().get(0);
        AuthApi.Pair theirs = teacherSignsIn().get(0);

        endSession(mine.accessToken(), theirs.sessionId()).statusCode(404)
                .contentType("application/problem+json")
                .body("code", equalTo("NOT_FOUND"));
        endSession(mine.accessToken(), "not-a-session").statusCode(404);

        me(theirs.accessToken()).statusCode(200);
    }

    @Test
    void signingInBeyondTheLimitRevokesTheOldestSession() {
        List<AuthApi.Pair> devices = teacherSignsIn(config.maxSessionsPerAccount() + 1);

        me(devices.get(0).accessToken()).statusCode(401);
        me(devices.get(devices.size() - 1).accessToken()).statusCode(200);
        sessions(devices.get(1).accessToken()).statusCode(200).body("$", hasSize(config.maxSessionsPerAccount()));
        assertEquals(1, fixtures.count("SELECT count(*) FROM auth_session WHERE id = $1"
                + " AND revoke_reason = 'SESSION_LIMIT'", UUID.fromString(devices.get(0).sessionId())));
    }

    @Test
    void theBreakGlassAdminTokenHasNoSessionsToManage() {
        given().auth().oauth2("test-admin-token").when().get("/api/v1/auth/sessions").then()
                .statusCode(403)
                .body("code", equalTo("FORBIDDEN"));
    }

    @Test
    void sessionEndpointsNeedAToken() {
        given().when().post("/api/v1/auth/logout").then().statusCode(401)
                .body("code", equalTo("UNAUTHENTICATED"));
    }

    /** One teacher signing in on {@code devices} devices (sessions), oldest first. */
    private List<AuthApi.Pair> teacherSignsIn(int devices) {
        String phone = PeopleFixtures.phone();
        String code = fixtures.teacher(phone);
        fixtures.accountWithPassword(phone, code, PASSWORD);
        List<AuthApi.Pair> pairs = new ArrayList<>();
        for (int i = 0; i < devices; i++) {
            pairs.add(AuthApi.signIn(code, PASSWORD));
        }
        return pairs;
    }

    private List<AuthApi.Pair> teacherSignsIn() {
        return teacherSignsIn(1);
    }
}
