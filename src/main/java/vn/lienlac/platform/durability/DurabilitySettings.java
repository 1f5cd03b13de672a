package vn.lienlac.platform.durability;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The two PostgreSQL settings a chat acknowledgement relies on, as the server's own connection sees them. A message is
 * acked after its commit; with {@code fsync=off} a crash of the database host can lose it (or corrupt the cluster), and
 * with {@code synchronous_commit=off} the commit returns before its WAL record is flushed.
 */
public record DurabilitySettings(String fsync, String synchronousCommit) {

    /** What is unsafe, in words for the log; empty when both are safe. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (!"on".equals(normal(fsync))) {
            problems.add("fsync is " + fsync + " (a crash of the database host can lose or corrupt committed data)");
        }
        // on, local, remote_write and remote_apply all flush the primary's WAL before the commit returns
        if ("off".equals(normal(synchronousCommit))) {
            problems.add("synchronous_commit is off (a commit, and so a chat acknowledgement, can return before it is"
                    + " on disk)");
        }
        return problems;
    }

    private static String normal(String value) {
        return value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
    }
}
