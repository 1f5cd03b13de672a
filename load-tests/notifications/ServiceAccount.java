import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.util.Base64;

/**
 * Writes a throw-away FCM service-account key file whose token_uri is the fake's: {@code ServiceAccount FILE PORT}.
 */
public final class ServiceAccount {

    private ServiceAccount() {
    }

    public static void main(String[] args) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        String pem = ("-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                        .encodeToString(generator.generateKeyPair().getPrivate().getEncoded())
                + "\n-----END PRIVATE KEY-----\n").replace("\n", "\\n");
        String json = """
                {"type":"service_account","project_id":"lienlac-bench","private_key_id":"bench",
                 "private_key":"%s","client_email":"bench@lienlac-bench.iam.gserviceaccount.com",
                 "client_id":"1","token_uri":"http://127.0.0.1:%s/token"}
                """.formatted(pem, args[1]);
        Files.writeString(Path.of(args[0]), json);
    }
}
