package vn.lienlac.chat.rest;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * For tests that arrange class and school groups by hand with SQL: the directory's membership sync is off, so
 * that it neither creates the same groups first nor changes their members while the test reads them.
 */
public class HandMadeGroups implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("lienlac.chat.membership.enabled", "false");
    }
}
