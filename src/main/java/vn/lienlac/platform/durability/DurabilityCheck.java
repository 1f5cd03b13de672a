package vn.lienlac.platform.durability;

import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Checks at startup that the database commits durably ({@code fsync} and {@code synchronous_commit} on), because every
 * acknowledgement the server sends promises that a commit is on disk. In production ({@code REQUIRE}) an unsafe database
 * stops the start with the reason and the override; elsewhere ({@code WARN}) it is a warning. A database that cannot
 * be asked does not stop the start: the migrations before this check would already have failed, and readiness says
 * the rest.
 */
@ApplicationScoped
public class DurabilityCheck {

    private static final Logger LOG = Logger.getLogger(DurabilityCheck.class);
    private static final Duration ASK_TIMEOUT = Duration.ofSeconds(30);

    private final Pool pool;
    private final DurabilityConfig config;

    DurabilityCheck(Pool pool, DurabilityConfig config) {
        this.pool = pool;
        this.config = config;
    }

    void onStart(@Observes StartupEvent event) {
        DurabilitySettings settings;
        try {
            settings = settings().await().atMost(ASK_TIMEOUT);
        } catch (RuntimeException e) {
            LOG.warnf("Could not read fsync and synchronous_commit from the database: %s", e.toString());
            return;
        }
        enforce(settings, config.durabilityCheck());
    }

    /** The settings as a connection of the server's pool sees them (a role or database may override them). */
    public Uni<DurabilitySettings> settings() {
        return pool.query("SELECT current_setting('fsync') AS fsync,"
                + " current_setting('synchronous_commit') AS synchronous_commit").execute()
                .map(rows -> {
                    Row row = rows.iterator().next();
                    return new DurabilitySettings(row.getString("fsync"), row.getString("synchronous_commit"));
                });
    }

    /** Logs what is unsafe; in {@code REQUIRE} mode throws, which stops the start. */
    public static void enforce(DurabilitySettings settings, DurabilityConfig.Mode mode) {
        List<String> problems = settings.problems();
        if (problems.isEmpty()) {
            LOG.infof("Database durability: fsync=%s, synchronous_commit=%s", settings.fsync(),
                    settings.synchronousCommit());
            return;
        }
        String reason = "The database does not commit durably: " + String.join("; ", problems) + ".";
        if (mode == DurabilityConfig.Mode.REQUIRE) {
            throw new IllegalStateException(reason + " Turn the setting on in postgresql.conf (or the role's or"
                    + " database's settings), or start anyway with LIENLAC_DATABASE_DURABILITY_CHECK=WARN.");
        }
        LOG.warn(reason + " Acknowledged messages can be lost if the database host crashes (allowed here:"
                + " lienlac.database.durability-check=WARN).");
    }
}
