package vn.lienlac.bench.chat.run;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import vn.lienlac.bench.chat.setup.ClassGroups;
import vn.lienlac.bench.chat.setup.DirectConversations;
import vn.lienlac.bench.chat.setup.Person;
import vn.lienlac.bench.chat.setup.Population;
import vn.lienlac.bench.chat.worker.WorkerPlan;

/**
 * The four scenarios of issue 4: which people connect, where they send, how fast, in how many driver processes,
 * and which checks decide. Every member of a conversation that receives messages is in the same driver process as
 * its senders, so latencies are read from one clock.
 */
final class Scenarios {

    /** A parent's message in Vietnamese (NFC), about as long as a typical one. */
    static final String TEXT = "Cô ơi, hôm nay cháu Minh bị sốt nên xin phép nghỉ học một buổi ạ. Em cảm ơn cô!";

    private final BenchOptions options;
    private final Population population;
    private final Connection db;
    private final ScenarioRunner runner;
    private final String wsUrl;
    private int addresses;

    Scenarios(BenchOptions options, Population population, Connection db, ScenarioRunner runner) {
        this.options = options;
        this.population = population;
        this.db = db;
        this.runner = runner;
        this.wsUrl = "ws://" + options.baseUrl().getHost() + ":" + options.baseUrl().getPort() + "/ws/chat";
    }

    ScenarioResult run(String name) throws Exception {
        return switch (name) {
            case "idle" -> idle();
            case "direct" -> direct();
            case "groups" -> groups();
            case "storm" -> storm();
            default -> throw new IllegalArgumentException(name);
        };
    }

    private ScenarioResult idle() throws Exception {
        List<Person> people = take(population.people(), options.idleConnections(), "people");
        Map<String, Map<Long, Long>> cursors = Population.cursors(db, people);
        List<List<WorkerPlan.Client>> split = new ArrayList<>();
        for (int i = 0; i < options.idleProcesses(); i++) {
            split.add(new ArrayList<>());
        }
        for (int i = 0; i < people.size(); i++) {
            Person p = people.get(i);
            split.get(i % split.size()).add(new WorkerPlan.Client(p.participant(), p.token(),
                    cursors.get(p.participant()), new long[0], 0));
        }
        WorkerPlan.Timeline timeline = new WorkerPlan.Timeline(options.idleHold(), 0, 0, 0, 0);
        List<WorkerPlan> plans = split.stream().map(c -> plan("idle", c, timeline)).toList();
        ScenarioRunner.Outcome outcome = runner.run("idle", plans, options.idleHold(), true, "768m");
        Figures f = outcome.figures();
        long held = f.count("held");
        ScenarioResult.Server s = outcome.server();
        double perConnection = held == 0 ? Double.NaN : (s.rssAfter() - s.rssBefore()) * 1024.0 / held;
        List<ScenarioResult.Check> checks = List.of(
                new ScenarioResult.Check("≥ 15,000 connections held by one server process", held >= 15_000,
                        options.idleFullSize()),
                new ScenarioResult.Check("every connection still open and synced after " + (int) options.idleHold()
                        + " s", held == people.size(), true),
                new ScenarioResult.Check("added RSS per connection ≤ 20 KB (aim)", perConnection <= 20 * 1024,
                        false));
        List<String> notes = new ArrayList<>();
        if (!outcome.heapGrowth().isEmpty()) {
            notes.add("heap growth per connection held, by class (jcmd GC.class_histogram after a full GC):");
            outcome.heapGrowth().forEach(line -> notes.add("  " + line));
        }
        return new ScenarioResult("idle", f, s, checks, notes);
    }

    private ScenarioResult direct() throws Exception {
        List<DirectConversations.Pair> pairs = take(population.pairs(), options.pairs(), "pairs");
        double rate = options.directRate() / (2.0 * pairs.size());
        WorkerPlan.Timeline timeline = new WorkerPlan.Timeline(0, options.warmup(), options.measure(),
                options.drain(), 0);
        WorkerPlan plan = plan("direct", pairClients(pairs, rate), timeline);
        ScenarioRunner.Outcome outcome = runner.run("direct", List.of(plan),
                options.warmup() + options.measure() + options.drain(), false, "1g");
        Figures f = outcome.figures();
        boolean decides = options.directRate() >= 3_000;
        List<ScenarioResult.Check> checks = new ArrayList<>(List.of(
                new ScenarioResult.Check("≥ 3,000 messages persisted per second", f.rate("ackedInWindow") >= 3_000,
                        decides),
                new ScenarioResult.Check("≥ 3,000 messages delivered per second",
                        f.rate("deliveriesInWindow") >= 3_000, decides),
                new ScenarioResult.Check("send→receive p99 < 100 ms", f.millis("latency", 99) < 100, decides)));
        checks.addAll(integrity(f));
        return new ScenarioResult("direct", f, outcome.server(), checks, List.of(String.format(
                "%,d pairs, %.2f msg/s per client offered (%,.0f msg/s in all)", pairs.size(), rate,
                options.directRate())));
    }

    private ScenarioResult groups() throws Exception {
        List<ClassGroups.Group> groups = take(population.groups(), options.groups(), "class groups");
        Map<String, List<Long>> sendTo = new LinkedHashMap<>();
        int notPeople = 0;
        for (ClassGroups.Group g : groups) {
            for (String member : g.members()) {
                if (population.byParticipant().containsKey(member)) {
                    sendTo.computeIfAbsent(member, k -> new ArrayList<>()).add(g.conversationId());
                } else {
                    notPeople++;
                }
            }
        }
        double rate = options.groupRate() / sendTo.size();
        List<Person> people = sendTo.keySet().stream().map(population.byParticipant()::get).toList();
        Map<String, Map<Long, Long>> cursors = Population.cursors(db, people);
        List<WorkerPlan.Client> clients = people.stream().map(p -> new WorkerPlan.Client(p.participant(), p.token(),
                cursors.get(p.participant()), sendTo.get(p.participant()).stream().mapToLong(Long::longValue).toArray(),
                rate)).toList();
        double members = groups.stream().mapToInt(g -> g.members().size()).average().orElse(0);
        WorkerPlan.Timeline timeline = new WorkerPlan.Timeline(0, options.warmup(), options.measure(),
                options.drain(), 0);
        ScenarioRunner.Outcome outcome = runner.run("groups", List.of(plan("groups", clients, timeline)),
                options.warmup() + options.measure() + options.drain(), false, "1g");
        Figures f = outcome.figures();
        boolean decides = options.groupRate() * (members - 1) >= 50_000;
        List<ScenarioResult.Check> checks = new ArrayList<>(List.of(
                new ScenarioResult.Check("≥ 50,000 deliveries per second", f.rate("deliveriesInWindow") >= 50_000,
                        decides),
                new ScenarioResult.Check("send→receive p99 < 150 ms", f.millis("latency", 99) < 150, decides)));
        checks.addAll(integrity(f));
        List<String> notes = new ArrayList<>(List.of(String.format(
                "%,d class groups of %.1f members (%,d clients), %.2f msg/s per client offered (%,.0f msg/s, "
                        + "%,.0f deliveries/s)", groups.size(), members, clients.size(), rate, options.groupRate(),
                options.groupRate() * (members - 1))));
        if (notPeople > 0) {
            notes.add(notPeople + " members are not people of the benchmark's schools and were not connected");
        }
        return new ScenarioResult("groups", f, outcome.server(), checks, notes);
    }

    private ScenarioResult storm() throws Exception {
        List<DirectConversations.Pair> pairs = take(population.pairs(), options.stormClients() / 2, "pairs");
        double after = 10;
        WorkerPlan.Timeline timeline = new WorkerPlan.Timeline(0, options.warmup(), options.stormSpread() + after,
                options.drain(), options.stormSpread());
        WorkerPlan plan = plan("storm", pairClients(pairs, options.stormRate()), timeline);
        ScenarioRunner.Outcome outcome = runner.run("storm", List.of(plan),
                options.warmup() + options.stormSpread() + after + options.drain(), false, "1g");
        Figures f = outcome.figures();
        List<ScenarioResult.Check> checks = new ArrayList<>(List.of(
                new ScenarioResult.Check("5,000 clients dropped", f.count("dropped") >= 5_000,
                        options.stormFullSize()),
                new ScenarioResult.Check("every client reconnected and resumed", f.count("notResumed") == 0
                        && f.count("resumed") == f.count("dropped"), true),
                new ScenarioResult.Check("all resumed within 10 s of the drop",
                        f.millis("resumeLatency", 100) <= 10_000, true)));
        checks.addAll(integrity(f));
        return new ScenarioResult("storm", f, outcome.server(), checks, List.of(String.format(
                "%,d clients in %,d direct conversations, %.2f msg/s each; all drop at once (TCP closed, no close "
                        + "frame) after %.0f s and reconnect after a delay uniform in [0, %.0f s)", 2 * pairs.size(),
                pairs.size(), options.stormRate(), options.warmup(), options.stormSpread())));
    }

    /** The invariants every messaging scenario must keep, whatever its size. */
    private static List<ScenarioResult.Check> integrity(Figures f) {
        return List.of(
                new ScenarioResult.Check("no message lost (acked, then not received by every recipient)",
                        f.count("lost") == 0, true),
                new ScenarioResult.Check("every send acknowledged", f.count("unacked") == 0, true),
                new ScenarioResult.Check("per-conversation order: no gap, no duplicate, no client behind",
                        f.count("skippedSeqs") == 0 && f.count("duplicateEvents") == 0 && f.count("behind") == 0,
                        true),
                new ScenarioResult.Check("one seq per message: its ack and its events carry the same seq",
                        f.count("seqMismatches") == 0, true));
    }

    private List<WorkerPlan.Client> pairClients(List<DirectConversations.Pair> pairs, double rate) throws Exception {
        List<Person> people = new ArrayList<>();
        pairs.forEach(p -> {
            people.add(p.first());
            people.add(p.second());
        });
        Map<String, Map<Long, Long>> cursors = Population.cursors(db, people);
        List<WorkerPlan.Client> clients = new ArrayList<>();
        for (DirectConversations.Pair pair : pairs) {
            for (Person p : List.of(pair.first(), pair.second())) {
                clients.add(new WorkerPlan.Client(p.participant(), p.token(), cursors.get(p.participant()),
                        new long[] {pair.conversationId()}, rate));
            }
        }
        return clients;
    }

    private WorkerPlan plan(String scenario, List<WorkerPlan.Client> clients, WorkerPlan.Timeline timeline) {
        int n = addresses++;
        String source = "127.0." + (1 + n / 250) + "." + (1 + n % 250);
        String prefix = scenario.charAt(0) + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
        return new WorkerPlan(scenario, wsUrl, source, prefix, options.connectConcurrency(), TEXT, clients, timeline);
    }

    private static <T> List<T> take(List<T> all, int count, String what) {
        if (all.size() < count) {
            throw new IllegalStateException("the population has " + all.size() + " " + what + ", " + count
                    + " needed");
        }
        return all.subList(0, count);
    }
}
