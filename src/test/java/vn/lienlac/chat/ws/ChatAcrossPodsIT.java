package vn.lienlac.chat.ws;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.lienlac.platform.PackagedServer;
import vn.lienlac.platform.devdb.DevDatabase;

/**
 * Two instances of the packaged server sharing one PostgreSQL, as pods behind a load balancer: a message sent
 * through one instance reaches a client connected to the other (LISTEN/NOTIFY wakes it; it reads the database).
 * Runs after {@code package}, against {@code target/quarkus-app/quarkus-run.jar}.
 */
class ChatAcrossPodsIT {

    private static final String PASSWORD = "Mật-khẩu-thử-2026";
    private static final List<PackagedServer> SERVERS = new ArrayList<>();
    private static String jdbcUrl;
    private static int apiA;
    private static int apiB;

    @BeforeAll
    static void startTwoInstances() throws Exception {
        int pg = DevDatabase.start(Optional.empty());
        jdbcUrl = "jdbc:postgresql://127.0.0.1:" + pg + "/postgres";
        Path keys = Files.createTempDirectory("lienlac-it-keys");
        apiA = PackagedServer.freePort();
        apiB = PackagedServer.freePort();
        SERVERS.add(PackagedServer.start(pg, keys, apiA, List.of()));
        SERVERS.add(PackagedServer.start(pg, keys, apiB, List.of()));
    }

    @AfterAll
    static void stopInstances() {
        SERVERS.forEach(PackagedServer::close);
    }

    @Test
    void aMessageSentThroughOneInstanceReachesAClientOnTheOther() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        long conversation;
        String codeA = "GVA" + suffix;
        String codeB = "GVB" + suffix;
        try (Connection db = DriverManager.getConnection(jdbcUrl, "postgres", "postgres")) {
            long school = insertSchool(db, suffix);
            long staffA = insertTeacher(db, school, codeA, "Nguyễn Thị Lan");
            long staffB = insertTeacher(db, school, codeB, "Phạm Văn Bình");
            conversation = id(db, "INSERT INTO conversation (kind, school_id, title, created_at) "
                    + "VALUES ('CUSTOM', ?, 'Tổ Toán', now()) RETURNING id", school);
            for (long staff : new long[] {staffA, staffB}) {
                update(db, "INSERT INTO conversation_member (conversation_id, participant, source, joined_at) "
                        + "VALUES (?, ?, 'MANUAL', now())", conversation, "s:" + staff);
            }
        }
        try (ChatClient onA = ChatClient.connect(ws(apiA), signIn(apiA, codeA));
                ChatClient onB = ChatClient.connect(ws(apiB), signIn(apiB, codeB))) {
            onA.sync(new JsonObject());
            onB.sync(new JsonObject());
            assertEquals("ack", onA.sendMessage(conversation, "a1", "Chiều nay họp tổ lúc 15 giờ.").getString("type"));
            JsonObject received = onB.await(f -> "event".equals(f.getString("type")) && "a1".equals(
                    f.getString("clientId")));
            assertEquals("Chiều nay họp tổ lúc 15 giờ.", received.getString("text"));
            assertEquals("ack", onB.sendMessage(conversation, "b1", "Em nhận được ạ.").getString("type"));
            onA.await(f -> "event".equals(f.getString("type")) && "b1".equals(f.getString("clientId")));
            assertEquals(List.of(1L, 2L), onB.seqs(conversation));
            assertEquals(List.of(1L, 2L), onA.seqs(conversation));
        }
    }

    private static String signIn(int port, String staffCode) {
        return RestAssured.given().port(port).contentType(ContentType.JSON)
                .body(new JsonObject().put("login", staffCode).put("password", PASSWORD).encode())
                .post("/api/v1/auth/password")
                .then().statusCode(200).extract().path("accessToken");
    }

    private static long insertSchool(Connection db, String suffix) throws SQLException {
        long department = id(db, "INSERT INTO department (code, name) VALUES (?, 'Sở GDĐT thử') RETURNING id",
                "S" + suffix);
        long district = id(db, "INSERT INTO district_office (department_id, code, name) VALUES (?, ?, 'Phòng thử') "
                + "RETURNING id", department, "P" + suffix);
        return id(db, "INSERT INTO school (district_office_id, code, name, name_search, level) "
                + "VALUES (?, ?, 'Trường THCS Thử', 'truong thcs thu', 'THCS') RETURNING id", district, "T" + suffix);
    }

    private static long insertTeacher(Connection db, long school, String code, String name) throws SQLException {
        long staff = id(db, "INSERT INTO staff (staff_code, district_office_id, school_id, full_name, name_search, role) "
                + "SELECT ?, district_office_id, id, ?, lower(?), 'TEACHER' FROM school WHERE id = ? RETURNING id",
                code, name, name, school);
        update(db, "INSERT INTO account (id, staff_code, password_hash, created_at) VALUES (?, ?, ?, now())",
                UUID.randomUUID(), code, BcryptUtil.bcryptHash(PASSWORD, 4));
        return staff;
    }

    private static long id(Connection db, String sql, Object... params) throws SQLException {
        try (PreparedStatement statement = prepare(db, sql, params); ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static void update(Connection db, String sql, Object... params) throws SQLException {
        try (PreparedStatement statement = prepare(db, sql, params)) {
            statement.executeUpdate();
        }
    }

    private static PreparedStatement prepare(Connection db, String sql, Object... params) throws SQLException {
        PreparedStatement statement = db.prepareStatement(sql);
        for (int i = 0; i < params.length; i++) {
            statement.setObject(i + 1, params[i]);
        }
        return statement;
    }

    private static URI ws(int port) {
        return URI.create("ws://127.0.0.1:" + port + "/ws/chat");
    }
}
