package vn.lienlac.directory.importing.rows;

import java.util.HashMap;
import java.util.Map;

/** Remembers the first row that used each value (a code, a homeroom class) within one import. */
final class FirstSeen {

    private final Map<String, Integer> rows = new HashMap<>();

    /** Records {@code row} as the first use of {@code value}, or returns the earlier row that used it. */
    Integer claim(String value, int row) {
        return rows.putIfAbsent(value, row);
    }
}
