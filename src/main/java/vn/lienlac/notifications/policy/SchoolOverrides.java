package vn.lienlac.notifications.policy;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.time.LocalTime;
import java.util.Map;
import vn.lienlac.notifications.outbox.ItemKind;

/**
 * What a school changed of the default policy (a row of notification_school_policy); null fields and kinds left
 * out keep the defaults.
 */
public record SchoolOverrides(@JsonFormat(pattern = "HH:mm") LocalTime quietFrom,
        @JsonFormat(pattern = "HH:mm") LocalTime quietUntil, Map<ItemKind, KindOverride> kinds) {

    public static final SchoolOverrides NONE = new SchoolOverrides(null, null, Map.of());

    public SchoolOverrides {
        kinds = kinds == null ? Map.of() : Map.copyOf(kinds);
    }
}
