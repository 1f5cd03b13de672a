package vn.lienlac.bench.chat.setup;

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
 * Signs access tokens as the server's {@code TokenIssuer} does (RS256; {@code iss}, {@code aud}, {@code sub} = account,
 * {@code sid} = session, {@code groups}, {@code phone}, {@code staff_code}, {@code iat}, {@code exp}) with the dev
 * signing key the demo profile keeps in its keys directory ({@code dev-signing-key.pk8}, PKCS#8 DER).
 */
public final class TokenSigner {

    public static final String KEY_FILE = "dev-signing-key.pk8";
    public static final String ISSUER = "https://lienlac.vn";
    public static final String AUDIENCE = "lienlac-api";

    private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();
    private static final String HEADER = URL.encodeToString("{\"alg\":\"RS256\",\"typ\":\"JWT\"}"
            .getBytes(StandardCharsets.UTF_8));

    private final PrivateKey key;

    public TokenSigner(PrivateKey key) {
        this.key = key;
    }

    public static TokenSigner fromKeysDir(Path dir) throws IOException, GeneralSecurityException {
        byte[] pkcs8 = Files.readAllBytes(dir.resolve(KEY_FILE));
        return new TokenSigner(KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(pkcs8)));
    }

    public String sign(Person person, UUID account, UUID session, Instant issuedAt, Instant expiresAt) {
        StringBuilder claims = new StringBuilder("{")
                .append("\"iss\":").append(ServerApi.json(ISSUER))
                .append(",\"aud\":").append(ServerApi.json(AUDIENCE))
                .append(",\"sub\":\"").append(account).append('"')
                .append(",\"groups\":[").append(ServerApi.json(person.role())).append(']')
                .append(",\"sid\":\"").append(session).append('"')
                .append(",\"iat\":").append(issuedAt.getEpochSecond())
                .append(",\"exp\":").append(expiresAt.getEpochSecond());
        if (person.phone() != null) {
            claims.append(",\"phone\":").append(ServerApi.json(person.phone()));
        }
        if (person.staffCode() != null) {
            claims.append(",\"staff_code\":").append(ServerApi.json(person.staffCode()));
        }
        String signingInput = HEADER + "." + URL.encodeToString(claims.append('}').toString()
                .getBytes(StandardCharsets.UTF_8));
        try {
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(key);
            rsa.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + URL.encodeToString(rsa.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("RS256 is in every Java runtime", e);
        }
    }
}
