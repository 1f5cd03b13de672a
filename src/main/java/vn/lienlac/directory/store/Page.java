package vn.lienlac.directory.store;

import java.util.List;

/**
 * One page of a sorted result.
 *
 * @param total how many items match, over all pages
 * @param page  0-based page number
 * @param size  the requested page size
 */
public record Page<T>(List<T> items, long total, int page, int size) {
}
