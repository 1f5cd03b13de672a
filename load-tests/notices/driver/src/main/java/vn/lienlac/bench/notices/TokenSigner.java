package vn.lienlac.bench.notices;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/**
 * Signs guardians' access tokens as the server's {@code TokenIssuer} does (RS256, with the demo profile's dev key);
 * the guardian-only part of load-tests/chat's signer.
 */
final class TokenSigner {

    private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();
    private static final String HEADER = URL.encodeToString("{\"alg\":\"RS256\",\"typ\":\"JWT\"}"
            .getBytes(StandardCharsets.UTF_8));

    private final PrivateKey key;

    private TokenSigner(PrivateKey key) {
        this.key = key;
    }

    static TokenSigner fromKeysDir(Path dir) throws IOException, GeneralSecurityException {
        byte[] pkcs8 = Files.readAllBytes(dir.resolve("dev-signing-key.pk8"));
        return new TokenSigner(KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(pkcs8)));
    }

    String guardian(String phone, UUID account, UUID session, Instant now, Instant expires) {
        String claims = "{\"iss\":\"https://lienlac.vn\",\"aud\":\"lienlac-api\",\"sub\":\"" + account
                + "\",\"groups\":[\"guardian\"],\"sid\":\"" + session + "\",\"iat\":" + now.getEpochSecond()
                + ",\"exp\":" + expires.getEpochSecond() + ",\"phone\":\"" + phone + "\"}";
        String input = HEADER + "." + URL.encodeToString(claims.getBytes(StandardCharsets.UTF_8));
        try {
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(key);
            rsa.update(input.getBytes(StandardCharsets.US_ASCII));
            return input + "." + URL.encodeToString(rsa.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("RS256 is in every Java runtime", e);
        }
    }
}
