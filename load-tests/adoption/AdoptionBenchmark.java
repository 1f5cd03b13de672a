import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Times the adoption reports on the directory benchmark's district (30 schools × 1,000 students, about 50,000
 * guardians): imports it over REST with the directory benchmark's generator and client, marks a known fraction of
 * people activated with SQL on {@code account}, checks that the district report counts exactly them, then times the
 * district and school reports warm, over several runs, and prints p50 and max. {@code run.sh} starts a throw-away
 * server and calls this; see load-tests/README.md.
 */
public final class AdoptionBenchmark {

    static final Duration DISTRICT_TARGET = Duration.ofSeconds(1);
    static final Duration SCHOOL_TARGET = Duration.ofMillis(100);
    static final int WARM_UP = 5;
    static final int DISTRICT_RUNS = 20;
    static final int SCHOOL_ROUNDS = 3;

    /**
     * Activation, decided by row id so that it is known and repeatable: staff whose id is not a multiple of 5 (80 %),
     * guardians whose id modulo 5 is 0, 1 or 2 (60 %). Each gets an account with a first sign-in, as a successful
     * sign-in leaves it.
     */
    static final String ACTIVATE = """
            INSERT INTO account (id, phone, staff_code, created_at, first_sign_in_at, last_active_at)
            SELECT gen_random_uuid(), phone, staff_code, now(), now(), now() FROM staff
            WHERE school_id IS NOT NULL AND id % 5 <> 0 ON CONFLICT DO NOTHING;
            INSERT INTO account (id, phone, created_at, first_sign_in_at, last_active_at)
            SELECT gen_random_uuid(), phone, now(), now(), now() FROM guardian
            WHERE id % 5 < 3 ON CONFLICT DO NOTHING;
            ANALYZE account;""";

    /** The activated guardians of the district's students, counted independently of the server's queries. */
    static final String EXPECTED_GUARDIANS = """
            SELECT count(DISTINCT g.id) || ' ' || count(DISTINCT g.id) FILTER (WHERE a.first_sign_in_at IS NOT NULL)
            FROM guardian g
            JOIN student_guardian sg ON sg.guardian_id = g.id AND sg.active
            JOIN student s ON s.id = sg.student_id AND s.active
            JOIN school sc ON sc.id = s.school_id
            JOIN district_office d ON d.id = sc.district_office_id AND d.code = '%s'
            LEFT JOIN account a ON a.phone = g.phone""";

    private AdoptionBenchmark() {
    }

    public static void main(String[] args) {
        if (List.of(args).contains("--help") || List.of(args).contains("-h")) {
            System.out.print(BenchmarkOptions.USAGE.replace("DirectoryImportBenchmark", "AdoptionBenchmark"));
            return;
        }
        try {
            System.exit(run(BenchmarkOptions.parse(args)));
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
        } catch (Exception e) {
            System.err.println("Benchmark failed: " + e);
            System.exit(2);
        }
    }

    static int run(BenchmarkOptions options) throws Exception {
        String pgdata = System.getenv("LIENLAC_BENCH_PGDATA");
        if (pgdata == null) {
            throw new IllegalArgumentException("LIENLAC_BENCH_PGDATA must name the server's PostgreSQL data "
                    + "directory (run.sh sets it)");
        }
        DirectoryClient directory = new DirectoryClient(options.baseUrl(), options.token());
        District district = new DistrictGenerator(options.seed(), options.schoolYear())
                .generate(options.schools(), options.studentsPerSchool(), options.staffPerSchool());
        Path dir = options.filesDir().isPresent() ? options.filesDir().get()
                : DirectoryImportBenchmark.temporaryDirectory();
        List<CsvExport.ImportFile> files = CsvExport.write(district, dir);
        System.out.println(DistrictSummary.of(district).describe());

        directory.awaitReady(Duration.ofSeconds(options.readyTimeoutSeconds()),
                options.serverPid().isPresent() ? ProcessHandle.of(options.serverPid().getAsLong()) : Optional.empty());
        Database database = Database.ofDataDir(Path.of(pgdata));
        DirectoryImportBenchmark.createOrganisation(directory, district);
        ImportPhase.Result imported = new ImportPhase("import", directory, Optional.empty(), options.schoolYear())
                .run(files);
        System.out.printf("Imported %d rows in %s%n", imported.counts().rows(),
                DirectoryImportBenchmark.seconds(imported.wall()));

        database.run(ACTIVATE);
        String[] expected = database.query(EXPECTED_GUARDIANS.formatted(district.code())).split(" ");
        System.out.printf("Activated with SQL: 80 %% of staff, 60 %% of guardians (%s of %s in the district)%n%n",
                expected[1], expected[0]);

        AdoptionClient adoption = new AdoptionClient(options.baseUrl(), options.token());
        String body = adoption.get("/districts/" + district.code()).body();
        String guardians = AdoptionClient.share(body, "guardians");
        System.out.println("District figures: staff " + AdoptionClient.share(body, "staff") + ", teachers "
                + AdoptionClient.share(body, "teachers") + ", guardians " + guardians + ", students "
                + AdoptionClient.share(body, "students"));
        boolean counted = guardians.startsWith(expected[1] + "/" + expected[0] + " ");
        System.out.println(counted ? "The district's guardians match the SQL count."
                : "MISMATCH: the SQL count is " + expected[1] + "/" + expected[0]);

        String first = district.schools().get(0).code();
        List<Timing> timings = List.of(
                time(adoption, "district report (all schools)", repeat("/districts/" + district.code(), DISTRICT_RUNS),
                        DISTRICT_TARGET),
                time(adoption, "school report (with classes)", schoolPaths(district, ""), SCHOOL_TARGET),
                time(adoption, "school not-activated list", schoolPaths(district, "/not-activated"), null),
                time(adoption, "school progress report", schoolPaths(district, "/report"), null),
                time(adoption, "district XLSX export", repeat("/districts/" + district.code() + "/export", 10), null),
                time(adoption, "school XLSX not-activated list", repeat("/schools/" + first
                        + "/not-activated/export", 10), null));
        System.out.println();
        System.out.printf("%-34s %6s %9s %9s %9s  %s%n", "request (warm)", "runs", "p50", "max", "target", "verdict");
        boolean pass = counted;
        for (Timing timing : timings) {
            System.out.println(timing.describe());
            pass &= timing.passes();
        }
        if (!options.fullSize()) {
            System.out.println("Smoke run (smaller than 30 × 1,000): the targets apply to the full district only.");
            return counted ? 0 : 1;
        }
        System.out.println(pass ? "PASS" : "FAIL");
        return pass ? 0 : 1;
    }

    private static List<String> repeat(String path, int times) {
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            paths.add(path);
        }
        return paths;
    }

    /** Every school, {@link #SCHOOL_ROUNDS} times round. */
    private static List<String> schoolPaths(District district, String suffix) {
        List<String> paths = new ArrayList<>();
        for (int round = 0; round < SCHOOL_ROUNDS; round++) {
            for (District.School school : district.schools()) {
                paths.add("/schools/" + school.code() + suffix);
            }
        }
        return paths;
    }

    /** Warms up on the first path, then times each path once, one request at a time. */
    private static Timing time(AdoptionClient client, String name, List<String> paths, Duration target)
            throws Exception {
        for (int i = 0; i < WARM_UP; i++) {
            client.get(paths.get(0));
        }
        List<Duration> samples = new ArrayList<>();
        for (String path : paths) {
            samples.add(client.get(path).elapsed());
        }
        return new Timing(name, samples, target);
    }
}
