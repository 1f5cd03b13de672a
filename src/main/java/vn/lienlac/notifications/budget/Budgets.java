package vn.lienlac.notifications.budget;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import vn.lienlac.platform.sql.GroupedStatement;
import vn.lienlac.platform.sql.SqlTimes;

/**
 * Monthly budgets of paid units. A paid send first reserves its units in one statement (the month's row is created
 * on first use; the condition {@code used + n <= limit} is checked in the same statement, so two pods never overspend
 * together); an urgent send reserves regardless and is counted. The month is reckoned in the platform's zone.
 */
@ApplicationScoped
public class Budgets {

    private static final String RESERVE = """
            INSERT INTO notification_budget_use AS u (scope, scope_id, month, used)
            SELECT $1, $2, $3, $4
            WHERE $5 OR $4 <= coalesce((SELECT monthly_units FROM notification_budget
                                        WHERE scope = $1 AND scope_id = $2), $6)
            ON CONFLICT (scope, scope_id, month) DO UPDATE SET used = u.used + EXCLUDED.used
            WHERE $5 OR u.used + EXCLUDED.used <= coalesce((SELECT b.monthly_units FROM notification_budget b
                                                            WHERE b.scope = u.scope AND b.scope_id = u.scope_id), $6)
            RETURNING used
            """;

    private static final String ADJUST = "UPDATE notification_budget_use SET used = greatest(0, used + $4)"
            + " WHERE scope = $1 AND scope_id = $2 AND month = $3";
    /** Reservations made together at most, in one transaction (see {@link GroupedStatement}). */
    private static final int GROUP = 256;

    private final Pool pool;
    private final GroupedStatement reserve;
    private final GroupedStatement adjust;
    private final BudgetConfig config;
    private final Clock clock;

    public Budgets(Pool pool, BudgetConfig config, Clock clock) {
        this.pool = pool;
        this.reserve = new GroupedStatement(pool, RESERVE, GROUP);
        this.adjust = new GroupedStatement(pool, ADJUST, GROUP);
        this.config = config;
        this.clock = clock;
    }

    /**
     * Reserves {@code units} of this month's budget; answers whether they were reserved. With {@code force} (an
     * urgent item) they always are, over the limit if need be.
     */
    public Uni<Boolean> reserve(BudgetScope scope, long scopeId, int units, boolean force, Instant now) {
        return reserve.execute(Tuple.from(Arrays.asList(scope.name(), scopeId, month(now), units, force,
                        defaultUnits(scope))))
                .map(rows -> rows.size() > 0);
    }

    /** Adds {@code units} (negative: gives them back) to what was reserved this month, unconditionally. */
    public Uni<Void> adjust(BudgetScope scope, long scopeId, int units, Instant reservedAt) {
        if (units == 0) {
            return Uni.createFrom().voidItem();
        }
        return adjust.execute(Tuple.of(scope.name(), scopeId, month(reservedAt), units)).replaceWithVoid();
    }

    /** Sets a school's or district office's own monthly budget (null: back to the configured default). */
    public Uni<Void> setMonthlyUnits(BudgetScope scope, long scopeId, Integer units, Instant now) {
        if (units == null) {
            return pool.preparedQuery("DELETE FROM notification_budget WHERE scope = $1 AND scope_id = $2")
                    .execute(Tuple.of(scope.name(), scopeId)).replaceWithVoid();
        }
        return pool.preparedQuery("INSERT INTO notification_budget (scope, scope_id, monthly_units, updated_at)"
                        + " VALUES ($1, $2, $3, $4) ON CONFLICT (scope, scope_id)"
                        + " DO UPDATE SET monthly_units = EXCLUDED.monthly_units, updated_at = EXCLUDED.updated_at")
                .execute(Tuple.of(scope.name(), scopeId, units, SqlTimes.of(now))).replaceWithVoid();
    }

    /** The month's limit and use. */
    public Uni<BudgetUse> use(BudgetScope scope, long scopeId, YearMonth month) {
        return pool.preparedQuery("SELECT coalesce((SELECT monthly_units FROM notification_budget"
                        + " WHERE scope = $1 AND scope_id = $2), $4) AS units, coalesce((SELECT used"
                        + " FROM notification_budget_use WHERE scope = $1 AND scope_id = $2 AND month = $3), 0) AS used")
                .execute(Tuple.of(scope.name(), scopeId, month.atDay(1), defaultUnits(scope)))
                .map(rows -> {
                    var row = rows.iterator().next();
                    return new BudgetUse(row.getInteger("units"), row.getInteger("used"));
                });
    }

    private LocalDate month(Instant at) {
        return YearMonth.from(at.atZone(clock.getZone())).atDay(1);
    }

    private int defaultUnits(BudgetScope scope) {
        return scope == BudgetScope.SCHOOL ? config.schoolMonthlyUnits() : config.districtMonthlyUnits();
    }
}
