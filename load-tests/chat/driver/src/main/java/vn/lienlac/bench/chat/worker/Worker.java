package vn.lienlac.bench.chat.worker;

import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.impl.VertxInternal;
import io.vertx.core.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * One driver process: opens its plan's connections, reports {@code ready}, waits for {@code start}, runs the
 * scenario's timeline, reports the {@code result}, and holds its connections until {@code close} (so that the
 * coordinator can read the server's memory with them open).
 */
public final class Worker {

    private static final int EVENT_LOOPS = 2;

    private final WorkerPlan plan;
    private final Vertx vertx;
    private final Fleet fleet;
    private final List<ChatClient> clients = new ArrayList<>();
    private final List<Context> contexts = new ArrayList<>();

    private Worker(WorkerPlan plan) {
        this.plan = plan;
        this.vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(EVENT_LOOPS).setWorkerPoolSize(2)
                .setPreferNativeTransport(true)
                .setBlockedThreadCheckInterval(10).setBlockedThreadCheckIntervalUnit(TimeUnit.SECONDS));
        this.fleet = new Fleet(vertx, plan);
        for (int i = 0; i < EVENT_LOOPS; i++) {
            contexts.add(((VertxInternal) vertx).createEventLoopContext());
        }
        for (int i = 0; i < plan.clients().size(); i++) {
            clients.add(new ChatClient(i, contexts.get(i % EVENT_LOOPS), plan.clients().get(i), fleet));
        }
    }

    public static void main(String[] args) throws Exception {
        WorkerPlan plan = WorkerPlan.of(new JsonObject(Files.readString(Path.of(args[0]))));
        Commands commands = new Commands();
        Worker worker = new Worker(plan);
        new Connector(worker.clients, plan.connectConcurrency(), worker.fleet.stats).connectAll();
        worker.fleet.members(worker.clients);
        Commands.emit(worker.readyReport());
        commands.await("start");
        Timeline timeline = new Timeline(worker.vertx, worker.fleet, worker.clients, worker.contexts);
        JsonObject result = switch (plan.scenario()) {
            case "idle" -> timeline.hold(plan.timeline().hold());
            case "storm" -> timeline.storm(plan.timeline(), ThreadLocalRandom.current());
            default -> timeline.load(plan.timeline());
        };
        Commands.emit(result);
        commands.await("close");
        worker.fleet.reconnectOnLoss = false;
        timeline.onEachClient(ChatClient::closeNormally);
        Thread.sleep(500);
        worker.vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        System.exit(0);
    }

    private JsonObject readyReport() {
        long synced = clients.stream().filter(ChatClient::everSynced).count();
        JsonObject failures = new JsonObject();
        fleet.stats.connectFailures.forEach((k, v) -> failures.put(k, v.sum()));
        return new JsonObject().put("event", "ready").put("clients", clients.size()).put("synced", synced)
                .put("failed", clients.size() - synced).put("connectFailures", failures);
    }
}
