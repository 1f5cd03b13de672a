import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Every client's offline episodes of a DrainBenchmark run, and their report: the distribution and the longest five. */
final class OfflineEpisodes {

    private static final List<Episode> ALL = new ArrayList<>();
    /** HAProxy's log line for one upgrade, named by the attempt id the client sent (haproxy.cfg). */
    private static final Pattern HAPROXY_LINE = Pattern.compile("attempt=(\\S+) (server=.*)");

    private OfflineEpisodes() {
    }

    static synchronized void add(Episode episode) {
        ALL.add(episode);
    }

    private static synchronized List<Episode> copy() {
        return new ArrayList<>(ALL);
    }

    /** The longest time a client was without a connection (one still offline counted up to now). */
    static double longestSeconds() {
        long now = System.nanoTime();
        return copy().stream().mapToDouble(e -> e.seconds(now)).max().orElse(0);
    }

    /** The distribution of offline times and the five longest episodes with their attempts. */
    static void report(String haproxyLog) throws Exception {
        Map<String, String> haproxy = new HashMap<>();
        if (haproxyLog != null && Files.exists(Path.of(haproxyLog))) {
            for (String line : Files.readAllLines(Path.of(haproxyLog))) {
                Matcher m = HAPROXY_LINE.matcher(line);
                if (m.find()) {
                    haproxy.put(m.group(1), m.group(2));
                }
            }
        }
        long now = System.nanoTime();
        List<Episode> episodes = copy();
        double[] sorted = episodes.stream().mapToDouble(e -> e.seconds(now)).sorted().toArray();
        long withRefusals = episodes.stream().filter(e -> e.attempts.size() > 1).count();
        System.out.println();
        System.out.printf("offline episodes: %d (%d needed more than one attempt); offline time p50 %.2f s, p90 %.2f s,"
                + " p99 %.2f s, max %.2f s%n", episodes.size(), withRefusals, Episode.percentile(sorted, 50),
                Episode.percentile(sorted, 90), Episode.percentile(sorted, 99), Episode.percentile(sorted, 100));
        System.out.println("the five longest (times UTC; 'waiting' is the client's jittered back-off before the attempt):");
        episodes.sort(Comparator.comparingDouble((Episode e) -> e.seconds(now)).reversed());
        episodes.stream().limit(5).forEach(e -> System.out.print("  " + e.describe(now, haproxy)));
    }
}
