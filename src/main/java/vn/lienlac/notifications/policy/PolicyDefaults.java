package vn.lienlac.notifications.policy;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.DurationConverter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import vn.lienlac.notifications.outbox.ChannelName;
import vn.lienlac.notifications.outbox.ItemKind;

/**
 * The configured default policy ({@link PolicyConfig}), read and checked once: a bad value stops start-up with a
 * message that names the setting. Applies a school's {@link SchoolOverrides} on top.
 */
@ApplicationScoped
public class PolicyDefaults {

    private static final String PREFIX = "lienlac.notifications.policy.";

    private final PolicyConfig config;
    private final SchoolPolicy defaults;

    public PolicyDefaults(PolicyConfig config) {
        this.config = config;
        Map<ItemKind, PaidMode> modes = perKind(config.modes(), "modes", PaidMode::valueOf);
        Map<ItemKind, Duration> windows = perKind(config.readWindows(), "read-windows", PolicyDefaults::duration);
        Map<ItemKind, Duration> expiries = perKind(config.expiries(), "expiries", PolicyDefaults::duration);
        List<ChannelName> paid = paidChannels(config.paidChannels());
        Map<ItemKind, KindPolicy> kinds = new EnumMap<>(ItemKind.class);
        for (ItemKind kind : ItemKind.values()) {
            PaidMode mode = kind == ItemKind.CHAT ? PaidMode.PUSH_ONLY : modes.getOrDefault(kind, PaidMode.NO_APP);
            kinds.put(kind, new KindPolicy(mode, paid, windows.getOrDefault(kind, Duration.ofMinutes(30)),
                    expiries.getOrDefault(kind, Duration.ofHours(24))));
        }
        defaults = new SchoolPolicy(config.quietFrom(), config.quietUntil(), kinds);
    }

    void checkAtStartup(@Observes StartupEvent event) {
        // Parsing happens in the constructor; touching the bean here makes a bad setting fail start-up.
        defaults.kinds().size();
    }

    public SchoolPolicy defaults() {
        return defaults;
    }

    public int maxEndpoints() {
        return config.maxEndpoints();
    }

    /** The defaults with a school's departures applied; chat stays push only whatever is stored. */
    public SchoolPolicy apply(SchoolOverrides overrides) {
        if (overrides == null || overrides == SchoolOverrides.NONE) {
            return defaults;
        }
        Map<ItemKind, KindPolicy> kinds = new EnumMap<>(ItemKind.class);
        defaults.kinds().forEach((kind, base) -> {
            KindOverride o = overrides.kinds().get(kind);
            if (o == null) {
                kinds.put(kind, base);
                return;
            }
            PaidMode mode = kind == ItemKind.CHAT || o.mode() == null ? base.mode() : o.mode();
            kinds.put(kind, new KindPolicy(mode, o.paidChannels() == null ? base.paidChannels() : o.paidChannels(),
                    o.readWindowMinutes() == null ? base.readWindow() : Duration.ofMinutes(o.readWindowMinutes()),
                    base.expiry()));
        });
        return new SchoolPolicy(overrides.quietFrom() == null ? defaults.quietFrom() : overrides.quietFrom(),
                overrides.quietUntil() == null ? defaults.quietUntil() : overrides.quietUntil(), kinds);
    }

    private static <T> Map<ItemKind, T> perKind(List<String> pairs, String name, Function<String, T> parse) {
        Map<ItemKind, T> values = new EnumMap<>(ItemKind.class);
        for (String pair : pairs) {
            int eq = pair.indexOf('=');
            try {
                values.put(ItemKind.valueOf(pair.substring(0, eq).trim()), parse.apply(pair.substring(eq + 1).trim()));
            } catch (RuntimeException e) {
                throw new IllegalStateException(PREFIX + name + ": '" + pair + "' is not KIND=value with KIND one of "
                        + List.of(ItemKind.values()) + " and a valid value", e);
            }
        }
        return values;
    }

    private static List<ChannelName> paidChannels(List<String> names) {
        List<ChannelName> channels = new ArrayList<>();
        for (String name : names) {
            ChannelName channel;
            try {
                channel = ChannelName.valueOf(name.trim());
            } catch (IllegalArgumentException e) {
                channel = null;
            }
            if (channel == null || !channel.paid() || channels.contains(channel)) {
                throw new IllegalStateException(PREFIX + "paid-channels: '" + name
                        + "' must be ZALO or SMS, each at most once");
            }
            channels.add(channel);
        }
        return List.copyOf(channels);
    }

    private static Duration duration(String text) {
        Duration duration = DurationConverter.parseDuration(text);
        if (duration == null || duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("not a positive duration: " + text);
        }
        return duration;
    }
}
