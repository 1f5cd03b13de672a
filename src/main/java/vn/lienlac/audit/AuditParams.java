package vn.lienlac.audit;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import vn.lienlac.platform.error.ApiException;

/** Reads the query parameters of the audit endpoint; a value that cannot be read is a BAD_REQUEST in Vietnamese. */
final class AuditParams {

    private static final String ACTION_NAMES = Arrays.stream(AuditAction.values()).map(Enum::name)
            .collect(Collectors.joining(", "));

    private AuditParams() {
    }

    /** The actions named by repeated {@code action} parameters; none (or only blanks) means any action. */
    static Set<AuditAction> actions(List<String> names) {
        Set<AuditAction> actions = EnumSet.noneOf(AuditAction.class);
        for (String name : names == null ? List.<String>of() : names) {
            if (name == null || name.isBlank()) {
                continue;
            }
            try {
                actions.add(AuditAction.valueOf(name.strip()));
            } catch (IllegalArgumentException e) {
                throw ApiException.badRequest("Tham số action không hợp lệ: \"" + name.strip()
                        + "\". Giá trị hợp lệ: " + ACTION_NAMES + ".");
            }
        }
        return actions;
    }

    /** An ISO 8601 instant with its offset ({@code 2026-11-01T00:00:00Z}, {@code 2026-11-01T07:00:00+07:00}). */
    static Instant instant(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.strip()).toInstant();
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest("Tham số " + parameter + " không hợp lệ: cần thời điểm theo ISO 8601 có "
                    + "múi giờ, ví dụ 2026-11-01T00:00:00Z hoặc 2026-11-01T07:00:00+07:00.");
        }
    }

    /** {@code from} must come before {@code to} when both are given. */
    static void requireOrdered(Instant from, Instant to) {
        if (from != null && to != null && !from.isBefore(to)) {
            throw ApiException.badRequest("Tham số from phải là thời điểm trước to.");
        }
    }

    /** A blank text filter is no filter. */
    static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
