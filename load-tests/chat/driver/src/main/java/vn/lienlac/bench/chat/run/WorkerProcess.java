package vn.lienlac.bench.chat.run;

import io.vertx.core.json.JsonObject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import vn.lienlac.bench.chat.worker.WorkerPlan;

/**
 * One driver JVM ({@code vn.lienlac.bench.chat.worker.Worker}) started by the coordinator: its plan goes in a file,
 * commands go to its standard input, its JSON reports come from its standard output, its log goes to a file. Each
 * process opens at most a few thousand sockets, well under the 20,000 open files a process may have here.
 */
final class WorkerProcess implements AutoCloseable {

    private final Process process;
    private final BlockingQueue<JsonObject> reports = new LinkedBlockingQueue<>();
    private final String name;

    WorkerProcess(String name, WorkerPlan plan, Path workDir, Path driverJar, String heap) throws IOException {
        this.name = name;
        Path planFile = workDir.resolve(name + "-plan.json");
        Files.writeString(planFile, plan.toJson().encode());
        process = new ProcessBuilder(List.of(javaBinary(), "-Xms64m", "-Xmx" + heap, "-XX:+UseParallelGC",
                "-cp", driverJar.toString(), "vn.lienlac.bench.chat.worker.Worker", planFile.toString()))
                .redirectError(workDir.resolve(name + ".log").toFile())
                .start();
        Thread reader = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    if (line.startsWith("{")) {
                        reports.add(new JsonObject(line));
                    }
                }
            } catch (IOException | RuntimeException e) {
                // the process ended
            }
            reports.add(new JsonObject().put("event", "exit"));
        }, name + "-reports");
        reader.setDaemon(true);
        reader.start();
    }

    String name() {
        return name;
    }

    /** Waits for the report named {@code event}, passing progress reports on; fails if the process exits first. */
    JsonObject await(String event, Duration timeout, Consumer<JsonObject> progress) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            long left = deadline - System.nanoTime();
            JsonObject report = left <= 0 ? null : reports.poll(left, TimeUnit.NANOSECONDS);
            if (report == null) {
                throw new IllegalStateException(name + " sent no '" + event + "' within " + timeout.toSeconds() + " s");
            }
            String type = report.getString("event");
            if (event.equals(type)) {
                return report;
            }
            if ("exit".equals(type)) {
                throw new IllegalStateException(name + " exited before '" + event + "'; see its log");
            }
            progress.accept(report);
        }
    }

    void command(String command) throws IOException {
        OutputStream in = process.getOutputStream();
        in.write((command + "\n").getBytes(StandardCharsets.UTF_8));
        in.flush();
    }

    /** Asks the process to close its connections and exit; kills it if it has not within 30 s. */
    @Override
    public void close() {
        try {
            if (process.isAlive()) {
                command("close");
                process.getOutputStream().close();
            }
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (IOException e) {
            process.destroyForcibly();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static String javaBinary() {
        return ProcessHandle.current().info().command().orElse("java");
    }
}
