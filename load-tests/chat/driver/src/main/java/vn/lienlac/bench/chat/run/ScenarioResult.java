package vn.lienlac.bench.chat.run;

import java.util.List;

/** What one scenario measured, the server's side of it, and the checks against the targets. */
record ScenarioResult(String name, Figures figures, Server server, List<Check> checks, List<String> notes) {

    /**
     * The server process during the scenario. Memory in KiB ({@code -1}: unknown); the heap figures are known only
     * where the scenario asks for a full GC before reading (idle).
     */
    record Server(long rssBefore, long rssAfter, long rssPeak, ServerProbe.Heap heapBefore,
                  ServerProbe.Heap heapAfter, long openFiles,
                  double cpuCores, double cpuSeconds, double postgresCores, double postgresSeconds,
                  double connectCpuSeconds, double connectPostgresSeconds, double machineBusy,
                  ServerProbe.LogExcerpt log) {
    }

    /** One target or invariant; {@code decides} is false for an aim, or for a target a smoke run cannot reach. */
    record Check(String what, boolean passed, boolean decides) {

        String mark() {
            return passed ? "PASS" : decides ? "FAIL" : "miss";
        }
    }

    boolean passed() {
        return checks.stream().allMatch(c -> c.passed() || !c.decides());
    }
}
