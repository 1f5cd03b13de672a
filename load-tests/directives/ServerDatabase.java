import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The throw-away server's own PostgreSQL, reached with {@code psql} on the port its log announces: the benchmark adds
 * the district officer (the import only brings school staff) and reads the principals' phone numbers.
 */
final class ServerDatabase {

    private static final Pattern PORT = Pattern.compile("Local PostgreSQL is listening on 127\\.0\\.0\\.1:(\\d+)");

    private final int port;

    private ServerDatabase(int port) {
        this.port = port;
    }

    static ServerDatabase fromLog(Path serverLog) throws IOException {
        Matcher m = PORT.matcher(Files.readString(serverLog, StandardCharsets.UTF_8));
        if (!m.find()) {
            throw new IllegalStateException("the server log names no PostgreSQL port");
        }
        return new ServerDatabase(Integer.parseInt(m.group(1)));
    }

    /** Runs one statement; returns its rows, columns separated by '|'. */
    List<String> query(String sql) throws IOException, InterruptedException {
        ProcessBuilder psql = new ProcessBuilder("psql", "-h", "127.0.0.1", "-p", String.valueOf(port), "-U",
                "postgres", "-d", "postgres", "-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1", "-c", sql);
        psql.environment().put("PGPASSWORD", "postgres");
        psql.redirectErrorStream(true);
        Process process = psql.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException("psql failed: " + out);
        }
        return out.lines().filter(line -> !line.isBlank()).toList();
    }
}
