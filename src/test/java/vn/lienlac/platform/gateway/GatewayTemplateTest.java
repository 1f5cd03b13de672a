package vn.lienlac.platform.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class GatewayTemplateTest {

    @Test
    void unknownPlaceholdersAndTheBodysOwnBracesStay() {
        GatewayTemplate template = new GatewayTemplate("post", "https://sms.example.invalid/{phoneDigits}", Map.of(),
                "application/json", "{\"to\":\"{phoneNational}\",\"text\":\"{message}\",\"x\":\"{unknown}\"}");

        GatewayRequest request = template.render(Map.of("phoneNational", "0912345678", "phoneDigits", "84912345678",
                "message", "Điểm \"Toán\""));

        assertEquals("POST", request.method());
        assertEquals("https://sms.example.invalid/84912345678", request.url());
        assertEquals("{\"to\":\"0912345678\",\"text\":\"Điểm \\\"Toán\\\"\",\"x\":\"{unknown}\"}", request.body());
    }

    @Test
    void phoneValuesGiveTheThreeForms() {
        assertEquals(Map.of("phone", "+84912345678", "phoneNational", "0912345678", "phoneDigits", "84912345678"),
                GatewayTemplate.phoneValues("+84912345678"));
        assertEquals("6591234567", GatewayPhones.national("+6591234567"));
    }

    @Test
    void getAndHeadCarryNoBody() {
        assertFalse(new GatewayRequest("GET", "u", Map.of(), "text/plain", "b").hasBody());
        assertFalse(new GatewayRequest("HEAD", "u", Map.of(), "text/plain", "b").hasBody());
        assertTrue(new GatewayRequest("POST", "u", Map.of(), "text/plain", "b").hasBody());
    }
}
