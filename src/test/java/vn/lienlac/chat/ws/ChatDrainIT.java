package vn.lienlac.chat.ws;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import vn.lienlac.platform.PackagedServer;
import vn.lienlac.platform.devdb.DevDatabase;

/**
 * Issue 21, item 1, with a real SIGTERM: the packaged server, stopped as an orchestrator stops it, sends its chat
 * clients the 1012 close frame and its hint before the framework closes anything (before the drain existed they got
 * 1000 and an empty reason). Read on the wire by {@link RawCloseClient}. Runs after {@code package}.
 */
class ChatDrainIT {

    private static final String PASSWORD = "Mật-khẩu-thử-2026";
    private static final int CONNECTIONS = 4;

    @Test
    void sigtermClosesEveryConnectionWith1012AndTheHintOnTheWire() throws Exception {
        int pg = DevDatabase.start(Optional.empty());
        String suffix = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String code = "GVD" + suffix;
        int port = PackagedServer.freePort();
        // started first: its Flyway creates the schema
        PackagedServer server = PackagedServer.start(pg, Files.createTempDirectory("lienlac-it-keys"), port,
                List.of("lienlac.chat.drain.window=2s"));
        List<RawCloseClient> clients = new ArrayList<>();
        try {
            insertTeacher(pg, suffix, code);
            String token = RestAssured.given().port(port).contentType(ContentType.JSON)
                    .body(new JsonObject().put("login", code).put("password", PASSWORD).encode())
                    .post("/api/v1/auth/password").then().statusCode(200).extract().path("accessToken");
            for (int i = 0; i < CONNECTIONS; i++) {
                RawCloseClient client = RawCloseClient.open(URI.create("ws://127.0.0.1:" + port + "/ws/chat"), token);
                clients.add(client);
                assertTrue(client.welcome.get(60, TimeUnit.SECONDS).contains("\"welcome\""));
            }
        } finally {
            server.close(); // SIGTERM
        }
        for (RawCloseClient client : clients) {
            RawCloseClient.Close close = client.close.get(60, TimeUnit.SECONDS);
            assertEquals(1012, close.code(), "close code on the wire; server log: " + server.log());
            assertEquals("server restarting; reconnect now with jitter", close.reason());
            client.close();
        }
    }

    private static void insertTeacher(int pg, String suffix, String code) throws Exception {
        try (Connection db = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + pg + "/postgres",
                "postgres", "postgres")) {
            long department = id(db, "INSERT INTO department (code, name) VALUES (?, 'Sở GDĐT thử') RETURNING id",
                    "S" + suffix);
            long district = id(db, "INSERT INTO district_office (department_id, code, name) VALUES (?, ?, "
                    + "'Phòng thử') RETURNING id", department, "P" + suffix);
            long school = id(db, "INSERT INTO school (district_office_id, code, name, name_search, level) "
                    + "VALUES (?, ?, 'Trường THCS Thử', 'truong thcs thu', 'THCS') RETURNING id", district,
                    "T" + suffix);
            id(db, "INSERT INTO staff (staff_code, district_office_id, school_id, full_name, name_search, role) "
                    + "SELECT ?, district_office_id, id, 'Vũ Thị Hằng', 'vu thi hang', 'TEACHER' FROM school "
                    + "WHERE id = ? RETURNING id", code, school);
            id(db, "INSERT INTO account (id, staff_code, password_hash, created_at) VALUES (?, ?, ?, now()) "
                    + "RETURNING 1", UUID.randomUUID(), code, BcryptUtil.bcryptHash(PASSWORD, 4));
        }
    }

    private static long id(Connection db, String sql, Object... params) throws Exception {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                statement.setObject(i + 1, params[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
