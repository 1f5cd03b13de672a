package vn.lienlac.notices;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.LocalTime;

/** Publishing limits, quiet hours and the daily digest (docs/notices.md). Times are in lienlac.time.zone. */
@ConfigMapping(prefix = "lienlac.notices")
public interface NoticesConfig {

    /** Most records in one publishing request; larger batches are refused whole with 413. */
    @WithDefault("1000")
    int maxBatchRecords();

    /** Start of the night's quiet hours: notices posted from then on arrive without a notification. */
    @WithDefault("21:00")
    LocalTime quietFrom();

    /** End of the quiet hours (the next morning when before {@link #quietFrom()}). */
    @WithDefault("06:30")
    LocalTime quietUntil();

    /** When the daily digest is posted to guardians who chose it for a category. */
    @WithDefault("19:00")
    LocalTime digestAt();

    /** How often the digest job checks whether digests are due (a duration such as {@code 1m}, or {@code off}). */
    @WithDefault("1m")
    String digestCheck();
}
