package vn.lienlac.notifications.journey;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.lienlac.notices.NoticesApi.absence;

import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.core.Vertx;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.lienlac.directory.TestSchools;
import vn.lienlac.identity.otp.TestClock;
import vn.lienlac.notices.NoticeScene;
import vn.lienlac.notices.NoticeScene.Scene;
import vn.lienlac.notifications.OutboxFixture;
import vn.lienlac.notifications.TestConfigs;
import vn.lienlac.notifications.fakes.SmsGatewayFake;
import vn.lienlac.notifications.fakes.WebPushServiceFake;
import vn.lienlac.notifications.fakes.WebPushServiceFake.Subscription;
import vn.lienlac.notifications.fakes.ZaloFake;
import vn.lienlac.notifications.outbox.ChannelName;
import vn.lienlac.notifications.outbox.sending.Channels;
import vn.lienlac.notifications.policy.ConfiguredChannels;
import vn.lienlac.notifications.sms.SmsChannel;
import vn.lienlac.notifications.sms.SmsConfig;
import vn.lienlac.notifications.webpush.VapidKeyring;
import vn.lienlac.notifications.webpush.WebPushChannel;
import vn.lienlac.notifications.zalo.ZaloChannel;
import vn.lienlac.notifications.zalo.ZaloConfig;

/**
 * The whole way, as issue 18 means it: a school publishes an absence; the outbox row is written in the publishing
 * transaction, the pod's own sender picks it up, and the real channels talk HTTP to strict fake providers. The father
 * has the app (a Web Push subscription the fake decrypts); the mother has none and no Zalo, so Zalo refuses and SMS
 * goes, without diacritics. The delivery report shows each path.
 */
@QuarkusTest
class AbsenceReachJourneyTest {

    private static final Duration WAIT = Duration.ofSeconds(60);
    /** 09:00 in Vietnam: outside the night's quiet hours. */
    private static final Instant MORNING = Instant.parse("2026-12-08T02:00:00Z");
    private static final String ABSENCE_TEMPLATE = "480001";

    @Inject
    NoticeScene scenes;

    @Inject
    TestSchools db;

    @Inject
    OutboxFixture outbox;

    @Inject
    Vertx vertx;

    @Inject
    WebPushChannel webPush;

    @Inject
    VapidKeyring keyring;

    private final TestClock clock = new TestClock();
    private WebPushServiceFake pushService;
    private ZaloFake zalo;
    private SmsGatewayFake sms;
    private ZaloChannel zaloChannel;
    private SmsChannel smsChannel;
    private Scene s;

    @BeforeEach
    void providers() {
        clock.set(MORNING);
        QuarkusMock.installMockForType(clock, Clock.class);
        pushService = new WebPushServiceFake();
        zalo = new ZaloFake();
        zalo.template(ABSENCE_TEMPLATE, "school", "about", "content");
        sms = new SmsGatewayFake();
        zaloChannel = new ZaloChannel(TestConfigs.of(ZaloConfig.class, zaloProperties()), vertx, clock);
        smsChannel = new SmsChannel(TestConfigs.of(SmsConfig.class, smsProperties()), vertx, clock);
        QuarkusMock.installMockForType(new Channels(List.of(webPush, zaloChannel, smsChannel)) {
        }, Channels.class);
        QuarkusMock.installMockForType(new ConfiguredChannels(null) {
            @Override
            public Set<ChannelName> now() {
                return EnumSet.of(ChannelName.WEB_PUSH, ChannelName.ZALO, ChannelName.SMS);
            }
        }, ConfiguredChannels.class);
        s = scenes.create();
    }

    @AfterEach
    void stop() {
        zaloChannel.close();
        smsChannel.close();
        pushService.close();
        zalo.close();
        sms.close();
    }

    @Test
    void theFathersPhoneIsWokenAndTheMotherGetsAnSmsWhenZaloCannotReachHer() {
        Subscription fathersPhone = pushService.subscribe(keyring.publicKey().orElseThrow());
        outbox.execute("INSERT INTO push_endpoint (participant, channel, address, keys, created_at) "
                + "VALUES ($1, 'WEB_PUSH', $2, $3::jsonb, now())", s.father().participant(), fathersPhone.endpoint(),
                fathersPhone.keysJson());
        zalo.mode(s.mother().phone(), ZaloFake.Mode.NO_ZALO);

        given().auth().oauth2(s.portal()).contentType(ContentType.JSON)
                .body(Map.of("records", List.of(absence("vang-1", s.an()))))
                .post("/api/v1/notices/schools/{school}/attendance", s.school()).then().statusCode(200);

        Awaitility.await().atMost(WAIT).until(() -> !pushService.receivedBy(fathersPhone).isEmpty()
                && !smsTo(s.mother().phone()).isEmpty());

        JsonObject push = pushService.receivedBy(fathersPhone).get(0).payload();
        assertEquals("Chuyên cần – Nguyễn Văn An", push.getString("title"));
        assertTrue(push.getString("body").startsWith("Con Nguyễn Văn An (lớp 6A1) vắng mặt"), push.encode());
        assertEquals(1, pushService.receivedBy(fathersPhone).size(), "one push, not one per retry");

        List<ZaloFake.Call> asked = zalo.calls().stream()
                .filter(c -> ("+" + c.body().getString("phone")).equals(s.mother().phone())).toList();
        assertEquals(1, asked.size(), "Zalo was asked once for the mother, and said she has no Zalo");
        assertEquals("Nguyễn Văn An", asked.get(0).body().getJsonObject("template_data").getString("about"));
        assertEquals(1, smsTo(s.mother().phone()).size());
        String text = smsTo(s.mother().phone()).get(0).body().getString("text");
        assertTrue(text.contains("Nguyen Van An"), text);
        assertFalse(text.chars().anyMatch(c -> c > 0x7f), "GSM-7 text without diacritics: " + text);

        long notice = db.count("SELECT n.id FROM notice n JOIN school sc ON sc.id = n.school_id "
                + "WHERE sc.code = $1 AND n.source_id = 'vang-1'", s.school());
        Awaitility.await().atMost(WAIT).until(() -> db.count("SELECT count(*) FROM outbox o "
                + "JOIN outbox_item i ON i.id = o.item_id WHERE i.item_ref = $1 AND o.channel = 'SMS' "
                + "AND o.state = 'SENT' AND o.segments >= 1 AND o.cost_units = o.segments", "notice:" + notice) == 1);
        JsonPath report = given().auth().oauth2(s.principal())
                .get("/api/v1/notices/schools/{school}/reports/notices/{id}", s.school(), notice)
                .then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("WEB_PUSH:SENT"), ways(report, s.father().participant()).subList(0, 1));
        List<String> mothers = ways(report, s.mother().participant());
        assertTrue(mothers.contains("ZALO:FAILED") && mothers.contains("SMS:SENT"), mothers.toString());
    }

    @Test
    void aSubscriptionTheBrowserDroppedIsRemovedAndAnSmsGatewayAt429IsAskedAgainAfterItsRetryAfter() {
        Subscription dropped = pushService.subscribe(keyring.publicKey().orElseThrow());
        pushService.mode(dropped, WebPushServiceFake.Mode.GONE);
        outbox.execute("INSERT INTO push_endpoint (participant, channel, address, keys, created_at) "
                + "VALUES ($1, 'WEB_PUSH', $2, $3::jsonb, now())", s.father().participant(), dropped.endpoint(),
                dropped.keysJson());
        zalo.mode(s.mother().phone(), ZaloFake.Mode.NO_ZALO);
        sms.mode(s.mother().phone(), SmsGatewayFake.Mode.RATE_LIMITED);

        given().auth().oauth2(s.portal()).contentType(ContentType.JSON)
                .body(Map.of("records", List.of(absence("vang-2", s.an()))))
                .post("/api/v1/notices/schools/{school}/attendance", s.school()).then().statusCode(200);

        Awaitility.await().atMost(WAIT).until(() -> db.count("SELECT count(*) FROM push_endpoint "
                + "WHERE address = $1", dropped.endpoint()) == 0);
        Awaitility.await().atMost(WAIT).until(() -> db.count("SELECT count(*) FROM outbox o "
                + "JOIN outbox_item i ON i.id = o.item_id WHERE i.recipient = $1 AND o.channel = 'SMS' "
                + "AND o.state = 'QUEUED' AND o.attempts = 1 AND o.error IS NOT NULL", s.mother().participant()) == 1);
        assertEquals(1, db.count("SELECT count(*) FROM outbox o JOIN outbox_item i ON i.id = o.item_id "
                + "WHERE i.recipient = $1 AND o.channel = 'SMS' AND o.due_at >= $2", s.mother().participant(),
                java.time.OffsetDateTime.ofInstant(MORNING.plusSeconds(1), java.time.ZoneOffset.UTC)),
                "the retry waits for the gateway's Retry-After");
        assertEquals(1, db.count("SELECT count(*) FROM outbox o JOIN outbox_item i ON i.id = o.item_id "
                + "WHERE i.recipient = $1 AND o.channel = 'WEB_PUSH' AND o.state = 'FAILED'",
                s.father().participant()));

        sms.mode(s.mother().phone(), SmsGatewayFake.Mode.OK);
        clock.advance(Duration.ofMinutes(5));
        Awaitility.await().atMost(WAIT).until(() -> db.count("SELECT count(*) FROM outbox o "
                + "JOIN outbox_item i ON i.id = o.item_id WHERE i.recipient = $1 AND o.channel = 'SMS' "
                + "AND o.state = 'SENT' AND o.attempts = 2", s.mother().participant()) == 1);
        assertEquals(1, smsTo(s.mother().phone()).size(), "the retry is one message");
    }

    /** The SMS the gateway took for this phone (the pod's sender also sends other tests' leftover rows). */
    private List<SmsGatewayFake.Call> smsTo(String phone) {
        return sms.calls().stream().filter(c -> c.status() == 200 && phone.equals(c.body().getString("to"))).toList();
    }

    private static List<String> ways(JsonPath report, String guardian) {
        List<Map<String, String>> path = report.getList("recipients.find { it.guardian == '" + guardian + "' }.path");
        return path.stream().map(step -> step.get("way") + ":" + step.get("state")).toList();
    }

    private Map<String, String> zaloProperties() {
        Map<String, String> properties = new HashMap<>();
        properties.put("lienlac.notifications.zalo.url", zalo.sendUrl());
        properties.put("lienlac.notifications.zalo.oauth-url", zalo.oauthUrl());
        properties.put("lienlac.notifications.zalo.access-token", ZaloFake.FIRST_TOKEN);
        properties.put("lienlac.notifications.zalo.templates.attendance", ABSENCE_TEMPLATE);
        properties.put("lienlac.notifications.zalo.timeout", "5s");
        return properties;
    }

    private Map<String, String> smsProperties() {
        Map<String, String> properties = new HashMap<>();
        properties.put("lienlac.notifications.sms.url", sms.url());
        properties.put("lienlac.notifications.sms.headers.Authorization", "Bearer " + SmsGatewayFake.KEY);
        properties.put("lienlac.notifications.sms.body-template", "{\"to\":\"{phone}\",\"brandname\":\"{brandname}\","
                + "\"text\":\"{message}\",\"unicode\":\"{unicode}\",\"requestId\":\"{idempotencyKey}\"}");
        properties.put("lienlac.notifications.sms.timeout", "5s");
        properties.put("lienlac.notifications.sms.provider-id-pointer", "/data/id");
        properties.put("lienlac.notifications.sms.success-pointer", "/code");
        return properties;
    }
}
