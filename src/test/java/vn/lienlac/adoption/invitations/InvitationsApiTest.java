package vn.lienlac.adoption.invitations;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Map;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.lienlac.adoption.AdoptionFixture;
import vn.lienlac.directory.PeopleLookup;
import vn.lienlac.directory.rest.PeopleFixtures;
import vn.lienlac.directory.text.PhoneNumbers;
import vn.lienlac.identity.otp.TestClock;
import vn.lienlac.identity.session.TestSessions;
import vn.lienlac.notifications.outbox.ChannelName;
import vn.lienlac.notifications.policy.ConfiguredChannels;

/**
 * Invitation campaigns (docs/adoption.md, "Invitations") on the district of {@link AdoptionFixture}: school A's
 * not-activated list is its vice principal, teacher T2 and other staff, and 17 guardians (F1 and M2 in 6A1, G6..G20
 * in 6A2); M1, G5, the principal and T1 have activated.
 */
@QuarkusTest
class InvitationsApiTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @Inject
    AdoptionFixture fixture;

    @Inject
    PeopleFixtures people;

    @Inject
    PeopleLookup lookup;

    @Inject
    TestSessions sessions;

    @Inject
    Pool pool;

    private final TestClock clock = new TestClock();
    private AdoptionFixture.World world;

    @BeforeEach
    void build() {
        QuarkusMock.installMockForType(clock, Clock.class);
        // Zalo and SMS are configured (their channels' environment is set), as in a school's deployment.
        QuarkusMock.installMockForType(new ConfiguredChannels(null) {
            @Override
            public Set<ChannelName> now() {
                return EnumSet.of(ChannelName.ZALO, ChannelName.SMS);
            }
        }, ConfiguredChannels.class);
        world = fixture.build();
    }

    @Test
    void schoolCampaignReachesExactlyTheNotActivatedList() {
        String noPhone = PeopleFixtures.code("GV");
        people.staff(world.get("A"), noPhone, "Giáo Viên Không Số", "TEACHER", null, true);

        ExtractableResponse<Response> answer = Api.as(world.get("token.principalA")).post(schoolInvitations())
                .then().statusCode(201).extract();
        JsonPath result = answer.jsonPath();
        assertTrue(answer.header("Location").endsWith("/api/v1/adoption/campaigns/" + result.getLong("campaignId")));
        assertEquals(20, result.getInt("invited"), "3 staff and 17 guardians");
        assertEquals(0, result.getInt("skippedRecent"));
        assertEquals(1, result.getInt("skippedNoPhone"), "the teacher without a number");

        Set<String> expected = new HashSet<>();
        Stream.concat(Stream.of("F1", "M2"), IntStream.rangeClosed(6, 20).mapToObj(i -> "G" + i))
                .forEach(g -> expected.add(world.get(g)));
        for (String staff : List.of("vpA", "t2A", "staffA")) {
            expected.add(staffPhone(world.get(staff)));
        }
        JsonPath campaign = Api.as(world.get("token.principalA")).get("/campaigns/" + result.getLong("campaignId"))
                .then().statusCode(200).extract().jsonPath();
        Set<String> invited = campaign.getList("invitations.phone", String.class).stream()
                .map(InvitationsApiTest::e164).collect(Collectors.toSet());
        assertEquals(expected, invited, "exactly the not-activated list, each person once");
        assertEquals(20, campaign.getList("invitations").size());
        assertEquals(world.get("A"), campaign.getString("schoolCode"));
        assertTrue(campaign.get("classId") == null);
        for (String activatedOrElsewhere : List.of("M1", "G5")) {
            assertFalse(invited.contains(world.get(activatedOrElsewhere)), activatedOrElsewhere);
        }
        assertEquals(20, outboxItems(result.getLong("campaignId")), "one outbox item per invitation");
        // Nobody invited has the app: Zalo first, then SMS, both waiting for the sender.
        for (int i = 0; i < 20; i++) {
            assertEquals(List.of("0 ZALO QUEUED", "1 SMS QUEUED"), campaign.getList("invitations[" + i + "].attempts",
                    Map.class).stream().map(a -> a.get("step") + " " + a.get("channel") + " " + a.get("state"))
                    .toList());
        }
    }

    @Test
    void aSecondCampaignWithinTheSpacingInvitesNobodyAgainAndAfterItDoes() {
        Api.admin().post(schoolInvitations()).then().statusCode(201).body("invited", equalTo(20));
        clock.advance(Duration.ofDays(6));
        Api.admin().post(schoolInvitations()).then().statusCode(201)
                .body("invited", equalTo(0)).body("skippedRecent", equalTo(20));
        Api.admin().post(classInvitations("6A1")).then().statusCode(201)
                .body("invited", equalTo(0)).body("skippedRecent", equalTo(2));
        clock.advance(Duration.ofDays(1).plusSeconds(1));
        Api.admin().post(classInvitations("6A1")).then().statusCode(201)
                .body("invited", equalTo(2)).body("skippedRecent", equalTo(0));
        Api.admin().post(schoolInvitations()).then().statusCode(201)
                .body("invited", equalTo(18)).body("skippedRecent", equalTo(2));
    }

    @Test
    void aHomeroomTeacherInvitesOnlyTheirOwnClassAndNeverTheSchool() {
        String t1 = world.get("token.t1A");
        forbidden(Api.as(t1).post(classInvitations("6A2")));
        forbidden(Api.as(t1).post(schoolInvitations()));
        forbidden(Api.as(world.get("token.t2A")).post(classInvitations("6A1")));
        forbidden(Api.as(world.get("token.principalB")).post(schoolInvitations()));
        forbidden(Api.as(world.get("token.M2")).post(classInvitations("6A1")));

        long id = Api.as(t1).post(classInvitations("6A1")).then().statusCode(201)
                .body("invited", equalTo(2)).extract().jsonPath().getLong("campaignId");
        JsonPath campaign = Api.as(t1).get("/campaigns/" + id).then().statusCode(200).extract().jsonPath();
        assertEquals(Set.of(world.get("F1"), world.get("M2")), campaign.getList("invitations.phone", String.class)
                .stream().map(InvitationsApiTest::e164).collect(Collectors.toSet()));
        forbidden(Api.as(world.get("token.t2A")).get("/campaigns/" + id));
        Api.as(world.get("token.principalA")).get("/campaigns/" + id).then().statusCode(200);
        Api.admin().post("/classes/9000000000/invitations").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void theShortLinkResolvesToTheNumberItWasSentToAndExpires() {
        long id = Api.admin().post(classInvitations("6A1")).then().statusCode(201).extract().jsonPath()
                .getLong("campaignId");
        String code = code(id, world.get("M2"));
        assertEquals(16, code.length());

        Api.anonymous().redirects().follow(false).get("/moi/" + code).then().statusCode(303)
                .header("Location", endsWith("/#/dang-nhap/moi/" + code));
        Api.admin().get("/campaigns/" + id).then().body("invitations.find { it.phone == '"
                + PhoneNumbers.national(world.get("M2")) + "' }.openedAt", nullValue());

        JsonPath opened = Api.anonymous().get(Api.BASE + "/invitations/" + code).then().statusCode(200)
                .body("phone", equalTo(PhoneNumbers.national(world.get("M2"))))
                .body("schoolName", notNullValue())
                .extract().jsonPath();
        assertEquals(Set.of("phone", "schoolName", "expiresAt"), opened.getMap("").keySet(), "nothing more");
        Api.admin().get("/campaigns/" + id).then().body("invitations.find { it.phone == '"
                + PhoneNumbers.national(world.get("M2")) + "' }.openedAt", notNullValue());

        clock.advance(Duration.ofDays(30));
        Api.anonymous().get(Api.BASE + "/invitations/" + code).then().statusCode(404)
                .contentType("application/problem+json").body("code", equalTo("NOT_FOUND"));
        Api.anonymous().get(Api.BASE + "/invitations/" + "a".repeat(16)).then().statusCode(404);
        Api.anonymous().get(Api.BASE + "/invitations/not-a-code").then().statusCode(404);
    }

    @Test
    void theFiguresCountInvitedAndActivatedAfterInvitation() {
        Api.admin().post(classInvitations("6A1")).then().statusCode(201).body("invited", equalTo(2));
        clock.advance(Duration.ofMinutes(5));
        sessions.signIn(lookup.byPhone(world.get("F1")).await().atMost(TIMEOUT));

        JsonPath school = Api.admin().get("/schools/" + world.get("A")).then().statusCode(200).extract().jsonPath();
        assertEquals(2, school.getInt("invitations.guardians.invited"));
        assertEquals(1, school.getInt("invitations.guardians.activatedAfter"));
        assertEquals(0, school.getInt("invitations.staff.invited"));
        assertEquals(2, school.getInt("classes.find { it.name == '6A1' }.invitations.guardians.invited"));
        assertEquals(1, school.getInt("classes.find { it.name == '6A1' }.invitations.guardians.activatedAfter"));
        assertEquals(0, school.getInt("classes.find { it.name == '6A2' }.invitations.guardians.invited"));
        // Existing fields are unchanged: F1's activation counts as any other.
        assertEquals(3, school.getInt("figures.guardians.activated"));

        String csv = new String(Api.admin().queryParam("format", "csv").get("/schools/" + world.get("A") + "/export")
                .then().statusCode(200).extract().asByteArray(), StandardCharsets.UTF_8);
        List<String> lines = csv.lines().toList();
        assertTrue(lines.get(0).endsWith(",Phụ huynh đã mời,Phụ huynh kích hoạt sau lời mời,CB-GV-NV đã mời,"
                + "CB-GV-NV kích hoạt sau lời mời"), lines.get(0));
        assertTrue(lines.get(1).startsWith("6A1,") && lines.get(1).endsWith(",2,1,0,0"), lines.get(1));
        assertTrue(lines.get(lines.size() - 1).startsWith("Toàn trường,")
                && lines.get(lines.size() - 1).endsWith(",2,1,0,0"), lines.get(lines.size() - 1));

        Api.admin().get("/schools/" + world.get("A") + "/report").then().statusCode(200)
                .body("invitations.guardians.invited", equalTo(2))
                .body("text", containsString("Đã gửi lời mời tới 2 phụ huynh và 0 cán bộ, "
                        + "giáo viên, nhân viên chưa kích hoạt; 1 người đã kích hoạt sau lời mời."));
    }

    private String schoolInvitations() {
        return "/schools/" + world.get("A") + "/invitations";
    }

    private String classInvitations(String className) {
        return "/classes/" + world.get(className) + "/invitations";
    }

    private static void forbidden(Response response) {
        response.then().statusCode(403).contentType("application/problem+json").body("code", equalTo("FORBIDDEN"));
    }

    private static String e164(String national) {
        return PhoneNumbers.normalise(national).orElseThrow();
    }

    private String staffPhone(String staffCode) {
        return one("SELECT phone FROM staff WHERE staff_code = $1", staffCode).getString(0);
    }

    private String code(long campaignId, String phone) {
        return one("SELECT code FROM invitation WHERE campaign_id = $1 AND phone = $2", campaignId, phone)
                .getString(0);
    }

    private long outboxItems(long campaignId) {
        return one("""
                SELECT count(*) FROM outbox_item oi JOIN invitation i ON oi.item_ref = 'invitation:' || i.id
                WHERE i.campaign_id = $1 AND oi.kind = 'INVITATION' AND oi.recipient = i.participant""", campaignId)
                .getLong(0);
    }

    private Row one(String sql, Object... params) {
        return pool.preparedQuery(sql).execute(Tuple.from(params)).await().atMost(TIMEOUT).iterator().next();
    }
}
