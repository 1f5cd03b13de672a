package vn.lienlac.notifications.outbox;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import vn.lienlac.platform.sql.SqlTimes;

/**
 * Sent, delivered, failed and cost by channel for a school or a district office and a month (rows created in that
 * month, in the platform's zone): for the delivery report and the console. A district office's figures cover its own
 * items and those of every school in it.
 */
@ApplicationScoped
public class OutboxFigures {

    private static final String FIGURES = """
            SELECT o.channel,
                   count(*) FILTER (WHERE o.sent_at IS NOT NULL) AS sent,
                   count(*) FILTER (WHERE o.delivered_at IS NOT NULL) AS delivered,
                   count(*) FILTER (WHERE o.state = 'FAILED') AS failed,
                   count(*) FILTER (WHERE o.state = 'EXPIRED') AS expired,
                   count(*) FILTER (WHERE o.state = 'SKIPPED') AS skipped,
                   count(*) FILTER (WHERE o.state = 'QUEUED') AS queued,
                   coalesce(sum(o.cost_units), 0) AS cost_units
            FROM outbox o JOIN outbox_item i ON i.id = o.item_id
            WHERE %s AND o.created_at >= $2 AND o.created_at < $3
            GROUP BY o.channel ORDER BY o.channel
            """;
    private static final String SCHOOL = "i.school_id = $1";
    private static final String DISTRICT = "(i.district_id = $1 OR i.school_id IN "
            + "(SELECT id FROM directory_schools WHERE district_office_id = $1))";

    private final Pool pool;
    private final Clock clock;

    public OutboxFigures(Pool pool, Clock clock) {
        this.pool = pool;
        this.clock = clock;
    }

    public Uni<List<ChannelFigures>> school(long schoolId, YearMonth month) {
        return figures(SCHOOL, schoolId, month);
    }

    public Uni<List<ChannelFigures>> district(long districtOfficeId, YearMonth month) {
        return figures(DISTRICT, districtOfficeId, month);
    }

    private Uni<List<ChannelFigures>> figures(String scope, long id, YearMonth month) {
        ZonedDateTime start = month.atDay(1).atStartOfDay(clock.getZone());
        ZonedDateTime end = month.plusMonths(1).atDay(1).atStartOfDay(clock.getZone());
        return pool.preparedQuery(FIGURES.formatted(scope))
                .execute(Tuple.of(id, SqlTimes.of(start.toInstant()), SqlTimes.of(end.toInstant())))
                .map(rows -> {
                    List<ChannelFigures> figures = new ArrayList<>();
                    rows.forEach(row -> figures.add(new ChannelFigures(ChannelName.valueOf(row.getString("channel")),
                            row.getLong("sent"), row.getLong("delivered"), row.getLong("failed"),
                            row.getLong("expired"), row.getLong("skipped"), row.getLong("queued"),
                            row.getLong("cost_units"))));
                    return figures;
                });
    }
}
