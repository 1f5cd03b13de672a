package vn.lienlac.bench.chat.worker;

import io.vertx.core.json.JsonObject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * The line protocol between the coordinator and a driver process: commands ({@code start}, {@code close}) arrive on
 * standard input, reports leave as one JSON object per line on standard output. When standard input ends (the
 * coordinator is gone, e.g. after Ctrl-C), the process exits at once.
 */
final class Commands {

    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();

    Commands() {
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    lines.add(line.trim());
                }
            } catch (IOException e) {
                // treated as the end of input
            }
            lines.add("eof");
        }, "commands");
        reader.setDaemon(true);
        reader.start();
    }

    /** Waits for {@code command}; exits the process if the input ends first. */
    void await(String command) throws InterruptedException {
        while (true) {
            String line = lines.take();
            if (line.equals(command)) {
                return;
            }
            if (line.equals("eof")) {
                System.err.println("the coordinator went away; exiting");
                System.exit(3);
            }
        }
    }

    static synchronized void emit(JsonObject report) {
        System.out.println(report.encode());
        System.out.flush();
    }
}
