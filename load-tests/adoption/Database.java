import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The server's throw-away PostgreSQL, reached with {@code psql} (on the PATH) on the port its data directory's
 * {@code postmaster.pid} names, as the dev database's user ({@code postgres}/{@code postgres}).
 */
record Database(int port) {

    static Database ofDataDir(Path dataDir) throws IOException {
        List<String> lines = Files.readAllLines(dataDir.resolve("postmaster.pid"));
        return new Database(Integer.parseInt(lines.get(3).trim()));
    }

    void run(String sql) throws IOException, InterruptedException {
        psql(sql);
    }

    /** The single value the query returns. */
    String query(String sql) throws IOException, InterruptedException {
        return psql(sql).trim();
    }

    private String psql(String sql) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder("psql", "-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1",
                "-h", "127.0.0.1", "-p", Integer.toString(port), "-U", "postgres", "-d", "postgres", "-c", sql)
                .redirectErrorStream(true);
        builder.environment().put("PGPASSWORD", "postgres");
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException("psql failed: " + output);
        }
        return output;
    }
}
