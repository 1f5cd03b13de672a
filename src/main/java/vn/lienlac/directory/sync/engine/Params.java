package vn.lienlac.directory.sync.engine;

import io.vertx.mutiny.sqlclient.Tuple;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/**
 * Statement parameters for bulk statements: each column of a batch travels as one array parameter and the
 * statement unnests them ({@code unnest($2::bigint[], $3::text[])}), so a batch of any size is one round trip.
 */
public final class Params {

    private Params() {
    }

    /**
     * A tuple of the given values, one parameter each (an array is one parameter). Always pass two or more values:
     * Java would spread a lone array argument into several parameters.
     */
    public static Tuple of(Object... values) {
        if (values.length < 2) {
            throw new IllegalArgumentException("Use Tuple.of for a single parameter");
        }
        return Tuple.tuple(Arrays.asList(values));
    }

    public static <T> String[] texts(List<T> items, Function<T, String> column) {
        return items.stream().map(column).toArray(String[]::new);
    }

    public static <T> Long[] longs(List<T> items, Function<T, Long> column) {
        return items.stream().map(column).toArray(Long[]::new);
    }

    public static <T> LocalDate[] dates(List<T> items, Function<T, LocalDate> column) {
        return items.stream().map(column).toArray(LocalDate[]::new);
    }

    public static <T> Boolean[] booleans(List<T> items, Function<T, Boolean> column) {
        return items.stream().map(column).toArray(Boolean[]::new);
    }

    public static Long[] ids(Collection<Long> ids) {
        return ids.toArray(Long[]::new);
    }

    public static String[] texts(Collection<String> values) {
        return values.toArray(String[]::new);
    }

    /** The enum's name, or null. */
    public static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
