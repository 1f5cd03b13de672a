package vn.lienlac.identity.rest;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static vn.lienlac.identity.rest.AuthApi.me;
import static vn.lienlac.identity.rest.AuthApi.refresh;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import vn.lienlac.directory.rest.PeopleFixtures;
import vn.lienlac.identity.IdentityFixtures;
import vn.lienlac.identity.Roles;

@QuarkusTest
class RefreshApiTest {

    private static final String PASSWORD = "Mật khẩu thử 2026";

    @Inject
    IdentityFixtures fixtures;

    @Test
    void refreshRotatesTheTokensWithinTheSameSession() {
        AuthApi.Pair first = teacherSignsIn();

        AuthApi.Pair second = AuthApi.Pair.of(refresh(first.refreshToken()));

        assertEquals(first.sessionId(), second.sessionId());
        assertNotEquals(first.refreshToken(), second.refreshToken());
        me(second.accessToken()).statusCode(200);
        assertEquals(1, fixtures.count(
                "SELECT count(*) FROM refresh_token WHERE session_id = $1 AND used_at IS NOT NULL", uuid(first)));
    }

    @Test
    void reusingARefreshTokenRevokesTheWholeSession() {
        AuthApi.Pair first = teacherSignsIn();
        AuthApi.Pair second = AuthApi.Pair.of(refresh(first.refreshToken()));

        refresh(first.refreshToken()).statusCode(401)
                .contentType("application/problem+json")
                .body("code", equalTo("UNAUTHENTICATED"));

        refresh(second.refreshToken()).statusCode(401);
        me(second.accessToken()).statusCode(401)
                .contentType("application/problem+json")
                .body("code", equalTo("UNAUTHENTICATED"));
        assertEquals(1, fixtures.count("SELECT count(*) FROM auth_session WHERE id = $1"
                + " AND revoke_reason = 'REFRESH_TOKEN_REUSE'", uuid(first)));
    }

    @Test
    void twoConcurrentRefreshesWithOneTokenLetExactlyOneThrough() throws Exception {
        AuthApi.Pair pair = teacherSignsIn();
        CountDownLatch start = new CountDownLatch(1);
        Callable<Integer> attempt = () -> {
            start.await();
            return refresh(pair.refreshToken()).extract().statusCode();
        };
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> results = new ArrayList<>(List.of(pool.submit(attempt), pool.submit(attempt)));
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> result : results) {
                statuses.add(result.get(60, TimeUnit.SECONDS));
            }
            assertEquals(List.of(200, 401), statuses.stream().sorted().toList());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void unknownAndExpiredRefreshTokensAreRefused() {
        AuthApi.Pair pair = teacherSignsIn();
        fixtures.expireRefreshTokens(uuid(pair));

        refresh(pair.refreshToken()).statusCode(401).body("code", equalTo("UNAUTHENTICATED"));
        refresh("x".repeat(43)).statusCode(401).body("code", equalTo("UNAUTHENTICATED"));
        me(pair.accessToken()).statusCode(200);
    }

    @Test
    void personDeactivatedInTheDirectoryCannotRefresh() {
        String phone = PeopleFixtures.phone();
        String code = fixtures.teacher(phone);
        fixtures.accountWithPassword(phone, code, PASSWORD);
        AuthApi.Pair pair = AuthApi.signIn(code, PASSWORD);

        fixtures.deactivateStaff(code);

        refresh(pair.refreshToken()).statusCode(401).body("code", equalTo("UNAUTHENTICATED"));
        me(pair.accessToken()).statusCode(401);
        assertEquals(1, fixtures.count("SELECT count(*) FROM auth_session WHERE id = $1"
                + " AND revoke_reason = 'PERSON_INACTIVE'", uuid(pair)));
    }

    @Test
    void refreshReadsTheRolesFromTheDirectoryAgain() {
        String phone = PeopleFixtures.phone();
        String code = fixtures.teacher(phone);
        fixtures.accountWithPassword(phone, code, PASSWORD);
        AuthApi.Pair pair = AuthApi.signIn(code, PASSWORD);

        fixtures.guardian(phone);

        me(AuthApi.Pair.of(refresh(pair.refreshToken())).accessToken()).statusCode(200)
                .body("roles", containsInAnyOrder(Roles.TEACHER, Roles.GUARDIAN));
    }

    private AuthApi.Pair teacherSignsIn() {
        String phone = PeopleFixtures.phone();
        String code = fixtures.teacher(phone);
        fixtures.accountWithPassword(phone, code, PASSWORD);
        return AuthApi.signIn(phone, PASSWORD);
    }

    private static UUID uuid(AuthApi.Pair pair) {
        return UUID.fromString(pair.sessionId());
    }
}
