package vn.lienlac.chat.conversations;

import java.util.List;
import java.util.Map;
import vn.lienlac.platform.error.ApiException;
import vn.lienlac.platform.error.ErrorCode;

/**
 * Which events a history page holds: after {@code after} (forward), before {@code before} (back, the newest ones),
 * or strictly between both (forward from {@code after}).
 *
 * @param after  a sequence number, or null
 * @param before a sequence number, or null
 */
public record PageRequest(Long after, Long before, int limit) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;

    /** From query parameters as sent (null when absent); 400 for anything but whole numbers in range. */
    public static PageRequest parse(String after, String before, String limit) {
        Long afterSeq = number("after", after, 0);
        Long beforeSeq = number("before", before, 1);
        Long size = number("limit", limit, 1);
        if (size != null && size > MAX_LIMIT) {
            throw invalid("limit", "limit phải từ 1 đến " + MAX_LIMIT + ".");
        }
        if (afterSeq != null && beforeSeq != null && beforeSeq <= afterSeq) {
            throw invalid("before", "before phải lớn hơn after.");
        }
        return new PageRequest(afterSeq, beforeSeq, size == null ? DEFAULT_LIMIT : size.intValue());
    }

    private static Long number(String name, String text, long min) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            long value = Long.parseLong(text.strip());
            if (value >= min) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw invalid(name, name + " phải là số nguyên không nhỏ hơn " + min + ".");
    }

    private static ApiException invalid(String field, String message) {
        return new ApiException(ErrorCode.BAD_REQUEST, message,
                List.of(Map.of("field", field, "message", message)));
    }
}
