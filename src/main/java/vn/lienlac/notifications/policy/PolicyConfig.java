package vn.lienlac.notifications.policy;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.LocalTime;
import java.util.List;

/**
 * The policy's defaults (docs/notifications.md, "The policy"); a school may depart from them
 * ({@code PUT /api/v1/notifications/schools/{code}/policy}). Per-kind lists are {@code KIND=value} pairs; a kind
 * left out keeps its built-in value. Durations as in every Quarkus setting: {@code 30m}, {@code 24h}, {@code PT1H}.
 */
@ConfigMapping(prefix = "lienlac.notifications.policy")
public interface PolicyConfig {

    /** Start of the night's quiet hours (in lienlac.time.zone): non-urgent items wait for {@link #quietUntil()}. */
    @WithDefault("21:00")
    LocalTime quietFrom();

    /** End of the quiet hours, the next morning when before {@link #quietFrom()}; equal to it: no quiet hours. */
    @WithDefault("06:30")
    LocalTime quietUntil();

    /** How each kind uses paid channels: PUSH_ONLY, NO_APP (only for people without the app) or FALLBACK. */
    @WithDefault("GRADE=NO_APP,ATTENDANCE=FALLBACK,HEALTH=FALLBACK,ACTIVITY=NO_APP,CHAT=PUSH_ONLY,"
            + "DIRECTIVE=NO_APP,REMINDER=NO_APP,INVITATION=NO_APP,ASSESSMENT=NO_APP,COMMENT=NO_APP")
    List<String> modes();

    /** The paid channels tried, in order, after push (or instead of it). */
    @WithDefault("ZALO,SMS")
    List<String> paidChannels();

    /** How long an important or urgent item may stay unread before the next paid channel is tried. */
    @WithDefault("GRADE=2h,ATTENDANCE=30m,HEALTH=30m,ACTIVITY=2h,CHAT=30m,DIRECTIVE=1h,REMINDER=1h,"
            + "INVITATION=24h,ASSESSMENT=2h,COMMENT=2h")
    List<String> readWindows();

    /** How long after its due time an attempt is still worth making; after that it ends EXPIRED. */
    @WithDefault("GRADE=24h,ATTENDANCE=24h,HEALTH=24h,ACTIVITY=24h,CHAT=1h,DIRECTIVE=72h,REMINDER=24h,"
            + "INVITATION=72h,ASSESSMENT=24h,COMMENT=24h")
    List<String> expiries();

    /** The most push endpoints one person keeps; registering one more removes their least recently registered. */
    @WithDefault("10")
    int maxEndpoints();
}
