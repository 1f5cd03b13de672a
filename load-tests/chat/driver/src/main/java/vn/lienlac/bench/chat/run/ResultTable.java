package vn.lienlac.bench.chat.run;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Prints the scenarios side by side, then each one's checks, notes and the server log's warnings. */
final class ResultTable {

    private ResultTable() {
    }

    static void print(List<ScenarioResult> results, PrintStream out) {
        List<Row> rows = List.of(
                row("connections held", r -> String.format("%,d / %,d", r.figures().count("held"),
                        r.figures().count("clients"))),
                row("connect→synced p50 / p99 (ms)", r -> ms(r.figures().millis("connectLatency", 50)) + " / "
                        + ms(r.figures().millis("connectLatency", 99))),
                row("CPU per connect: server / PG (ms)", r -> String.format("%.2f / %.2f",
                        1000 * r.server().connectCpuSeconds(), 1000 * r.server().connectPostgresSeconds())),
                row("messages sent /s", r -> perSecond(r, "sentInWindow")),
                row("persisted (acked) /s", r -> perSecond(r, "ackedInWindow")),
                row("delivered /s", r -> perSecond(r, "deliveriesInWindow")),
                row("send→receive p50 / p95 (ms)", r -> ms(r.figures().millis("latency", 50)) + " / "
                        + ms(r.figures().millis("latency", 95))),
                row("send→receive p99 / max (ms)", r -> ms(r.figures().millis("latency", 99)) + " / "
                        + ms(r.figures().millis("latency", 100))),
                row("send→ack p99 (ms)", r -> ms(r.figures().millis("ackLatency", 99))),
                row("messages lost", r -> r.figures().count("sent") == 0 ? "–" : String.format("%,d (%,d deliveries)",
                        r.figures().count("lost"), r.figures().count("missingDeliveries"))),
                row("missed live (recovered by resync)", r -> r.figures().count("sent") == 0 ? "–"
                        : String.format("%,d%s", r.figures().count("missedLive"),
                        r.figures().count("resyncedAtEnd") > 0 ? " (final resync)" : "")),
                row("unacked / refused at end", r -> r.figures().count("unacked") + " / " + r.figures().count("refused")),
                row("gaps / duplicates / seq mismatches", r -> r.figures().count("skippedSeqs") + " / "
                        + r.figures().count("duplicateEvents") + " / " + r.figures().count("seqMismatches")),
                row("resends / duplicate acks", r -> r.figures().count("resends") + " / "
                        + r.figures().count("duplicateAcks")),
                row("resumed, last after (s)", r -> r.figures().count("dropped") == 0 ? "–"
                        : String.format("%,d / %,d, %.1f", r.figures().count("resumed"), r.figures().count("dropped"),
                        r.figures().millis("resumeLatency", 100) / 1000)),
                row("replayed events", r -> String.format("%,d", r.figures().count("replayedEvents"))),
                row("server RSS before → after (MiB)", r -> mib(r.server().rssBefore()) + " → "
                        + mib(r.server().rssAfter())),
                row("server RSS peak (MiB)", r -> mib(r.server().rssPeak())),
                row("server heap committed before → after (MiB)", r -> !r.server().heapBefore().known() ? "–"
                        : mib(r.server().heapBefore().committedKib()) + " → "
                        + mib(r.server().heapAfter().committedKib())),
                row("added RSS per connection", r -> perConnection(r,
                        r.server().rssAfter() - r.server().rssBefore())),
                row("added heap per connection", r -> perConnection(r,
                        r.server().heapAfter().usedKib() - r.server().heapBefore().usedKib())),
                row("server open files", r -> String.format("%,d", r.server().openFiles())),
                row("CPU cores: server / PostgreSQL", r -> String.format("%.2f / %.2f", r.server().cpuCores(),
                        r.server().postgresCores())),
                row("machine busy (all processes)", r -> String.format("%.0f %%", 100 * r.server().machineBusy())),
                row("CPU per persisted msg: server / PG", r -> r.figures().count("acked") == 0 ? "–"
                        : String.format("%.0f / %.0f µs", 1e6 * r.server().cpuSeconds() / r.figures().count("acked"),
                        1e6 * r.server().postgresSeconds() / r.figures().count("acked"))),
                row("driver JVMs' CPU (core-seconds)", r -> String.format("%.1f",
                        r.figures().count("driverCpuMillis") / 1000.0)),
                row("server log ERROR / WARN", r -> r.server().log().errors() + " / " + r.server().log().warnings()),
                row("verdict", r -> r.passed() ? "PASS" : "FAIL"));
        int labelWidth = rows.stream().mapToInt(row -> row.label.length()).max().orElse(10);
        List<Integer> widths = new ArrayList<>();
        for (ScenarioResult r : results) {
            int w = r.name().length();
            for (Row row : rows) {
                w = Math.max(w, row.value.apply(r).length());
            }
            widths.add(w);
        }
        StringBuilder header = new StringBuilder(pad("", labelWidth));
        for (int i = 0; i < results.size(); i++) {
            header.append(" | ").append(pad(results.get(i).name(), widths.get(i)));
        }
        out.println(header);
        out.println("-".repeat(header.length()));
        for (Row row : rows) {
            StringBuilder line = new StringBuilder(pad(row.label, labelWidth));
            for (int i = 0; i < results.size(); i++) {
                line.append(" | ").append(pad(row.value.apply(results.get(i)), widths.get(i)));
            }
            out.println(line);
        }
        for (ScenarioResult r : results) {
            out.println();
            out.println(r.name() + ":");
            r.notes().forEach(n -> out.println("  " + n));
            r.checks().forEach(c -> out.println("  [" + c.mark() + "] " + c.what()));
            tally(out, "error frames", r.figures().tally("errors"));
            tally(out, "closed by the server", r.figures().tally("closes"));
            tally(out, "connect failures", r.figures().tally("connectFailures"));
            r.server().log().samples().forEach(s -> out.println("  server log: " + s));
        }
    }

    private static void tally(PrintStream out, String what, Map<String, Long> counts) {
        if (!counts.isEmpty()) {
            out.println("  " + what + ": " + counts);
        }
    }

    private record Row(String label, Function<ScenarioResult, String> value) {
    }

    private static Row row(String label, Function<ScenarioResult, String> value) {
        return new Row(label, value);
    }

    private static String perSecond(ScenarioResult r, String counter) {
        return r.figures().windowSeconds() <= 0 || r.figures().count("sent") == 0 ? "–"
                : String.format("%,.0f", r.figures().rate(counter));
    }

    private static String ms(double value) {
        return Double.isNaN(value) ? "–" : value < 10 ? String.format("%.1f", value) : String.format("%,.0f", value);
    }

    /** KiB added per connection held, where the scenario read memory after a full GC (idle); "–" elsewhere. */
    private static String perConnection(ScenarioResult r, long addedKib) {
        long held = r.figures().count("held");
        return !r.server().heapBefore().known() || held == 0 ? "–"
                : String.format("%.1f KB", addedKib * 1.024 / held);
    }

    private static String mib(long kib) {
        return kib < 0 ? "?" : String.format("%,d", Math.round(kib / 1024.0));
    }

    private static String pad(String s, int width) {
        return s + " ".repeat(Math.max(0, width - s.length()));
    }
}
