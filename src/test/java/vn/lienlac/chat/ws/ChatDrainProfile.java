package vn.lienlac.chat.ws;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * A pod of its own for the drain tests (a drain cannot be undone), with a short window so the tests stay quick; the
 * assertions are relative to it.
 */
public class ChatDrainProfile implements QuarkusTestProfile {

    static final long WINDOW_MILLIS = 4_000;

    @Override
    public Map<String, String> getConfigOverrides() {
        // both keys: a %test value in application.properties would win over the plain one
        return Map.of("lienlac.chat.drain.window", WINDOW_MILLIS + "ms",
                "%test.lienlac.chat.drain.window", WINDOW_MILLIS + "ms");
    }
}
