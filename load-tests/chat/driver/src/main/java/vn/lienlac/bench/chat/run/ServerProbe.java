package vn.lienlac.bench.chat.run;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the server process from the outside (Linux): resident memory ({@code VmRSS}) and open files from
 * {@code /proc/<pid>}, CPU time from {@code /proc/<pid>/stat}, a full GC and the heap in use through {@code jcmd},
 * and the warnings and errors its log gained during a scenario. The embedded PostgreSQL runs in other processes and
 * is not included.
 */
final class ServerProbe {

    private static final Pattern HISTOGRAM_ROW = Pattern.compile("^\\s*\\d+:\\s+\\d+\\s+(\\d+)\\s+(\\S+)");
    private static final Pattern HEAP = Pattern.compile("total (\\d+)K, used (\\d+)K");
    private static final long TICKS_PER_SECOND = 100;

    private final long pid;
    private final Optional<Path> log;
    private final Path pgData;

    ServerProbe(long pid, Optional<Path> log, Path pgData) {
        this.pid = pid;
        this.log = log;
        this.pgData = pgData;
    }

    long rssKib() {
        return status("VmRSS:");
    }

    long openFiles() {
        try (var files = Files.list(Path.of("/proc", Long.toString(pid), "fd"))) {
            return files.count();
        } catch (IOException e) {
            return -1;
        }
    }

    /** CPU time of the server (user + system) in seconds so far. */
    double cpuSeconds() {
        long[] stat = stat(pid);
        return stat == null ? -1 : stat[1] / (double) TICKS_PER_SECOND;
    }

    /** CPU time of the server's PostgreSQL (the postmaster and its live backends) in seconds so far. */
    double postgresCpuSeconds() {
        try {
            long postmaster = Long.parseLong(Files.readAllLines(pgData.resolve("postmaster.pid")).get(0).trim());
            long ticks = 0;
            try (var procs = Files.list(Path.of("/proc"))) {
                for (Path p : procs.toList()) {
                    String name = p.getFileName().toString();
                    if (!name.chars().allMatch(Character::isDigit)) {
                        continue;
                    }
                    long[] stat = stat(Long.parseLong(name));
                    if (stat != null && (stat[0] == postmaster || Long.parseLong(name) == postmaster)) {
                        ticks += stat[1];
                    }
                }
            }
            return ticks / (double) TICKS_PER_SECOND;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** The parent pid and the CPU ticks (user + system) of a process, or null when it is gone. */
    private static long[] stat(long process) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(process), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return new long[] {Long.parseLong(fields[1]), Long.parseLong(fields[11]) + Long.parseLong(fields[12])};
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The whole machine's busy and total CPU ticks so far, from {@code /proc/stat}. */
    static long[] machineTicks() {
        try {
            String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long total = 0;
            for (int i = 1; i < f.length; i++) {
                total += Long.parseLong(f[i]);
            }
            long idle = Long.parseLong(f[4]) + Long.parseLong(f[5]);
            return new long[] {total - idle, total};
        } catch (IOException | RuntimeException e) {
            return new long[] {0, 0};
        }
    }

    /** The server's heap in KiB: what it committed (taken from the system) and what of that is in use. */
    record Heap(long committedKib, long usedKib) {

        static final Heap UNKNOWN = new Heap(-1, -1);

        boolean known() {
            return usedKib >= 0;
        }
    }

    /** Runs a full GC in the server ({@code jcmd GC.run}) and reads its heap afterwards ({@code GC.heap_info}). */
    Heap gcAndHeap() {
        if (!jcmd("GC.run").isPresent()) {
            return Heap.UNKNOWN;
        }
        sleep(1_500);
        return jcmd("GC.heap_info").map(out -> {
            Matcher m = HEAP.matcher(out);
            return m.find() ? new Heap(Long.parseLong(m.group(1)), Long.parseLong(m.group(2))) : Heap.UNKNOWN;
        }).orElse(Heap.UNKNOWN);
    }

    /** Bytes per class on the server's heap after a full GC ({@code jcmd GC.class_histogram}); empty if unavailable. */
    Map<String, Long> classHistogram() {
        Map<String, Long> bytes = new HashMap<>();
        jcmd("GC.class_histogram").ifPresent(out -> {
            for (String line : out.split("\n")) {
                Matcher m = HISTOGRAM_ROW.matcher(line);
                if (m.find()) {
                    bytes.merge(m.group(2), Long.parseLong(m.group(1)), Long::sum);
                }
            }
        });
        return bytes;
    }

    /** The classes whose bytes grew most between two histograms, as "bytes per unit  class" lines. */
    static List<String> grown(Map<String, Long> before, Map<String, Long> after, long units, int top) {
        return after.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), e.getValue() - before.getOrDefault(e.getKey(), 0L)))
                .filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(top)
                .map(e -> String.format("%,8.0f B  %s", e.getValue() / (double) Math.max(1, units), e.getKey()))
                .toList();
    }

    /** The current length of the server log, to read what a scenario adds to it. */
    long logOffset() {
        try {
            return log.isPresent() ? Files.size(log.get()) : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    /** The ERROR and WARN lines written since {@code offset}: their count and up to {@code samples} distinct ones. */
    LogExcerpt logSince(long offset, int samples) {
        if (log.isEmpty()) {
            return new LogExcerpt(0, 0, List.of());
        }
        int errors = 0;
        int warnings = 0;
        Set<String> distinct = new LinkedHashSet<>();
        try (RandomAccessFile file = new RandomAccessFile(log.get().toFile(), "r")) {
            file.seek(offset);
            byte[] bytes = new byte[(int) Math.min(file.length() - offset, 64L << 20)];
            file.readFully(bytes);
            for (String line : new String(bytes, StandardCharsets.UTF_8).split("\n")) {
                boolean error = line.contains("ERROR");
                boolean warning = !error && line.contains("WARN");
                if (error) {
                    errors++;
                } else if (warning) {
                    warnings++;
                }
                if ((error || warning) && distinct.size() < samples) {
                    distinct.add(line.replaceFirst("^\\S+ \\S+ ", "").substring(0, Math.min(240,
                            line.replaceFirst("^\\S+ \\S+ ", "").length())));
                }
            }
        } catch (IOException e) {
            return new LogExcerpt(-1, -1, List.of("log unreadable: " + e.getMessage()));
        }
        return new LogExcerpt(errors, warnings, new ArrayList<>(distinct));
    }

    record LogExcerpt(int errors, int warnings, List<String> samples) {
    }

    private long status(String key) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith(key)) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException e) {
            return -1;
        }
        return -1;
    }

    private Optional<String> jcmd(String command) {
        try {
            Process p = new ProcessBuilder("jcmd", Long.toString(pid), command).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0 ? Optional.of(out) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
