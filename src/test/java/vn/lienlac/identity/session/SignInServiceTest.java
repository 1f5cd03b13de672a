package vn.lienlac.identity.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.smallrye.mutiny.Uni;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.lienlac.directory.PeopleLookup;
import vn.lienlac.directory.Person;
import vn.lienlac.directory.rest.PeopleFixtures;
import vn.lienlac.identity.IdentityFixtures;
import vn.lienlac.platform.error.ApiException;
import vn.lienlac.platform.error.ErrorCode;

@QuarkusTest
class SignInServiceTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @Inject
    SignInService signIn;

    @Inject
    PeopleLookup people;

    @Inject
    IdentityFixtures fixtures;

    @Inject
    SessionConfig config;

    @Test
    void concurrentFirstSignInsOfOnePersonShareOneAccount() {
        String phone = PeopleFixtures.phone();
        fixtures.guardian(phone);
        Person person = people.byPhone(phone).await().atMost(TIMEOUT);

        List<TokenPair> pairs = Uni.join().all(signIn.complete(person, TestSessions.DEVICE),
                signIn.complete(person, TestSessions.DEVICE)).andFailFast().await().atMost(TIMEOUT);

        assertEquals(1, fixtures.count("SELECT count(*) FROM account WHERE phone = $1", phone));
        assertEquals(2, fixtures.count("SELECT count(DISTINCT s.id) FROM auth_session s JOIN account a"
                + " ON a.id = s.account_id WHERE a.phone = $1 AND s.id IN ($2, $3)", phone,
                pairs.get(0).sessionId(), pairs.get(1).sessionId()));
    }

    @Test
    void staffWithoutAPhoneGetAnAccountByStaffCode() {
        String code = fixtures.teacher(null);

        signIn.complete(people.byStaffCode(code).await().atMost(TIMEOUT), TestSessions.DEVICE)
                .await().atMost(TIMEOUT);

        assertEquals(1, fixtures.count("SELECT count(*) FROM account WHERE staff_code = $1 AND phone IS NULL"
                + " AND first_sign_in_at IS NOT NULL", code));
    }

    @Test
    void aPersonWithoutAnActiveRoleIsRefused() {
        Person nobody = people.byPhone(PeopleFixtures.phone()).await().atMost(TIMEOUT);

        ApiException refused = assertThrows(ApiException.class,
                () -> signIn.complete(nobody, TestSessions.DEVICE).await().atMost(TIMEOUT));

        assertEquals(ErrorCode.FORBIDDEN, refused.code());
        assertEquals(0, fixtures.count("SELECT count(*) FROM account WHERE phone = $1", nobody.phone()));
    }

    @Test
    void sessionAndRefreshTokenLiveAsConfigured() {
        String phone = PeopleFixtures.phone();
        fixtures.guardian(phone);

        TokenPair pair = signIn.complete(people.byPhone(phone).await().atMost(TIMEOUT), TestSessions.DEVICE)
                .await().atMost(TIMEOUT);

        UUID session = pair.sessionId();
        assertEquals(config.sessionMaxAge().toSeconds(), fixtures.count(
                "SELECT extract(epoch FROM expires_at - created_at)::bigint FROM auth_session WHERE id = $1",
                session));
        assertEquals(config.refreshTtl().toSeconds(), fixtures.count(
                "SELECT extract(epoch FROM expires_at - issued_at)::bigint FROM refresh_token WHERE session_id = $1",
                session));
        assertEquals(Duration.ofDays(60), config.sessionMaxAge());
        assertEquals(Duration.ofDays(30), config.refreshTtl());
    }
}
