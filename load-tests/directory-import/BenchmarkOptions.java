import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalLong;

/** Command-line options; {@link #USAGE} lists them. */
record BenchmarkOptions(int schools, int studentsPerSchool, int staffPerSchool, long seed, String schoolYear,
                        URI baseUrl, String token, OptionalLong serverPid, int readyTimeoutSeconds,
                        Optional<Path> filesDir, boolean generateOnly) {

    static final int FULL_SCHOOLS = 30;
    static final int FULL_STUDENTS = 1000;

    static final String USAGE = """
            usage: DirectoryImportBenchmark [options]
              --schools N               schools in the district (default 30)
              --students-per-school M   students per school (default 1000)
              --staff-per-school K      staff per school (default 65, at least 5)
              --seed S                  generator seed (default 20262027)
              --school-year YYYY-YYYY   (default 2026-2027)
              --base-url URL            loopback server (default http://127.0.0.1:8080)
              --token TOKEN             admin token (default $LIENLAC_ADMIN_TOKEN, else demo-admin-token)
              --server-pid PID          server process, for readiness and memory (optional)
              --ready-timeout SECONDS   wait for the server to answer (default 180)
              --files-dir DIR           write the CSV files here and keep them (default: a temp dir, deleted)
              --generate-only DIR       only write the CSV files to DIR and print the figures
            """;

    static BenchmarkOptions parse(String[] args) {
        int schools = FULL_SCHOOLS;
        int students = FULL_STUDENTS;
        int staff = 65;
        long seed = 20262027L;
        String schoolYear = "2026-2027";
        URI baseUrl = URI.create("http://127.0.0.1:8080");
        String token = Optional.ofNullable(System.getenv("LIENLAC_ADMIN_TOKEN")).orElse("demo-admin-token");
        OptionalLong pid = OptionalLong.empty();
        int readyTimeout = 180;
        Optional<Path> filesDir = Optional.empty();
        boolean generateOnly = false;
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("missing value for " + name + "\n" + USAGE);
            }
            String value = args[++i];
            switch (name) {
                case "--schools" -> schools = positive(name, value);
                case "--students-per-school" -> students = positive(name, value);
                case "--staff-per-school" -> staff = positive(name, value);
                case "--seed" -> seed = positive(name, value);
                case "--school-year" -> schoolYear = value;
                case "--base-url" -> baseUrl = URI.create(value);
                case "--token" -> token = value;
                case "--server-pid" -> pid = OptionalLong.of(positive(name, value));
                case "--ready-timeout" -> readyTimeout = positive(name, value);
                case "--files-dir" -> filesDir = Optional.of(Path.of(value));
                case "--generate-only" -> {
                    filesDir = Optional.of(Path.of(value));
                    generateOnly = true;
                }
                default -> throw new IllegalArgumentException("unknown option " + name + "\n" + USAGE);
            }
        }
        if (staff < StaffGenerator.MIN_STAFF) {
            throw new IllegalArgumentException("--staff-per-school must be at least " + StaffGenerator.MIN_STAFF);
        }
        if (!schoolYear.matches("\\d{4}-\\d{4}")) {
            throw new IllegalArgumentException("--school-year must look like 2026-2027");
        }
        return new BenchmarkOptions(schools, students, staff, seed, schoolYear, baseUrl, token, pid, readyTimeout,
                filesDir, generateOnly);
    }

    /** The targets are set for the full district; smaller runs are smoke runs. */
    boolean fullSize() {
        return schools >= FULL_SCHOOLS && studentsPerSchool >= FULL_STUDENTS;
    }

    private static int positive(String name, String value) {
        int n;
        try {
            n = Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " needs a whole number, not " + value);
        }
        if (n <= 0) {
            throw new IllegalArgumentException(name + " must be positive");
        }
        return n;
    }
}
