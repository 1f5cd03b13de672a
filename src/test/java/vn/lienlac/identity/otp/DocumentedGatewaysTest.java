package vn.lienlac.identity.otp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.lienlac.platform.gateway.GatewayRequest;

/** The gateway examples in docs/auth.md produce the requests the documentation shows. */
class DocumentedGatewaysTest {

    private static final Path DOC = Path.of("docs", "auth.md");
    private static final String PHONE = "+84912345678";
    private static final String CODE = "123456";
    private static final String KEY = "test-only-otp-hmac-key-0123456789abcdef";

    @Test
    void smsBrandnameExampleSendsTheDocumentedRequest() throws IOException {
        Map<String, String> env = new HashMap<>(variables(example("sms-brandname.env")));
        env.put("LIENLAC_OTP_HMAC_KEY", KEY);
        env.put("SMS_API_KEY", "the-key-from-your-contract");
        OtpConfig config = OtpConfigs.fromEnvironment(env);

        assertEquals(List.of(), OtpSettings.problems(config, true));
        assertRenders(config, example("sms-brandname.http"));
    }

    @Test
    void zaloExampleSendsTheDocumentedRequest() throws IOException {
        Properties file = new Properties();
        file.load(new StringReader(example("zalo.properties")));
        Map<String, String> properties = new HashMap<>();
        file.stringPropertyNames().forEach(name -> properties.put(name, file.getProperty(name)));
        OtpConfig config = OtpConfigs.build(OtpConfigs.properties(properties), OtpConfigs.environment(
                Map.of("OTP_HMAC_KEY", KEY, "ZALO_ACCESS_TOKEN", "<ZALO_ACCESS_TOKEN>")));

        assertEquals(List.of(), OtpSettings.problems(config, true));
        assertRenders(config, example("zalo.http"));
    }

    /** Compares the rendered call with an HTTP request as written in the documentation. */
    private static void assertRenders(OtpConfig config, String documented) {
        String message = GatewayTemplates.message(config.messageTemplate(), CODE, config.codeTtl());
        GatewayRequest request = GatewayTemplates.request(config.http(), PHONE, CODE, message);
        String[] headAndBody = documented.split("\n\n", 2);
        String[] lines = headAndBody[0].split("\n");
        String[] requestLine = lines[0].split(" ");
        Map<String, String> headers = new HashMap<>();
        for (int i = 1; i < lines.length; i++) {
            String[] header = lines[i].split(": ", 2);
            headers.put(header[0], header[1]);
        }
        String host = headers.remove("Host");
        String contentType = headers.remove("Content-Type");

        assertEquals(requestLine[0], request.method());
        assertEquals("https://" + host + requestLine[1], request.url());
        assertEquals(headers, request.headers());
        assertEquals(contentType, request.contentType());
        assertEquals(headAndBody[1].strip(), request.body());
    }

    private static Map<String, String> variables(String lines) {
        Map<String, String> variables = new HashMap<>();
        for (String line : lines.split("\n")) {
            if (!line.isBlank() && !line.startsWith("#")) {
                String[] pair = line.split("=", 2);
                variables.put(pair[0], pair[1]);
            }
        }
        return variables;
    }

    private static String example(String name) throws IOException {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        Matcher block = Pattern.compile("<!-- example: " + Pattern.quote(name) + " -->\\s*```\\w*\\n(.*?)```",
                Pattern.DOTALL).matcher(doc);
        if (!block.find()) {
            throw new AssertionError("no example " + name + " in " + DOC);
        }
        return block.group(1);
    }
}
