import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The results table and the verdict. A run passes when the server's counts show that every row was imported
 * the first time and nothing changed the second time, and (full-size district only) both phases beat their
 * targets. Smaller runs are smoke runs: their times are shown against the targets but do not decide.
 */
final class Verdict {

    private Verdict() {
    }

    /** Prints the results and returns the exit code: 0 pass, 1 fail. */
    static int print(BenchmarkOptions options, List<CsvExport.ImportFile> files,
                     ImportPhase.Result first, ImportPhase.Result again) {
        long expectedRows = files.stream().mapToLong(CsvExport.ImportFile::rows).sum();
        System.out.printf("Results (%,d schools × %,d students, %,d staff per school):%n", options.schools(),
                options.studentsPerSchool(), options.staffPerSchool());
        System.out.printf("%-13s %6s %9s %9s %9s  %-34s %s%n",
                "phase", "files", "rows", "wall", "rows/s", "slowest file", "server RSS");
        for (ImportPhase.Result r : List.of(first, again)) {
            System.out.printf("%-13s %6d %,9d %9s %,9.0f  %-34s %s%n", r.name(), r.files(), r.counts().rows(),
                    DirectoryImportBenchmark.seconds(r.wall()), r.rowsPerSecond(),
                    r.slowestFileName() + " " + DirectoryImportBenchmark.seconds(r.slowestFile()),
                    r.memory().map(ServerMemory.Reading::describe).orElse("n/a (no --server-pid)"));
        }

        List<String> failures = new ArrayList<>();
        check(failures, first.counts().rows() == expectedRows && first.counts().invalid() == 0,
                String.format("first import: expected %,d valid rows, the server counted %s", expectedRows,
                        first.counts()));
        ImportCounts c = again.counts();
        check(failures, c.rows() == expectedRows && c.unchanged() == expectedRows
                        && c.created() + c.updated() + c.deactivated() + c.invalid() == 0,
                String.format("re-import: expected all %,d rows unchanged, the server counted %s", expectedRows, c));
        boolean firstOnTime = within(first.wall(), DirectoryImportBenchmark.FIRST_IMPORT_TARGET);
        boolean againOnTime = within(again.wall(), DirectoryImportBenchmark.REIMPORT_TARGET);
        System.out.printf("%nTargets: first import < %s: %s; re-import < %s: %s%n",
                DirectoryImportBenchmark.seconds(DirectoryImportBenchmark.FIRST_IMPORT_TARGET), met(firstOnTime),
                DirectoryImportBenchmark.seconds(DirectoryImportBenchmark.REIMPORT_TARGET), met(againOnTime));
        if (options.fullSize()) {
            check(failures, firstOnTime, "first import took " + DirectoryImportBenchmark.seconds(first.wall()));
            check(failures, againOnTime, "re-import took " + DirectoryImportBenchmark.seconds(again.wall()));
        } else {
            System.out.printf("(smoke run: the targets are set for %,d schools × %,d students and do not decide)%n",
                    BenchmarkOptions.FULL_SCHOOLS, BenchmarkOptions.FULL_STUDENTS);
        }
        failures.forEach(f -> System.out.println("  FAIL " + f));
        System.out.println("Verdict: " + (failures.isEmpty() ? "PASS" : "FAIL"));
        return failures.isEmpty() ? 0 : 1;
    }

    private static void check(List<String> failures, boolean ok, String message) {
        if (!ok) {
            failures.add(message);
        }
    }

    private static boolean within(Duration measured, Duration target) {
        return measured.compareTo(target) < 0;
    }

    private static String met(boolean ok) {
        return ok ? "met" : "MISSED";
    }
}
