import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Measures the directory import of one district: the first import of every school's students and staff
 * (sequential, school by school, students first so that the classes exist for the staff file), then the
 * re-import of the unchanged files. Prints wall time, rows, rows/s and the server's memory per phase, and a
 * verdict against the targets. {@code run.sh} starts a throw-away server and calls this; see the README.
 */
public final class DirectoryImportBenchmark {

    static final Duration FIRST_IMPORT_TARGET = Duration.ofSeconds(60);
    static final Duration REIMPORT_TARGET = Duration.ofSeconds(20);

    private DirectoryImportBenchmark() {
    }

    public static void main(String[] args) {
        if (List.of(args).contains("--help") || List.of(args).contains("-h")) {
            System.out.print(BenchmarkOptions.USAGE);
            return;
        }
        try {
            System.exit(run(BenchmarkOptions.parse(args)));
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
        } catch (Exception e) {
            System.err.println("Benchmark failed: " + e.getMessage());
            System.exit(2);
        }
    }

    static int run(BenchmarkOptions options) throws Exception {
        Optional<DirectoryClient> client = options.generateOnly()
                ? Optional.empty()
                : Optional.of(new DirectoryClient(options.baseUrl(), options.token()));
        long start = System.nanoTime();
        District district = new DistrictGenerator(options.seed(), options.schoolYear())
                .generate(options.schools(), options.studentsPerSchool(), options.staffPerSchool());
        Path dir = options.filesDir().isPresent() ? options.filesDir().get() : temporaryDirectory();
        List<CsvExport.ImportFile> files = CsvExport.write(district, dir);
        System.out.printf("Generated %d CSV files in %s (seed %d, %s):%n%s%n%n", files.size(),
                seconds(Duration.ofNanos(System.nanoTime() - start)), options.seed(), dir,
                DistrictSummary.of(district).describe());
        return client.isEmpty() ? 0 : measure(options, client.get(), district, files);
    }

    /** A directory deleted when the JVM exits, also on SIGTERM or Ctrl-C. */
    static Path temporaryDirectory() throws IOException {
        Path dir = Files.createTempDirectory("lienlac-directory-import-");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                deleteRecursively(dir);
            } catch (IOException e) {
                System.err.println("Could not delete " + dir + ": " + e.getMessage());
            }
        }));
        return dir;
    }

    private static int measure(BenchmarkOptions options, DirectoryClient client, District district,
                               List<CsvExport.ImportFile> files) throws Exception {
        Optional<ServerMemory> memory = options.serverPid().isPresent()
                ? Optional.of(new ServerMemory(options.serverPid().getAsLong()))
                : Optional.empty();
        client.awaitReady(Duration.ofSeconds(options.readyTimeoutSeconds()),
                options.serverPid().isPresent() ? ProcessHandle.of(options.serverPid().getAsLong()) : Optional.empty());
        memory.ifPresent(m -> printMemory("Server ready", m));

        createOrganisation(client, district);
        ImportPhase.Result first = new ImportPhase("first import", client, memory, options.schoolYear()).run(files);
        ImportPhase.Result again = new ImportPhase("re-import", client, memory, options.schoolYear()).run(files);
        return Verdict.print(options, files, first, again);
    }

    /** Creates the department, the district and its schools (PUT, idempotent). The adoption benchmark uses it too. */
    static void createOrganisation(DirectoryClient client, District district) throws IOException, InterruptedException {
        long start = System.nanoTime();
        client.putDepartment(district.departmentCode(), district.departmentName());
        client.putDistrict(district.code(), district.name(), district.departmentCode());
        for (District.School school : district.schools()) {
            client.putSchool(school.code(), school.name(), "THCS", district.code());
        }
        System.out.printf("Created the department, the district and %d schools in %s%n%n", district.schools().size(),
                seconds(Duration.ofNanos(System.nanoTime() - start)));
    }

    static void printMemory(String when, ServerMemory memory) {
        try {
            System.out.printf("%s; server memory: %s%n", when, memory.read().describe());
        } catch (IOException e) {
            System.out.printf("%s; server memory unreadable: %s%n", when, e.getMessage());
        }
    }

    static String seconds(Duration d) {
        return String.format("%.1f s", d.toMillis() / 1000.0);
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
