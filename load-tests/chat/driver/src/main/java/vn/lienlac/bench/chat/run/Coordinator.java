package vn.lienlac.bench.chat.run;

import java.sql.Connection;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.lienlac.bench.chat.setup.Database;
import vn.lienlac.bench.chat.setup.Population;
import vn.lienlac.bench.chat.setup.ServerApi;

/**
 * Runs the chat benchmark against a server started by run.sh: builds the population once, runs the scenarios in
 * order, prints the table. Exit code 0 when every deciding check passed, 1 when one failed, 2 on an error.
 */
public final class Coordinator {

    private Coordinator() {
    }

    public static void main(String[] args) {
        if (List.of(args).contains("--help") || List.of(args).contains("-h")) {
            System.out.print(BenchOptions.USAGE);
            return;
        }
        try {
            System.exit(run(BenchOptions.parse(args)));
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
        } catch (Exception e) {
            System.err.println("Benchmark failed: " + e);
            e.printStackTrace();
            System.exit(2);
        }
    }

    static int run(BenchOptions options) throws Exception {
        ServerApi api = new ServerApi(options.baseUrl(), options.token());
        api.awaitReady(Duration.ofMinutes(3), ProcessHandle.of(options.serverPid()));
        ServerProbe probe = new ServerProbe(options.serverPid(), options.serverLog(), options.pgData());
        log(String.format("Server ready (pid %d, RSS %,d MiB)", options.serverPid(), probe.rssKib() / 1024));
        int pairs = Math.max(options.scenarios().contains("direct") ? options.pairs() : 0,
                options.scenarios().contains("storm") ? options.stormClients() / 2 : 0);
        int idle = options.scenarios().contains("idle") ? options.idleConnections() : 0;
        int groups = options.scenarios().contains("groups") ? options.groups() : 0;
        Population.Size size = new Population.Size(Math.max(Math.max(idle, 2 * pairs), 2), pairs, groups);
        try (Connection db = Database.connect(options.pgData())) {
            log("PostgreSQL: " + Database.settings(db, "server_version", "fsync", "synchronous_commit",
                    "max_connections"));
            Population population = Population.build(api, db, options.keysDir(), options.workDir().resolve("csv"),
                    size, options.seed(), Duration.ofSeconds(options.membershipWait()), Coordinator::log);
            ScenarioRunner runner = new ScenarioRunner(options, probe, Coordinator::log);
            Scenarios scenarios = new Scenarios(options, population, db, runner);
            List<ScenarioResult> results = new ArrayList<>();
            for (String name : options.scenarios()) {
                log("");
                log("Scenario " + name + ":");
                results.add(scenarios.run(name));
            }
            System.out.println();
            System.out.printf("Chat benchmark, %s, %d cores, server RSS now %,d MiB%n", LocalDate.now(),
                    Runtime.getRuntime().availableProcessors(), probe.rssKib() / 1024);
            ResultTable.print(results, System.out);
            boolean passed = results.stream().allMatch(ScenarioResult::passed);
            System.out.println();
            System.out.println(passed ? "PASS" : "FAIL");
            return passed ? 0 : 1;
        }
    }

    static void log(String line) {
        System.out.println(line);
        System.out.flush();
    }
}
