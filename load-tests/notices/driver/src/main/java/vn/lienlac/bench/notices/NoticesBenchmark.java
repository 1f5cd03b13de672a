package vn.lienlac.bench.notices;

import io.vertx.core.Vertx;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketClientOptions;
import io.vertx.core.http.WebSocketConnectOptions;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * End-of-term grades for one school (issue 5): a school of N students with both parents each, a share of the
 * guardians connected over the chat WebSocket, then N × subjects grade records published by the school's portal
 * in batches. Prints records/s, inbox items (notices to guardians)/s and the time from the first publish request
 * to the moment the last connected guardian has received all of their notices.
 */
public final class NoticesBenchmark {

    private static final String[] SUBJECTS = {"TOAN", "NGU_VAN", "TIENG_ANH", "KHTN", "LICH_SU_DIA_LY", "GDCD",
            "CONG_NGHE", "TIN_HOC", "GDTC", "NGHE_THUAT", "HDTN", "GDDP"};
    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô"};
    private static final String[] GIVEN = {"An", "Bình", "Châu", "Dũng", "Giang", "Hà", "Khánh", "Linh", "Minh", "Ngọc",
            "Phúc", "Quân", "Sơn", "Thảo", "Uyên", "Việt"};

    private final Map<String, String> opts;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final URI base;
    private final String admin;

    private NoticesBenchmark(Map<String, String> opts) {
        this.opts = opts;
        this.base = URI.create(opts.get("base-url"));
        this.admin = opts.get("token");
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = new HashMap<>(Map.of("students", "1500", "batch", "500", "connected", "0.3",
                "parallel", "2", "wait-seconds", "120"));
        for (int i = 0; i + 1 < args.length; i += 2) {
            opts.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        new NoticesBenchmark(opts).run();
        System.exit(0);
    }

    private void run() throws Exception {
        awaitReady();
        int students = Integer.parseInt(opts.get("students"));
        String suffix = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        String school = "THCS-TAI-" + suffix;
        String year = schoolYear();
        put("/api/v1/directory/departments/SO-TAI-" + suffix, new JsonObject().put("name", "Sở GDĐT thử tải"));
        put("/api/v1/directory/districts/PGD-TAI-" + suffix, new JsonObject().put("name", "Phòng GDĐT thử tải")
                .put("departmentCode", "SO-TAI-" + suffix));
        put("/api/v1/directory/schools/" + school, new JsonObject().put("name", "Trường THCS Thử Tải " + suffix)
                .put("level", "THCS").put("districtCode", "PGD-TAI-" + suffix));
        log("Importing " + students + " students with both parents into " + school + "…");
        post("/api/v1/directory/schools/" + school + "/imports/students?mode=snapshot&schoolYear=" + year,
                admin, new JsonObject().put("students", roster(students)).encode(), Duration.ofMinutes(5));
        String key = new JsonObject(post("/api/v1/api-keys", admin, new JsonObject().put("schoolCode", school)
                .put("name", "Cổng thử tải").encode(), Duration.ofSeconds(30))).getString("key");

        try (Connection db = database(Path.of(opts.get("pg-data")))) {
            List<String> phones = guardians(db, school);
            double share = Double.parseDouble(opts.get("connected"));
            List<String> connectedPhones = new ArrayList<>();
            for (int i = 0; i < phones.size(); i++) {
                if ((int) ((i + 1) * share) != (int) (i * share)) {
                    connectedPhones.add(phones.get(i));
                }
            }
            List<String> tokens = signIn(db, connectedPhones);
            Vertx vertx = Vertx.vertx();
            Clients clients = connect(vertx, tokens);
            log("Connected " + tokens.size() + " of " + phones.size() + " guardians (" + share * 100 + "%).");

            List<JsonArray> batches = grades(students, Integer.parseInt(opts.get("batch")), year);
            int parallel = Integer.parseInt(opts.get("parallel"));
            Semaphore slots = new Semaphore(parallel);
            AtomicInteger accepted = new AtomicInteger();
            AtomicInteger rejected = new AtomicInteger();
            long start = System.nanoTime();
            List<CompletableFuture<Void>> sent = new ArrayList<>();
            for (JsonArray batch : batches) {
                slots.acquire();
                HttpRequest request = HttpRequest.newBuilder(base.resolve("/api/v1/notices/schools/" + school
                                + "/grades")).header("Authorization", "Bearer " + key)
                        .header("Content-Type", "application/json").timeout(Duration.ofMinutes(2))
                        .POST(HttpRequest.BodyPublishers.ofString(new JsonObject().put("records", batch).encode()))
                        .build();
                sent.add(http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).thenAccept(response -> {
                    slots.release();
                    if (response.statusCode() != 200) {
                        throw new IllegalStateException("publish answered " + response.statusCode() + ": "
                                + response.body());
                    }
                    JsonObject counts = new JsonObject(response.body()).getJsonObject("counts");
                    accepted.addAndGet(counts.getInteger("accepted"));
                    rejected.addAndGet(counts.getInteger("rejected"));
                }));
            }
            CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).join();
            long published = System.nanoTime();
            int expected = SUBJECTS.length;
            boolean all = clients.awaitAll(expected, Duration.ofSeconds(Long.parseLong(opts.get("wait-seconds"))));
            long items = count(db, "SELECT count(*) FROM notice_delivery d JOIN notice n ON n.id = d.notice_id "
                    + "JOIN school s ON s.id = n.school_id WHERE s.code = ?", school);
            double publishSeconds = (published - start) / 1e9;
            double lastReceived = (clients.lastArrival() - start) / 1e9;
            System.out.printf("%n| figure | value |%n|---|---|%n");
            System.out.printf("| grade records sent / accepted / rejected | %,d / %,d / %,d |%n",
                    (long) students * SUBJECTS.length, accepted.get(), rejected.get());
            System.out.printf("| batches × records, requests in parallel | %d × %s, %d |%n", batches.size(),
                    opts.get("batch"), parallel);
            System.out.printf("| publish time (first request → last answer) | %.2f s |%n", publishSeconds);
            System.out.printf("| records/s | %,.0f |%n", accepted.get() / publishSeconds);
            System.out.printf("| notices to guardians (inbox items) / s | %,.0f (%,d items) |%n",
                    items / publishSeconds, items);
            System.out.printf("| connected guardians fully notified | %,d / %,d |%n", clients.complete(expected),
                    tokens.size());
            System.out.printf("| first publish → last connected guardian received | %.2f s |%n", lastReceived);
            System.out.printf("| target: all accepted and every connected guardian notified within 10 s | %s |%n",
                    accepted.get() == students * SUBJECTS.length && all && lastReceived <= 10 ? "PASS" : "FAIL");
            clients.close();
            vertx.close();
        }
    }

    /** Connected guardians: items received per client and the arrival time of the last one. */
    private static final class Clients {
        final AtomicLongArray received;
        final AtomicLong last = new AtomicLong();
        final List<io.vertx.core.http.WebSocket> sockets = new ArrayList<>();

        Clients(int n) {
            received = new AtomicLongArray(n);
        }

        int complete(int expected) {
            int done = 0;
            for (int i = 0; i < received.length(); i++) {
                done += received.get(i) >= expected ? 1 : 0;
            }
            return done;
        }

        boolean awaitAll(int expected, Duration timeout) throws InterruptedException {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (complete(expected) < received.length()) {
                if (System.nanoTime() > deadline) {
                    return false;
                }
                Thread.sleep(20);
            }
            return true;
        }

        long lastArrival() {
            return last.get();
        }

        void close() {
            sockets.forEach(s -> s.close());
        }
    }

    private Clients connect(Vertx vertx, List<String> tokens) throws InterruptedException {
        Clients clients = new Clients(tokens.size());
        WebSocketClient client = vertx.createWebSocketClient(new WebSocketClientOptions().setMaxFrameSize(1 << 20)
                .setMaxMessageSize(1 << 20).setMaxConnections(tokens.size() + 10));
        CountDownLatch synced = new CountDownLatch(tokens.size());
        Semaphore connecting = new Semaphore(50);
        for (int i = 0; i < tokens.size(); i++) {
            int index = i;
            connecting.acquire();
            WebSocketConnectOptions options = new WebSocketConnectOptions()
                    .setAbsoluteURI(base.toString().replaceFirst("^http", "ws") + "/ws/chat")
                    .addSubProtocol("lienlac.chat.v1").addHeader("Authorization", "Bearer " + tokens.get(i));
            client.connect(options).onComplete(result -> {
                connecting.release();
                if (result.failed()) {
                    System.err.println("connect failed: " + result.cause());
                    synced.countDown();
                    return;
                }
                var socket = result.result();
                synchronized (clients.sockets) {
                    clients.sockets.add(socket);
                }
                socket.textMessageHandler(text -> {
                    JsonObject frame = new JsonObject(text);
                    String type = frame.getString("type");
                    if ("event".equals(type) && "item".equals(frame.getString("kind"))) {
                        clients.received.incrementAndGet(index);
                        clients.last.accumulateAndGet(System.nanoTime(), Math::max);
                    } else if ("welcome".equals(type)) {
                        socket.writeTextMessage(new JsonObject().put("type", "sync").put("ref", "s")
                                .put("cursors", new JsonObject()).encode());
                    } else if ("synced".equals(type)) {
                        synced.countDown();
                    }
                });
            });
        }
        if (!synced.await(5, TimeUnit.MINUTES)) {
            throw new IllegalStateException("clients did not sync within 5 minutes");
        }
        return clients;
    }

    private static JsonArray roster(int students) {
        JsonArray rows = new JsonArray();
        for (int i = 0; i < students; i++) {
            String family = FAMILY[i % FAMILY.length];
            rows.add(new JsonObject().put("studentCode", String.format("TAI%07d", i))
                    .put("fullName", family + " Văn " + GIVEN[i % GIVEN.length])
                    .put("dateOfBirth", "2013-09-05").put("gender", i % 2 == 0 ? "Nam" : "Nữ")
                    .put("className", (6 + (i / 40) % 4) + "A" + (1 + i / 160))
                    .put("fatherName", family + " Văn Cha").put("fatherPhone", String.format("091%07d", i))
                    .put("motherName", "Lê Thị Mẹ").put("motherPhone", String.format("092%07d", i)));
        }
        return rows;
    }

    private static List<JsonArray> grades(int students, int batchSize, String year) {
        List<JsonArray> batches = new ArrayList<>();
        JsonArray batch = new JsonArray();
        for (int s = 0; s < students; s++) {
            for (int j = 0; j < SUBJECTS.length; j++) {
                String code = String.format("TAI%07d", s);
                batch.add(new JsonObject().put("sourceId", "ck1-" + code + "-" + SUBJECTS[j]).put("studentCode", code)
                        .put("subject", SUBJECTS[j]).put("schoolYear", year).put("term", "HK1").put("kind", "CUOI_KY")
                        .put("score", ((s * 7 + j * 13) % 101) / 10.0));
                if (batch.size() == batchSize) {
                    batches.add(batch);
                    batch = new JsonArray();
                }
            }
        }
        if (!batch.isEmpty()) {
            batches.add(batch);
        }
        return batches;
    }

    private static List<String> guardians(Connection db, String school) throws Exception {
        List<String> phones = new ArrayList<>();
        try (PreparedStatement q = db.prepareStatement("""
                SELECT DISTINCT g.phone FROM guardian g JOIN student_guardian sg ON sg.guardian_id = g.id AND sg.active
                JOIN student s ON s.id = sg.student_id JOIN school sc ON sc.id = s.school_id
                WHERE sc.code = ? ORDER BY g.phone""")) {
            q.setString(1, school);
            try (ResultSet rows = q.executeQuery()) {
                while (rows.next()) {
                    phones.add(rows.getString(1));
                }
            }
        }
        return phones;
    }

    /** Accounts and live sessions written as a sign-in would leave them (as load-tests/chat does), and tokens. */
    private List<String> signIn(Connection db, List<String> phones) throws Exception {
        TokenSigner signer = TokenSigner.fromKeysDir(Path.of(opts.get("keys-dir")));
        Instant now = Instant.now();
        Instant expires = now.plus(Duration.ofHours(2));
        List<String> tokens = new ArrayList<>();
        try (PreparedStatement account = db.prepareStatement("INSERT INTO account (id, phone, created_at, "
                + "first_sign_in_at, last_active_at) VALUES (?, ?, ?, ?, ?)");
             PreparedStatement session = db.prepareStatement("INSERT INTO auth_session (id, account_id, device_name, "
                     + "created_at, last_used_at, expires_at) VALUES (?, ?, 'notices benchmark', ?, ?, ?)")) {
            for (String phone : phones) {
                UUID accountId = UUID.randomUUID();
                UUID sessionId = UUID.randomUUID();
                account.setObject(1, accountId);
                account.setString(2, phone);
                account.setTimestamp(3, Timestamp.from(now));
                account.setTimestamp(4, Timestamp.from(now));
                account.setTimestamp(5, Timestamp.from(now));
                account.addBatch();
                session.setObject(1, sessionId);
                session.setObject(2, accountId);
                session.setTimestamp(3, Timestamp.from(now));
                session.setTimestamp(4, Timestamp.from(now));
                session.setTimestamp(5, Timestamp.from(expires));
                session.addBatch();
                tokens.add(signer.guardian(phone, accountId, sessionId, now, expires));
            }
            account.executeBatch();
            session.executeBatch();
        }
        return tokens;
    }

    private static long count(Connection db, String sql, String param) throws Exception {
        try (PreparedStatement q = db.prepareStatement(sql)) {
            q.setString(1, param);
            try (ResultSet rows = q.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static Connection database(Path dataDir) throws Exception {
        List<String> pid = java.nio.file.Files.readAllLines(dataDir.resolve("postmaster.pid"));
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + pid.get(3).trim()
                + "/postgres?reWriteBatchedInserts=true", "postgres", "postgres");
    }

    private void awaitReady() throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(deadline)) {
            try {
                HttpRequest ready = HttpRequest.newBuilder(base.resolve("/api/v1/directory/districts"))
                        .header("Authorization", "Bearer " + admin).timeout(Duration.ofSeconds(5)).build();
                if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (java.io.IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("the server was not ready within 3 minutes");
    }

    private void put(String path, JsonObject body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path)).header("Authorization", "Bearer " + admin)
                .header("Content-Type", "application/json").timeout(Duration.ofSeconds(30))
                .PUT(HttpRequest.BodyPublishers.ofString(body.encode())).build();
        check(http.send(request, HttpResponse.BodyHandlers.ofString()), "PUT " + path);
    }

    private String post(String path, String token, String body, Duration timeout) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").timeout(timeout)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return check(http.send(request, HttpResponse.BodyHandlers.ofString()), "POST " + path);
    }

    private static String check(HttpResponse<String> response, String what) {
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException(what + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private static String schoolYear() {
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
        int start = today.getMonthValue() >= 8 ? today.getYear() : today.getYear() - 1;
        return start + "-" + (start + 1);
    }

    private static void log(String line) {
        System.out.println(line);
    }
}
