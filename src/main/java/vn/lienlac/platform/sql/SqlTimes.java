package vn.lienlac.platform.sql;

import io.vertx.mutiny.sqlclient.Row;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Instants in and out of {@code timestamptz} columns: the reactive PostgreSQL client speaks OffsetDateTime. */
public final class SqlTimes {

    private SqlTimes() {
    }

    /** A statement parameter for a {@code timestamptz} column. */
    public static OffsetDateTime of(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    /** The column's instant, or null. */
    public static Instant instant(Row row, String column) {
        OffsetDateTime value = row.getOffsetDateTime(column);
        return value == null ? null : value.toInstant();
    }
}
