import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Resident memory of the server process from {@code /proc/<pid>/status} (Linux): {@code VmHWM} is the peak,
 * {@code VmRSS} the current value. The peak is reset at the start of each phase when the kernel allows it
 * (writing 5 to {@code clear_refs}, Linux ≥ 4.0, same user), so each phase reports its own peak.
 */
final class ServerMemory {

    /** Kibibytes; {@code peakSincePhaseStart} is false when the peak could not be reset. */
    record Reading(long peakKib, long currentKib, boolean peakSincePhaseStart) {

        String describe() {
            return String.format("peak %s%s, now %s", mib(peakKib), peakSincePhaseStart ? "" : " (since start)",
                    mib(currentKib));
        }

        private static String mib(long kib) {
            return String.format("%,d MiB", Math.round(kib / 1024.0));
        }
    }

    private final long pid;
    private boolean peakReset;

    ServerMemory(long pid) {
        this.pid = pid;
    }

    /** Starts a phase: resets the peak to the current RSS if possible. */
    void startPhase() {
        try {
            Files.writeString(Path.of("/proc", Long.toString(pid), "clear_refs"), "5");
            peakReset = true;
        } catch (IOException | SecurityException e) {
            peakReset = false;
        }
    }

    Reading read() throws IOException {
        long peak = -1;
        long current = -1;
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
            if (line.startsWith("VmHWM:")) {
                peak = kib(line);
            } else if (line.startsWith("VmRSS:")) {
                current = kib(line);
            }
        }
        return new Reading(peak, current, peakReset);
    }

    private static long kib(String line) {
        return Long.parseLong(line.replaceAll("[^0-9]", ""));
    }
}
