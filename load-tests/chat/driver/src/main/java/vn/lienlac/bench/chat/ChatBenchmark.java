package vn.lienlac.bench.chat;

import vn.lienlac.bench.chat.run.Coordinator;

/**
 * The jar's entry point: the coordinator, which runs the scenarios against a server run.sh started ({@code --help}
 * prints the options). The driver processes it starts run {@code vn.lienlac.bench.chat.worker.Worker} from the same
 * jar.
 */
public final class ChatBenchmark {

    private ChatBenchmark() {
    }

    public static void main(String[] args) {
        Coordinator.main(args);
    }
}
