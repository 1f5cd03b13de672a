package vn.lienlac.directory.rest;

import java.util.List;
import java.util.function.Function;
import vn.lienlac.directory.store.Page;

/** One page of a list: {@code total} counts every match, {@code page} is 0-based. */
public record PageResponse<T>(List<T> items, long total, int page, int size) {

    static <R, T> PageResponse<T> from(Page<R> page, Function<R, T> mapper) {
        return new PageResponse<>(page.items().stream().map(mapper).toList(), page.total(), page.page(), page.size());
    }
}
