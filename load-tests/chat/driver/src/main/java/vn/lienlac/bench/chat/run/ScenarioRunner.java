package vn.lienlac.bench.chat.run;

import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import vn.lienlac.bench.chat.worker.WorkerPlan;

/**
 * Runs one scenario's driver processes: starts them, waits until all have connected, starts them together, samples
 * the server while they run, collects their results, reads the server once more with the connections still open,
 * and closes them.
 */
final class ScenarioRunner {

    private final BenchOptions options;
    private final ServerProbe probe;
    private final Consumer<String> log;

    ScenarioRunner(BenchOptions options, ServerProbe probe, Consumer<String> log) {
        this.options = options;
        this.probe = probe;
        this.log = log;
    }

    /** {@code heapGrowth}: idle only, the classes whose heap bytes grew most, per connection held. */
    record Outcome(Figures figures, ScenarioResult.Server server, List<String> heapGrowth) {
    }

    /** {@code fullGc}: read memory after a full GC, before and after (idle: the cost per connection). */
    Outcome run(String name, List<WorkerPlan> plans, double seconds, boolean fullGc, String heap)
            throws IOException, InterruptedException {
        long logOffset = probe.logOffset();
        ServerProbe.Heap heapBefore = fullGc ? probe.gcAndHeap() : ServerProbe.Heap.UNKNOWN;
        Map<String, Long> classesBefore = fullGc ? probe.classHistogram() : Map.of();
        long rssBefore = probe.rssKib();
        double connectCpuStart = probe.cpuSeconds();
        double connectPgStart = probe.postgresCpuSeconds();
        List<WorkerProcess> workers = new ArrayList<>();
        try {
            for (int i = 0; i < plans.size(); i++) {
                workers.add(new WorkerProcess(name + "-driver-" + (i + 1), plans.get(i), options.workDir(),
                        options.driverJar(), heap));
            }
            long clients = plans.stream().mapToLong(p -> p.clients().size()).sum();
            long started = System.nanoTime();
            long synced = 0;
            long failed = 0;
            Progress progress = new Progress();
            for (WorkerProcess w : workers) {
                JsonObject ready = w.await("ready", Duration.ofMinutes(15), progress::update);
                synced += ready.getLong("synced");
                failed += ready.getLong("failed");
                if (ready.getLong("failed") > 0) {
                    log.accept("  " + w.name() + ": connection failures " + ready.getJsonObject("connectFailures"));
                }
            }
            double connectCpu = probe.cpuSeconds() - connectCpuStart;
            double connectPg = probe.postgresCpuSeconds() - connectPgStart;
            log.accept(String.format("  %,d of %,d clients connected and synced in %.1f s over %d driver JVM(s)%s; "
                            + "CPU per connection: server %.2f ms, PostgreSQL %.2f ms", synced, clients,
                    (System.nanoTime() - started) / 1e9, workers.size(), failed > 0 ? "; " + failed + " failed" : "",
                    1000 * connectCpu / Math.max(1, synced), 1000 * connectPg / Math.max(1, synced)));
            AtomicLong peak = new AtomicLong(probe.rssKib());
            Thread sampler = new Thread(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    peak.accumulateAndGet(probe.rssKib(), Math::max);
                    try {
                        Thread.sleep(500);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "rss-sampler");
            sampler.setDaemon(true);
            sampler.start();
            double cpuStart = probe.cpuSeconds();
            double pgStart = probe.postgresCpuSeconds();
            long[] ticksStart = ServerProbe.machineTicks();
            long runStart = System.nanoTime();
            for (WorkerProcess w : workers) {
                w.command("start");
            }
            log.accept(String.format("  running (about %.0f s)…", seconds));
            List<JsonObject> results = new ArrayList<>();
            for (WorkerProcess w : workers) {
                results.add(w.await("result", Duration.ofSeconds((long) seconds + 300), r -> { }));
            }
            double elapsed = (System.nanoTime() - runStart) / 1e9;
            double cpuSeconds = probe.cpuSeconds() - cpuStart;
            double pgSeconds = probe.postgresCpuSeconds() - pgStart;
            long[] ticksEnd = ServerProbe.machineTicks();
            double busy = ticksEnd[1] == ticksStart[1] ? 0
                    : (ticksEnd[0] - ticksStart[0]) / (double) (ticksEnd[1] - ticksStart[1]);
            sampler.interrupt();
            ServerProbe.Heap heapAfter = fullGc ? probe.gcAndHeap() : ServerProbe.Heap.UNKNOWN;
            Figures figures = Figures.of(results);
            List<String> growth = fullGc ? ServerProbe.grown(classesBefore, probe.classHistogram(),
                    figures.count("held"), 20) : List.of();
            long rssAfter = probe.rssKib();
            long openFiles = probe.openFiles();
            return new Outcome(figures, new ScenarioResult.Server(rssBefore, rssAfter,
                    Math.max(peak.get(), rssAfter), heapBefore, heapAfter, openFiles, cpuSeconds / elapsed, cpuSeconds, pgSeconds / elapsed,
                    pgSeconds, connectCpu / Math.max(1, synced), connectPg / Math.max(1, synced), busy,
                    probe.logSince(logOffset, 6)), growth);
        } finally {
            workers.parallelStream().forEach(WorkerProcess::close);
        }
    }

    /** Passes a driver's connection progress on, at most every 10 s. */
    private final class Progress {

        private long lastPrinted = System.nanoTime();

        void update(JsonObject report) {
            long now = System.nanoTime();
            if ("progress".equals(report.getString("event")) && now - lastPrinted > 10_000_000_000L) {
                lastPrinted = now;
                log.accept(String.format("  … a driver JVM has %,d of its %,d clients synced (%,d failed)",
                        report.getLong("synced"), report.getLong("clients"), report.getLong("failed")));
            }
        }
    }
}
