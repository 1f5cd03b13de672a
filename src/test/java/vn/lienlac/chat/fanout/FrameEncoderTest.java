package vn.lienlac.chat.fanout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class FrameEncoderTest {

    private final FrameEncoder encoder = new FrameEncoder(new ObjectMapper());

    @Test
    void ephemeralFramesKeepTheirWireForm() {
        assertEquals("{\"type\":\"typing\",\"conversationId\":12,\"participant\":\"g:42\"}",
                encoder.typing(12, "g:42"));
        assertEquals("{\"type\":\"receipt\",\"conversationId\":12,\"participant\":\"s:7\",\"deliveredSeq\":30,"
                + "\"readSeq\":29}", encoder.receipt(12, "s:7", 30, 29));
    }

    @Test
    void otherFramesCarryUtf8AsItIs() {
        record Notice(String type, String text) {
        }
        assertEquals("{\"type\":\"notice\",\"text\":\"Cô Hà\"}", encoder.frame(new Notice("notice", "Cô Hà")));
    }
}
