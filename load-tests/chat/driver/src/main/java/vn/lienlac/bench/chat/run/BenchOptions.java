package vn.lienlac.bench.chat.run;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The command line of the chat benchmark's coordinator (run.sh passes the server's details). */
record BenchOptions(URI baseUrl, String token, long serverPid, Path pgData, Path keysDir, Path workDir,
                    Optional<Path> serverLog, Path driverJar, List<String> scenarios, long seed,
                    int idleConnections, int idleProcesses, double idleHold,
                    int pairs, double directRate, int groups, double groupRate,
                    int stormClients, double stormRate, double stormSpread,
                    double warmup, double measure, double drain, int connectConcurrency, int membershipWait) {

    static final List<String> ALL = List.of("idle", "direct", "groups", "storm");

    static final String USAGE = """
            Usage: run.sh [options] [scenario ...]     scenarios: idle direct groups storm (default: all four)

              --small                     a smoke run: 200 idle connections, 100 pairs, 5 groups, 200 storm clients
              --idle-connections N        (default 15000)   --idle-processes N   driver JVMs for idle (default 4)
              --idle-hold SECONDS         how long idle connections are held (default 65: past one 60 s idle timeout)
              --pairs N                   direct conversations in the direct scenario (default 1000)
              --direct-rate MSG_PER_S     offered messages per second, all pairs together (default 3300)
              --groups N                  class groups in the groups scenario (default 50)
              --group-rate MSG_PER_S      offered messages per second, all groups together (default 1400)
              --storm-clients N           clients that drop and reconnect (default 5000, in pairs)
              --storm-rate MSG_PER_S      messages per second per storm client (default 0.2)
              --storm-spread SECONDS      reconnect delays are uniform in [0, spread) (default 9)
              --warmup S --measure S --drain S      phases of direct and groups (default 10, 30, 15)
              --connect-concurrency N     handshakes in flight per driver JVM (default 50)
              --membership-wait S         how long to wait for the server's class groups (default 10)
              --seed N                    the district's random seed (default 20261128)
            """;

    static BenchOptions parse(String[] args) {
        URI base = null;
        String token = null;
        long pid = 0;
        Path pgData = null;
        Path keys = null;
        Path work = null;
        Optional<Path> log = Optional.empty();
        Path jar = null;
        List<String> scenarios = new ArrayList<>();
        long seed = 20261128;
        int idle = 15_000;
        int idleProcesses = 4;
        double hold = 65;
        int pairs = 1_000;
        double directRate = 3_300;
        int groups = 50;
        double groupRate = 1_400;
        int storm = 5_000;
        double stormRate = 0.2;
        double spread = 9;
        double warmup = 10;
        double measure = 30;
        double drain = 15;
        int concurrency = 50;
        int membershipWait = 10;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (ALL.contains(arg)) {
                scenarios.add(arg);
                continue;
            }
            if (arg.equals("--small")) {
                idle = 200;
                idleProcesses = 2;
                hold = 10;
                pairs = 100;
                directRate = 300;
                groups = 5;
                groupRate = 100;
                storm = 200;
                warmup = 3;
                measure = 10;
                continue;
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("missing value for " + arg + "\n" + USAGE);
            }
            String value = args[++i];
            switch (arg) {
                case "--base-url" -> base = URI.create(value);
                case "--token" -> token = value;
                case "--server-pid" -> pid = Long.parseLong(value);
                case "--pg-data" -> pgData = Path.of(value);
                case "--keys-dir" -> keys = Path.of(value);
                case "--work-dir" -> work = Path.of(value);
                case "--server-log" -> log = Optional.of(Path.of(value));
                case "--driver-jar" -> jar = Path.of(value);
                case "--seed" -> seed = Long.parseLong(value);
                case "--idle-connections" -> idle = Integer.parseInt(value);
                case "--idle-processes" -> idleProcesses = Integer.parseInt(value);
                case "--idle-hold" -> hold = Double.parseDouble(value);
                case "--pairs" -> pairs = Integer.parseInt(value);
                case "--direct-rate" -> directRate = Double.parseDouble(value);
                case "--groups" -> groups = Integer.parseInt(value);
                case "--group-rate" -> groupRate = Double.parseDouble(value);
                case "--storm-clients" -> storm = Integer.parseInt(value);
                case "--storm-rate" -> stormRate = Double.parseDouble(value);
                case "--storm-spread" -> spread = Double.parseDouble(value);
                case "--warmup" -> warmup = Double.parseDouble(value);
                case "--measure" -> measure = Double.parseDouble(value);
                case "--drain" -> drain = Double.parseDouble(value);
                case "--connect-concurrency" -> concurrency = Integer.parseInt(value);
                case "--membership-wait" -> membershipWait = Integer.parseInt(value);
                default -> throw new IllegalArgumentException("unknown option " + arg + "\n" + USAGE);
            }
        }
        if (base == null || token == null || pid == 0 || pgData == null || keys == null || work == null
                || jar == null) {
            throw new IllegalArgumentException("run.sh passes --base-url, --token, --server-pid, --pg-data, "
                    + "--keys-dir, --work-dir and --driver-jar\n" + USAGE);
        }
        if (storm % 2 != 0) {
            throw new IllegalArgumentException("--storm-clients must be even: they come in pairs");
        }
        return new BenchOptions(base, token, pid, pgData, keys, work, log, jar,
                scenarios.isEmpty() ? ALL : List.copyOf(scenarios), seed, idle, idleProcesses, hold, pairs, directRate,
                groups, groupRate, storm, stormRate, spread, warmup, measure, drain, concurrency, membershipWait);
    }

    /** Idle at the size: then its targets decide, else it is a smoke run where only the counts do. */
    boolean idleFullSize() {
        return idleConnections >= 15_000;
    }

    boolean stormFullSize() {
        return stormClients >= 5_000;
    }
}
