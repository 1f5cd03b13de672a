import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * A district's grade publication through the outbox: {@code --grades} grade records (default 18,000) reach
 * {@code --guardians} guardians (default 30,000): by default half have the app (an FCM token), a quarter Zalo only and
 * a quarter SMS only ({@code --mix app,zalo,sms} in quarters). The rows are enqueued straight into the outbox with SQL
 * in one transaction, as the policy would write them for step 0; the server's sender (run.sh points its FCM, Zalo and
 * SMS channels at {@link FakeProviders}) does the rest. One address in {@code --fail-every} is refused on its first
 * try (429 with Retry-After: 1, or 503), so some rows are retried.
 *
 * <p>Prints the time until every guardian's first attempt was made (target: 60 s), sends per second by channel,
 * retries, lost (rows never taken by a provider, must be 0) and duplicates (an address taken twice, must be 0).
 */
public final class NotificationsBenchmark {

    private NotificationsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int guardians = 30_000;
        int grades = 18_000;
        int schools = 30;
        int failEvery = 25;
        int timeoutSeconds = 600;
        int[] mix = {2, 1, 1};
        String baseUrl = null;
        Path serverLog = null;
        int fakePort = 0;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--guardians" -> guardians = Integer.parseInt(args[++i]);
                case "--grades" -> grades = Integer.parseInt(args[++i]);
                case "--schools" -> schools = Integer.parseInt(args[++i]);
                case "--fail-every" -> failEvery = Integer.parseInt(args[++i]);
                case "--timeout-seconds" -> timeoutSeconds = Integer.parseInt(args[++i]);
                case "--mix" -> {
                    String[] parts = args[++i].split(",");
                    mix = new int[] {Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2])};
                }
                case "--base-url" -> baseUrl = args[++i];
                case "--server-log" -> serverLog = Path.of(args[++i]);
                case "--fake-port" -> fakePort = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        if (baseUrl == null || serverLog == null || fakePort == 0 || mix[0] + mix[1] + mix[2] != 4) {
            throw new IllegalArgumentException("--base-url, --server-log and --fake-port are required; --mix adds to 4");
        }
        try (FakeProviders fakes = new FakeProviders(fakePort, failEvery)) {
            awaitReady(baseUrl, Duration.ofSeconds(240));
            System.exit(run(fakes, ServerDatabase.fromLog(serverLog), guardians, grades, schools, mix,
                    Duration.ofSeconds(timeoutSeconds)));
        }
    }

    static int run(FakeProviders fakes, ServerDatabase db, int guardians, int grades, int schools, int[] mix,
            Duration timeout) throws Exception {
        // Guardian g's channel by g % 4: [0, app) app, [app, app + zalo) Zalo, the rest SMS.
        int app = mix[0];
        int zalo = mix[0] + mix[1];
        String channel = "CASE WHEN g % 4 < " + app + " THEN 'FCM' WHEN g % 4 < " + zalo + " THEN 'ZALO' ELSE 'SMS' END";
        long expectedPush = count(guardians, 0, app);
        long expectedZalo = count(guardians, app, zalo);
        long expectedSms = guardians - expectedPush - expectedZalo;
        System.out.printf(Locale.ROOT, "Grade publication: %,d grade records, %,d guardians (%,d app, %,d Zalo only, "
                + "%,d SMS only), %d schools%n", grades, guardians, expectedPush, expectedZalo, expectedSms, schools);

        long start = System.nanoTime();
        db.query("""
                WITH g AS (SELECT g, (g - 1) %% %2$d + 1 AS record FROM generate_series(1, %1$d) g),
                endpoints AS (
                    INSERT INTO push_endpoint (participant, channel, address, created_at)
                    SELECT 'g:' || g, 'FCM', 'fcm-token-' || g, now() FROM g WHERE %4$s = 'FCM'
                    RETURNING id, participant),
                items AS (
                    INSERT INTO outbox_item (kind, item_ref, recipient, school_id, district_id, message, created_at)
                    SELECT 'GRADE', 'grade:' || record || ':' || g, 'g:' || g, record %% %3$d + 1, 1,
                           '{"title":"Điểm mới: Toán","body":"Con đạt 9 điểm bài kiểm tra giữa kỳ.",
                             "url":"/so-lien-lac","template":"grade","params":{"mon":"Toán","diem":"9"}}', now()
                    FROM g RETURNING id, recipient)
                INSERT INTO outbox (item_id, step, channel, endpoint_id, address, due_at, expires_at,
                                    idempotency_key, created_at)
                SELECT i.id, 0, %4$s, e.id, CASE WHEN %4$s <> 'FCM' THEN '+849' || lpad(g::text, 8, '0') END,
                       now(), now() + interval '1 day', gen_random_uuid(), now()
                FROM items i JOIN g ON i.recipient = 'g:' || g.g LEFT JOIN endpoints e ON e.participant = i.recipient
                """.formatted(guardians, grades, schools, channel));
        long enqueued = System.nanoTime();
        System.out.printf(Locale.ROOT, "Enqueued %,d outbox rows in one transaction (%.1f s)%n", guardians,
                seconds(enqueued - start));

        long deadline = enqueued + timeout.toNanos();
        long firstAttempts = -1;
        while (System.nanoTime() < deadline) {
            long attempted = fakes.push.firstAttemptNanos.size() + fakes.zalo.firstAttemptNanos.size()
                    + fakes.sms.firstAttemptNanos.size();
            if (firstAttempts < 0 && attempted >= guardians) {
                firstAttempts = System.nanoTime();
            }
            long accepted = fakes.push.accepted.size() + fakes.zalo.accepted.size() + fakes.sms.accepted.size();
            if (accepted >= guardians) {
                break;
            }
            Thread.sleep(100);
        }
        long done = System.nanoTime();
        List<String> states = db.query("SELECT state || '|' || count(*) || '|' || coalesce(sum(attempts - 1), 0) "
                + "FROM outbox GROUP BY state ORDER BY state");

        System.out.println();
        if (firstAttempts > 0) {
            System.out.printf(Locale.ROOT, "Every guardian's first attempt made after %.1f s (target 60 s): %s%n",
                    seconds(latestFirst(fakes) - enqueued), seconds(latestFirst(fakes) - enqueued) <= 60 ? "PASS" : "FAIL");
        } else {
            System.out.printf(Locale.ROOT, "Not every guardian had a first attempt within %d s: FAIL%n",
                    timeout.toSeconds());
        }
        System.out.printf(Locale.ROOT, "Every row taken by its provider after %.1f s%n", seconds(done - enqueued));
        System.out.printf("%-6s %10s %10s %10s %12s %9s%n", "", "guardians", "requests", "refused", "sends/s", "taken");
        long lost = 0;
        long duplicates = 0;
        for (Object[] c : new Object[][] {{"push", fakes.push, expectedPush}, {"Zalo", fakes.zalo, expectedZalo},
                {"SMS", fakes.sms, expectedSms}}) {
            FakeProviders.Tally t = (FakeProviders.Tally) c[1];
            long expected = (Long) c[2];
            long taken = t.accepted.size();
            double window = seconds(t.lastAcceptNanos.get() - t.firstAcceptNanos.get());
            System.out.printf(Locale.ROOT, "%-6s %,10d %,10d %,10d %,12.0f %,9d%n", c[0], expected, t.requests.get(),
                    t.refused.get(), taken > 1 && window > 0 ? taken / window : 0.0, taken);
            lost += Math.max(0, expected - taken);
            duplicates += t.accepted.values().stream().filter(n -> n > 1).count();
        }
        System.out.println("Outbox rows by state (state | rows | retries): " + String.join(", ", states));
        System.out.printf("Lost: %d (must be 0)   Duplicates: %d (must be 0)%n", lost, duplicates);
        return lost == 0 && duplicates == 0 ? 0 : 1;
    }

    private static long latestFirst(FakeProviders fakes) {
        long latest = 0;
        for (FakeProviders.Tally t : List.of(fakes.push, fakes.zalo, fakes.sms)) {
            for (long nanos : t.firstAttemptNanos.values()) {
                latest = Math.max(latest, nanos);
            }
        }
        return latest;
    }

    /** Guardians 1..n whose g % 4 is in [from, to). */
    private static long count(int n, int from, int to) {
        long count = 0;
        for (int g = 1; g <= n; g++) {
            if (g % 4 >= from && g % 4 < to) {
                count++;
            }
        }
        return count;
    }

    private static void awaitReady(String baseUrl, Duration timeout) throws InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/q/openapi")).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (java.io.IOException notYet) {
                // starting
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("the server did not start within " + timeout.toSeconds() + " s");
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }
}
