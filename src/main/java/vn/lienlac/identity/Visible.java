package vn.lienlac.identity;

import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The part of a collection a caller may see: everything, or only the listed keys (class ids, district codes,
 * student codes, ...). Resources turn it into a query filter or filter a result with it.
 *
 * @param all  the caller sees everything; {@code only} is then empty and ignored
 * @param only the keys the caller sees when not {@code all}
 */
public record Visible<T>(boolean all, Set<T> only) {

    public Visible {
        only = Set.copyOf(only);
    }

    public static <T> Visible<T> everything() {
        return new Visible<>(true, Set.of());
    }

    public static <T> Visible<T> only(Set<T> keys) {
        return new Visible<>(false, keys);
    }

    public boolean includes(T key) {
        return all || only.contains(key);
    }

    /** The keys to filter a query by, or null for no filter. */
    public Set<T> filterOrNull() {
        return all ? null : only;
    }

    /** The items of {@code items} whose key is visible, in their order. */
    public <I> List<I> filter(List<I> items, Function<I, T> key) {
        return all ? items : items.stream().filter(item -> only.contains(key.apply(item))).toList();
    }
}
