package vn.lienlac.notifications.outbox;

/**
 * One channel's outbox figures for a school or a district office and a month.
 *
 * @param sent      rows the provider took (SENT, DELIVERED or READ afterwards)
 * @param delivered rows the provider confirmed delivered
 * @param failed    rows that ended FAILED
 * @param expired   rows that ended EXPIRED
 * @param skipped   rows that ended SKIPPED (read, reached, budget, ...)
 * @param queued    rows still QUEUED
 * @param costUnits paid units charged
 */
public record ChannelFigures(ChannelName channel, long sent, long delivered, long failed, long expired, long skipped,
        long queued, long costUnits) {
}
