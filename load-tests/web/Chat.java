import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The benchmark's chat part: a teacher's send in the app, seen on the parent's screen in the app. */
final class Chat {

    private Chat() {
    }

    /** Types the text in the composer and sends it; answers the page's clock at the moment of the click. */
    private static final String SEND = """
            () => {
              const send = [...document.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Gửi');
              const t = Date.now();
              send.click();
              return t;
            }""";

    /** The direct conversation of the two pages' people, opened by the teacher in the app's new-chat screen. */
    static String openDirect(Page teacher, Page parent) {
        String parentName = parent.evaluate("async () => (await import('/app/core/profile.js')).get().fullName")
                .toString();
        teacher.navigate(teacher.url().replaceAll("#.*$", "") + "#/tro-chuyen/moi");
        teacher.getByLabel("Tìm người").fill(parentName);
        teacher.getByText(parentName).first().click();
        teacher.waitForURL(Pattern.compile("#/tro-chuyen/\\d+$"));
        Matcher m = Pattern.compile("#/tro-chuyen/(\\d+)$").matcher(teacher.url());
        if (!m.find()) {
            throw new IllegalStateException("no conversation opened: " + teacher.url());
        }
        return m.group(1);
    }

    /** Sends {@code count} messages one after the other; each latency is click → first paint of its text. */
    static List<Double> sendAndWatch(Page teacher, Page parent, String conversation, int count, String label) {
        parent.navigate(parent.url().replaceAll("#.*$", "") + "#/tro-chuyen/" + conversation);
        teacher.navigate(teacher.url().replaceAll("#.*$", "") + "#/tro-chuyen/" + conversation);
        parent.getByLabel("Nội dung tin nhắn").waitFor();
        teacher.getByLabel("Nội dung tin nhắn").waitFor();
        List<Double> latencies = new ArrayList<>();
        String run = UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < count; i++) {
            String token = "bench-" + label + "-" + run + "-" + i;
            teacher.getByLabel("Nội dung tin nhắn").fill("Tin nhắn thử " + token);
            double sentAt = ((Number) teacher.evaluate(SEND)).doubleValue();
            // Checked on every animation frame: the time is taken when the text is in the page, one frame at most
            // after it was drawn.
            double seenAt;
            try {
                seenAt = ((Number) parent.waitForFunction(
                        "t => document.getElementById('view').textContent.includes(t) ? Date.now() : false", token)
                        .jsonValue()).doubleValue();
            } catch (RuntimeException e) {
                parent.screenshot(new Page.ScreenshotOptions().setPath(java.nio.file.Path.of("/tmp/bench-parent.png")));
                System.out.println("  not seen: " + token + "; screenshot /tmp/bench-parent.png");
                throw e;
            }
            latencies.add(seenAt - sentAt);
        }
        return latencies;
    }
}
