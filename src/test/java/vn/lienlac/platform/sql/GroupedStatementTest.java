package vn.lienlac.platform.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

@QuarkusTest
class GroupedStatementTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    Pool pool;

    @Test
    void callersTogetherShareTransactionsAndEachGetsItsOwnResult() {
        GroupedStatement statement = new GroupedStatement(pool, "SELECT $1::int * 2 AS doubled, txid_current() AS tx", 64);
        List<Uni<Row>> calls = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            calls.add(statement.execute(Tuple.of(i)).map(rows -> rows.iterator().next()));
        }
        List<Row> rows = Uni.join().all(calls).andFailFast().await().atMost(WAIT);

        Set<Long> transactions = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            assertEquals(i * 2, rows.get(i).getInteger("doubled"), "caller " + i + " got someone else's result");
            transactions.add(rows.get(i).getLong("tx"));
        }
        assertTrue(transactions.size() < 300 / 2, "300 callers at once ran in " + transactions.size()
                + " transactions: they were not grouped");
        assertTrue(transactions.size() >= 300 / 64, "a group is at most 64 statements");
    }

    @Test
    void aFailingStatementFailsOnlyItsOwnCaller() {
        GroupedStatement statement = new GroupedStatement(pool, "SELECT 100 / $1::int AS share", 64);
        List<Uni<String>> calls = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            int divisor = i == 17 ? 0 : i + 1;
            calls.add(statement.execute(Tuple.of(divisor))
                    .map(rows -> String.valueOf(rows.iterator().next().getInteger("share")))
                    .onFailure().recoverWithItem(failure -> "failed: " + failure.getMessage()));
        }
        List<String> answers = Uni.join().all(calls).andFailFast().await().atMost(WAIT);

        for (int i = 0; i < answers.size(); i++) {
            if (i == 17) {
                assertTrue(answers.get(i).startsWith("failed:") && answers.get(i).contains("division by zero"),
                        answers.get(i));
            } else {
                assertEquals(String.valueOf(100 / (i + 1)), answers.get(i), "caller " + i);
            }
        }
    }
}
