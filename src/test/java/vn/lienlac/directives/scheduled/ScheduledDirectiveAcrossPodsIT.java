package vn.lienlac.directives.scheduled;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.lienlac.platform.PackagedServer;
import vn.lienlac.platform.devdb.DevDatabase;

/**
 * Two processes of the packaged server on one PostgreSQL, each running the scheduled-directives job every second: a
 * district officer schedules directives through one process and cancels one through the other; at their time each
 * scheduled directive is written exactly once (the principal's inbox holds each once, and the two processes' logs
 * together count each once), and the cancelled one never goes. Runs after {@code package}.
 */
class ScheduledDirectiveAcrossPodsIT {

    private static final String PASSWORD = "Mật-khẩu-thử-2026";
    private static final Pattern SENT_LOG = Pattern.compile("Sent (\\d+) scheduled directives");
    private static final List<PackagedServer> SERVERS = new ArrayList<>();
    private static String jdbcUrl;
    private static int apiA;
    private static int apiB;

    @BeforeAll
    static void startTwoInstances() throws Exception {
        int pg = DevDatabase.start(Optional.empty());
        jdbcUrl = "jdbc:postgresql://127.0.0.1:" + pg + "/postgres";
        Path keys = Files.createTempDirectory("lienlac-it-keys");
        List<String> everySecond = List.of("lienlac.schedule.directives.every=1s",
                "lienlac.schedule.directives.delay=1s");
        apiA = PackagedServer.freePort();
        apiB = PackagedServer.freePort();
        SERVERS.add(PackagedServer.start(pg, keys, apiA, everySecond));
        SERVERS.add(PackagedServer.start(pg, keys, apiB, everySecond));
    }

    @AfterAll
    static void stopInstances() {
        SERVERS.forEach(PackagedServer::close);
    }

    @Test
    void scheduledDirectivesGoOnceAcrossTwoProcessesAndACancelledOneNever() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String officer = "PGD" + suffix;
        String principal = "HT" + suffix;
        String school = "T" + suffix;
        String district = "P" + suffix;
        try (Connection db = db()) {
            long districtId = id(db, "INSERT INTO district_office (department_id, code, name) VALUES ("
                    + "(SELECT id FROM department WHERE code = ?), ?, 'Phòng GDĐT thử') RETURNING id",
                    department(db, suffix), district);
            long schoolId = id(db, "INSERT INTO school (district_office_id, code, name, name_search, level) "
                    + "VALUES (?, ?, 'Trường THCS Thử', 'truong thcs thu', 'THCS') RETURNING id", districtId, school);
            staff(db, districtId, null, officer, "Nguyễn Văn Phòng", "DISTRICT_OFFICER");
            staff(db, districtId, schoolId, principal, "Lê Thị Hà", "PRINCIPAL");
        }
        String officerOnA = signIn(apiA, officer);
        String officerOnB = signIn(apiB, officer);
        Instant at = Instant.now().plusSeconds(45);

        List<Long> scheduled = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            scheduled.add(schedule(i % 2 == 0 ? apiA : apiB, i % 2 == 0 ? officerOnA : officerOnB, district, school,
                    "Văn bản hẹn giờ số " + i, at));
        }
        long cancelled = schedule(apiA, officerOnA, district, school, "Văn bản bị hủy", at);
        RestAssured.given().port(apiB).auth().oauth2(officerOnB).delete("/api/v1/directives/scheduled/" + cancelled)
                .then().statusCode(200);

        Awaitility.await().atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofMillis(500))
                .until(() -> count("SELECT count(*) FROM directive_scheduled WHERE state = 'SENT' AND id = ANY(?)",
                        scheduled) == scheduled.size());

        String principalToken = signIn(apiB, principal);
        JsonArray inbox = new JsonArray(RestAssured.given().port(apiB).auth().oauth2(principalToken)
                .get("/api/v1/directives/inbox").then().statusCode(200).extract().asString());
        Map<String, Integer> perSubject = new HashMap<>();
        inbox.forEach(entry -> perSubject.merge(((JsonObject) entry).getString("subject"), 1, Integer::sum));
        Map<String, Integer> expected = new HashMap<>();
        for (int i = 1; i <= 6; i++) {
            expected.put("Văn bản hẹn giờ số " + i, 1);
        }
        assertEquals(expected, perSubject, "each scheduled directive once in the principal's inbox, the cancelled "
                + "one never");
        assertEquals(6, count("SELECT count(DISTINCT directive_id) FROM directive_scheduled WHERE id = ANY(?)",
                scheduled));
        assertEquals(0, count("SELECT count(*) FROM directive_scheduled WHERE directive_id IS NOT NULL AND id = ANY(?)",
                List.of(cancelled)));
        assertEquals(6, sentInLogs(), "the two processes together sent each once");
    }

    private static long schedule(int port, String token, String district, String school, String subject,
            Instant at) {
        JsonObject body = new JsonObject().put("documentNumber", "15/PGD-VP").put("issuedOn", "2026-12-07")
                .put("subject", subject).put("body", "Đề nghị các trường thực hiện.")
                .put("requiresAcknowledgement", false)
                .put("audience", new JsonObject().put("schools", new JsonArray().add(school)))
                .put("sendAt", at.atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toOffsetDateTime().toString());
        return RestAssured.given().port(port).auth().oauth2(token).contentType(ContentType.JSON).body(body.encode())
                .post("/api/v1/directives/districts/" + district).then().statusCode(202)
                .extract().jsonPath().getLong("id");
    }

    private static int sentInLogs() throws Exception {
        int sent = 0;
        for (PackagedServer server : SERVERS) {
            Matcher m = SENT_LOG.matcher(Files.readString(server.log()));
            while (m.find()) {
                sent += Integer.parseInt(m.group(1));
            }
        }
        return sent;
    }

    private static String signIn(int port, String staffCode) {
        return RestAssured.given().port(port).contentType(ContentType.JSON)
                .body(new JsonObject().put("login", staffCode).put("password", PASSWORD).encode())
                .post("/api/v1/auth/password")
                .then().statusCode(200).extract().path("accessToken");
    }

    private static String department(Connection db, String suffix) throws SQLException {
        id(db, "INSERT INTO department (code, name) VALUES (?, 'Sở GDĐT thử') RETURNING id", "S" + suffix);
        return "S" + suffix;
    }

    private static void staff(Connection db, long district, Long school, String code, String name, String role)
            throws SQLException {
        id(db, "INSERT INTO staff (staff_code, district_office_id, school_id, full_name, name_search, role) "
                + "VALUES (?, ?, ?, ?, lower(?), ?) RETURNING id", code, district, school, name, name, role);
        try (PreparedStatement s = db.prepareStatement(
                "INSERT INTO account (id, staff_code, password_hash, created_at) VALUES (?, ?, ?, now())")) {
            s.setObject(1, UUID.randomUUID());
            s.setString(2, code);
            s.setString(3, BcryptUtil.bcryptHash(PASSWORD, 4));
            s.executeUpdate();
        }
    }

    private static long count(String sql, List<Long> ids) throws SQLException {
        try (Connection db = db(); PreparedStatement s = db.prepareStatement(sql)) {
            s.setArray(1, db.createArrayOf("bigint", ids.toArray()));
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    private static long id(Connection db, String sql, Object... params) throws SQLException {
        try (PreparedStatement s = db.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }

    private static Connection db() throws SQLException {
        return DriverManager.getConnection(jdbcUrl, "postgres", "postgres");
    }
}
