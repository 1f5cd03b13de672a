import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Directives on the directory benchmark's district (30 schools × 1,000 students, its generator and import): a district
 * officer sends a directive to every principal, every principal forwards it to all their staff, half the principals
 * acknowledge and half the staff read, and then the officer's tracking view, the cascade view and a principal's view
 * of their forward are timed. {@code run.sh} starts a throw-away server and calls this; see the README.
 *
 * <p>Options: those of DirectoryImportBenchmark (--schools, --students-per-school, --staff-per-school, --seed,
 * --base-url, --token, --server-pid), plus --server-log FILE (required: the one-time codes and the database port are
 * read from it) and --repeat N (timed requests per view, default 30).
 */
public final class DirectivesBenchmark {

    static final String OFFICER_PHONE = "+84900000001";

    private DirectivesBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        List<String> rest = new ArrayList<>();
        Path serverLog = null;
        int repeat = 30;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--server-log" -> serverLog = Path.of(args[++i]);
                case "--repeat" -> repeat = Integer.parseInt(args[++i]);
                default -> rest.add(args[i]);
            }
        }
        if (serverLog == null) {
            throw new IllegalArgumentException("--server-log FILE is required");
        }
        BenchmarkOptions options = BenchmarkOptions.parse(rest.toArray(String[]::new));
        System.exit(run(options, serverLog, repeat));
    }

    static int run(BenchmarkOptions options, Path serverLog, int repeat) throws Exception {
        DirectoryClient directory = new DirectoryClient(options.baseUrl(), options.token());
        directory.awaitReady(Duration.ofSeconds(options.readyTimeoutSeconds()),
                options.serverPid().isPresent() ? ProcessHandle.of(options.serverPid().getAsLong()) : Optional.empty());
        District district = importDistrict(options, directory);

        ServerDatabase db = ServerDatabase.fromLog(serverLog);
        db.query("INSERT INTO staff (staff_code, district_office_id, full_name, name_search, role, phone) "
                + "SELECT 'CV-THU-TAI', id, 'Chuyên viên Thử Tải', 'chuyen vien thu tai', 'DISTRICT_OFFICER', '"
                + OFFICER_PHONE + "' FROM district_office WHERE code = '" + district.code() + "'");
        Map<String, String> principalPhones = new LinkedHashMap<>();
        for (String row : db.query("SELECT sc.code, st.phone FROM staff st JOIN school sc ON sc.id = st.school_id "
                + "WHERE st.active AND st.role = 'PRINCIPAL' AND st.phone IS NOT NULL ORDER BY sc.code, st.id")) {
            String[] columns = row.split("\\|");
            principalPhones.putIfAbsent(columns[0], columns[1]);
        }

        DirectiveClient api = new DirectiveClient(options.baseUrl(), serverLog);
        long start = System.nanoTime();
        String officer = api.signIn(OFFICER_PHONE);
        Map<String, String> principals = new LinkedHashMap<>();
        for (Map.Entry<String, String> school : principalPhones.entrySet()) {
            principals.put(school.getKey(), api.signIn(school.getValue()));
        }
        System.out.printf("Signed in the officer and %d principals with one-time codes (%.1f s)%n%n",
                principals.size(), since(start));

        Timings send = new Timings("officer sends to all principals");
        start = System.nanoTime();
        long id = api.create(officer, "/api/v1/directives/districts/" + district.code(), directive());
        send.add(System.nanoTime() - start);

        Timings forward = new Timings("principal forwards to all their staff");
        Map<String, Long> forwards = new LinkedHashMap<>();
        int n = 0;
        for (Map.Entry<String, String> principal : principals.entrySet()) {
            start = System.nanoTime();
            forwards.put(principal.getKey(), api.create(principal.getValue(), "/api/v1/directives/" + id
                    + "/forwards", "{\"instructions\":\"Đề nghị toàn thể cán bộ, giáo viên thực hiện.\","
                    + "\"requiresAcknowledgement\":true,\"audience\":{\"everyone\":true}}"));
            forward.add(System.nanoTime() - start);
            if (n++ % 2 == 0) {
                api.post(principal.getValue(), "/api/v1/directives/" + id + "/acknowledgement");
            }
        }
        // Staff have no tokens here: half of them read their forward, written as the read endpoint would.
        db.query("UPDATE directive_recipient r SET read_at = now(), fetched_at = now() FROM directive d "
                + "WHERE d.id = r.directive_id AND d.parent_id = " + id + " AND r.staff_id % 2 = 0");
        long staff = Long.parseLong(db.query("SELECT count(*) FROM directive_recipient r JOIN directive d "
                + "ON d.id = r.directive_id WHERE d.parent_id = " + id).get(0));
        System.out.printf("Directive %d: %d principals, forwarded by %d schools to %,d staff%n%n",
                id, principals.size(), forwards.size(), staff);

        String firstSchool = forwards.keySet().iterator().next();
        List<Timings> results = new ArrayList<>(List.of(send, forward));
        int[] sizes = new int[3];
        results.add(time("officer: tracking (" + principals.size() + " principals)", repeat,
                () -> sizes[0] = api.get(officer, "/api/v1/directives/" + id + "/tracking")));
        results.add(time("officer: cascade (" + forwards.size() + " schools, " + staff + " staff)", repeat,
                () -> sizes[1] = api.get(officer, "/api/v1/directives/" + id + "/cascade")));
        results.add(time("principal: tracking of their forward", repeat,
                () -> sizes[2] = api.get(principals.get(firstSchool),
                        "/api/v1/directives/" + forwards.get(firstSchool) + "/tracking")));
        System.out.println("Response times (sequential requests, after 3 untimed warm-up requests each):");
        results.forEach(t -> System.out.println("  " + t.describe()));
        System.out.printf("Response sizes: tracking %,d B, cascade %,d B, principal's tracking %,d B%n", sizes[0],
                sizes[1], sizes[2]);
        return 0;
    }

    private static District importDistrict(BenchmarkOptions options, DirectoryClient directory) throws Exception {
        long start = System.nanoTime();
        District district = new DistrictGenerator(options.seed(), options.schoolYear())
                .generate(options.schools(), options.studentsPerSchool(), options.staffPerSchool());
        Path dir = options.filesDir().isPresent() ? options.filesDir().get()
                : Files.createTempDirectory("lienlac-directives-");
        List<CsvExport.ImportFile> files = CsvExport.write(district, dir);
        directory.putDepartment(district.departmentCode(), district.departmentName());
        directory.putDistrict(district.code(), district.name(), district.departmentCode());
        for (District.School school : district.schools()) {
            directory.putSchool(school.code(), school.name(), "THCS", district.code());
        }
        for (CsvExport.ImportFile file : files) {
            directory.importFile(file, options.schoolYear());
        }
        System.out.printf("Imported the district: %s (%.1f s)%n%n",
                DistrictSummary.of(district).describe().replace('\n', ' '), since(start));
        return district;
    }

    private static String directive() {
        String deadline = LocalDate.now().plusDays(7) + "T17:00:00+07:00";
        return "{\"documentNumber\":\"260/PGD-VP\",\"issuedOn\":\"" + LocalDate.now() + "\","
                + "\"subject\":\"Triển khai sổ liên lạc điện tử Liên Lạc\","
                + "\"body\":\"Phòng GDĐT đề nghị các trường triển khai sổ liên lạc điện tử.\","
                + "\"deadline\":\"" + deadline + "\",\"requiresAcknowledgement\":true,"
                + "\"audience\":{\"everyone\":true},"
                + "\"reportRequest\":{\"description\":\"Báo cáo tiến độ triển khai.\",\"deadline\":\"" + deadline
                + "\"}}";
    }

    @FunctionalInterface
    interface Call {
        void run() throws Exception;
    }

    private static Timings time(String name, int repeat, Call call) throws Exception {
        for (int i = 0; i < 3; i++) {
            call.run();
        }
        Timings timings = new Timings(name);
        for (int i = 0; i < repeat; i++) {
            long start = System.nanoTime();
            call.run();
            timings.add(System.nanoTime() - start);
        }
        return timings;
    }

    private static double since(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
