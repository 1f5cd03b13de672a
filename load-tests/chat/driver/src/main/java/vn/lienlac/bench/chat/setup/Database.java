package vn.lienlac.bench.chat.setup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * JDBC to the server's own PostgreSQL (the demo profile's embedded one): its port is the fourth line of
 * {@code postmaster.pid} in the data directory; user and password are those the demo profile uses.
 */
public final class Database {

    private Database() {
    }

    public static Connection connect(Path dataDir) throws IOException, SQLException {
        List<String> pid = Files.readAllLines(dataDir.resolve("postmaster.pid"));
        if (pid.size() < 4 || !pid.get(3).trim().matches("[0-9]+")) {
            throw new IllegalStateException("no port in " + dataDir.resolve("postmaster.pid"));
        }
        String url = "jdbc:postgresql://127.0.0.1:" + pid.get(3).trim() + "/postgres?reWriteBatchedInserts=true";
        Connection connection = DriverManager.getConnection(url, "postgres", "postgres");
        connection.setAutoCommit(true);
        return connection;
    }

    /** {@code name=value} for each setting, for the report (commit costs depend on fsync and synchronous_commit). */
    public static String settings(Connection db, String... names) throws SQLException {
        StringBuilder out = new StringBuilder();
        try (Statement statement = db.createStatement()) {
            for (String name : names) {
                try (ResultSet row = statement.executeQuery("SHOW " + name)) {
                    row.next();
                    out.append(out.length() == 0 ? "" : ", ").append(name).append('=').append(row.getString(1));
                }
            }
        }
        return out.toString();
    }
}
