package vn.lienlac.notifications.policy;

import java.time.LocalTime;
import java.util.Map;
import vn.lienlac.notifications.outbox.ItemKind;

/**
 * What a school changed of the default policy (a row of notification_school_policy); null fields and kinds left
 * out keep the defaults.
 */
public record SchoolOverrides(LocalTime quietFrom, LocalTime quietUntil, Map<ItemKind, KindOverride> kinds) {

    public static final SchoolOverrides NONE = new SchoolOverrides(null, null, Map.of());

    public SchoolOverrides {
        kinds = kinds == null ? Map.of() : Map.copyOf(kinds);
    }
}
