package vn.lienlac.bench.chat.setup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TokenSignerTest {

    @Test
    void signsAnRs256TokenWithTheClaimsTheServerReads() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair keys = generator.generateKeyPair();
        UUID account = UUID.randomUUID();
        UUID session = UUID.randomUUID();
        Person teacher = new Person("s:7", "+84900000001", "BCCB000001", "teacher", 3, false, null);
        Instant now = Instant.ofEpochSecond(1_800_000_000L);

        String[] parts = new TokenSigner(keys.getPrivate()).sign(teacher, account, session, now,
                now.plusSeconds(3600)).split("\\.");

        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initVerify(keys.getPublic());
        rsa.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        assertTrue(rsa.verify(Base64.getUrlDecoder().decode(parts[2])));
        assertEquals("RS256", json(parts[0]).getString("alg"));
        JsonObject claims = json(parts[1]);
        assertEquals("https://lienlac.vn", claims.getString("iss"));
        assertEquals("lienlac-api", claims.getString("aud"));
        assertEquals(account.toString(), claims.getString("sub"));
        assertEquals(session.toString(), claims.getString("sid"));
        assertEquals("teacher", claims.getJsonArray("groups").getString(0));
        assertEquals("+84900000001", claims.getString("phone"));
        assertEquals("BCCB000001", claims.getString("staff_code"));
        assertEquals(1_800_003_600L, claims.getLong("exp"));
    }

    private static JsonObject json(String part) {
        return new JsonObject(new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8));
    }
}
