package vn.lienlac.platform.durability;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The startup check reads the real settings of the server's own connections: the tests' throw-away database runs
 * without fsync, which production refuses and the test profile only warns about.
 */
@QuarkusTest
class DurabilityCheckTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    DurabilityCheck check;

    @Inject
    Pool pool;

    @Test
    void readsTheSettingsTheServersConnectionsSee() {
        DurabilitySettings seen = check.settings().await().atMost(WAIT);
        String fsync = pool.query("SHOW fsync").execute().await().atMost(WAIT).iterator().next().getString(0);
        String commit = pool.query("SHOW synchronous_commit").execute().await().atMost(WAIT).iterator().next()
                .getString(0);
        assertEquals(new DurabilitySettings(fsync, commit), seen);
    }

    @Test
    void productionRefusesTheThrowAwayDatabaseWithoutFsyncAndSaysHowToOverride() {
        DurabilitySettings seen = check.settings().await().atMost(WAIT);
        // the embedded test database keeps PostgreSQL's embedded defaults: no fsync (DevDatabase)
        assertEquals("off", seen.fsync());
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> DurabilityCheck.enforce(seen, DurabilityConfig.Mode.REQUIRE));
        assertTrue(refused.getMessage().contains("fsync is off"), refused.getMessage());
        assertTrue(refused.getMessage().contains("LIENLAC_DATABASE_DURABILITY_CHECK=WARN"), refused.getMessage());
        assertDoesNotThrow(() -> DurabilityCheck.enforce(seen, DurabilityConfig.Mode.WARN));
    }

    @Test
    void synchronousCommitOffIsUnsafeAndEveryFlushingLevelIsSafe() {
        assertEquals(List.of(), new DurabilitySettings("on", "on").problems());
        for (String flushing : List.of("local", "remote_write", "remote_apply", "ON")) {
            assertEquals(List.of(), new DurabilitySettings("on", flushing).problems(), flushing);
        }
        List<String> problems = new DurabilitySettings("on", "off").problems();
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).startsWith("synchronous_commit is off"), problems.get(0));
        assertDoesNotThrow(() -> DurabilityCheck.enforce(new DurabilitySettings("on", "on"),
                DurabilityConfig.Mode.REQUIRE));
    }
}
