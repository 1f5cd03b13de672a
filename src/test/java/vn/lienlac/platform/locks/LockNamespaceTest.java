package vn.lienlac.platform.locks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class LockNamespaceTest {

    @Test
    void everyNamespaceHasItsOwnKey() {
        Map<Integer, String> owners = new LinkedHashMap<>();
        for (LockNamespace namespace : LockNamespace.values()) {
            String taken = owners.putIfAbsent(namespace.key(), namespace.name());
            assertEquals(null, taken, namespace + " reuses the key of " + taken);
        }
    }

    /** Deployed keys never change: old and new pods of a rolling deploy must lock the same thing the same way. */
    @Test
    void keysKeepTheirDeployedValues() {
        Map<String, Integer> deployed = new LinkedHashMap<>();
        deployed.put("OTP_CLIENT_IP", 0x4C4C4F49);
        deployed.put("OTP_PHONE", 0x4C4C4F50);
        deployed.put("SCHOOL_IMPORT", 0x4C4C4449);
        deployed.put("OFFICE_IMPORT", 0x4C4C444F);
        deployed.put("DEPARTMENT_IMPORT", 0x4C4C4453);
        deployed.put("CHAT_GROUP_RECONCILE", 0x4C4C4348);
        deployed.put("NOTICE_PUBLISH", 5);
        deployed.put("NOTICE_DIGEST", 6);
        Map<String, Integer> now = Arrays.stream(LockNamespace.values())
                .collect(Collectors.toMap(LockNamespace::name, LockNamespace::key, (a, b) -> a, LinkedHashMap::new));
        now.keySet().retainAll(deployed.keySet());
        assertEquals(deployed, now);
    }
}
