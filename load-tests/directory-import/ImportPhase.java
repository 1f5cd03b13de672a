import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Imports every file once, in order, one request at a time, and records time, counts and server memory. */
final class ImportPhase {

    /** What one phase measured; {@code memory} is empty without a server pid. */
    record Result(String name, int files, ImportCounts counts, Duration wall, Duration slowestFile,
                  String slowestFileName, Optional<ServerMemory.Reading> memory) {

        double rowsPerSecond() {
            return counts.rows() / Math.max(0.001, wall.toNanos() / 1e9);
        }
    }

    private static final int PROGRESS_EVERY = 10;

    private final String name;
    private final DirectoryClient client;
    private final Optional<ServerMemory> memory;
    private final String schoolYear;

    ImportPhase(String name, DirectoryClient client, Optional<ServerMemory> memory, String schoolYear) {
        this.name = name;
        this.client = client;
        this.memory = memory;
        this.schoolYear = schoolYear;
    }

    Result run(List<CsvExport.ImportFile> files) throws IOException, InterruptedException {
        System.out.printf("%s of %d files…%n", name, files.size());
        memory.ifPresent(ServerMemory::startPhase);
        ImportCounts total = ImportCounts.ZERO;
        Duration slowest = Duration.ZERO;
        String slowestName = "-";
        long start = System.nanoTime();
        for (int i = 0; i < files.size(); i++) {
            CsvExport.ImportFile file = files.get(i);
            long fileStart = System.nanoTime();
            total = total.plus(client.importFile(file, schoolYear));
            Duration took = Duration.ofNanos(System.nanoTime() - fileStart);
            if (took.compareTo(slowest) > 0) {
                slowest = took;
                slowestName = file.path().getFileName().toString();
            }
            if ((i + 1) % PROGRESS_EVERY == 0 || i + 1 == files.size()) {
                System.out.printf("  %3d/%d files, %,d rows, %s%n", i + 1, files.size(), total.rows(),
                        DirectoryImportBenchmark.seconds(Duration.ofNanos(System.nanoTime() - start)));
            }
        }
        Duration wall = Duration.ofNanos(System.nanoTime() - start);
        Optional<ServerMemory.Reading> reading = Optional.empty();
        if (memory.isPresent()) {
            reading = Optional.of(memory.get().read());
        }
        System.out.printf("  %s%n%n", total);
        return new Result(name, files.size(), total, wall, slowest, slowestName, reading);
    }
}
