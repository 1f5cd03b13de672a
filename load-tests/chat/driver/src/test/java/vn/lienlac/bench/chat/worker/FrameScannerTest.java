package vn.lienlac.bench.chat.worker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FrameScannerTest {

    /** The event example of docs/protocol.md. */
    private static final String EVENT = """
            {"type":"event","conversationId":12,"seq":41,"kind":"message","sender":"g:42","clientId":"a1b2c3",
             "text":"Cô ơi, hôm nay cháu Minh xin nghỉ học ạ.","replyTo":40,"attachment":null,"silent":false,
             "sentAt":"2026-11-28T07:15:02.114Z","editedAt":null,"recalled":false,"hidden":false}""";

    @Test
    void readsTheFieldsOfTheProtocolsEventExample() {
        assertEquals("event", FrameScanner.string(EVENT, "type"));
        assertEquals(12, FrameScanner.number(EVENT, "conversationId", -1));
        assertEquals(41, FrameScanner.number(EVENT, "seq", -1));
        assertEquals("a1b2c3", FrameScanner.string(EVENT, "clientId"));
        assertEquals("Cô ơi, hôm nay cháu Minh xin nghỉ học ạ.", FrameScanner.string(EVENT, "text"));
        assertFalse(FrameScanner.isTrue(EVENT, "recalled"));
    }

    @Test
    void doesNotTakeTargetSeqForSeq() {
        String edited = "{\"type\":\"event\",\"conversationId\":3,\"kind\":\"edited\",\"targetSeq\":7,\"seq\":9}";
        assertEquals(9, FrameScanner.number(edited, "seq", -1));
        assertEquals(7, FrameScanner.number(edited, "targetSeq", -1));
    }

    @Test
    void answersNullAndMissingForNullAndAbsentFields() {
        String joined = "{\"type\":\"event\",\"seq\":1,\"clientId\":null,\"kind\":\"member_joined\"}";
        assertNull(FrameScanner.string(joined, "clientId"));
        assertNull(FrameScanner.string(joined, "ref"));
        assertEquals(-1, FrameScanner.number(joined, "conversationId", -1));
    }

    @Test
    void decodesEscapesAndToleratesSpaces() {
        String frame = "{ \"type\" : \"ack\", \"ref\" : \"a\\\"b\\u00e0\", \"duplicate\" : true }";
        assertEquals("ack", FrameScanner.string(frame, "type"));
        assertEquals("a\"bà", FrameScanner.string(frame, "ref"));
        assertTrue(FrameScanner.isTrue(frame, "duplicate"));
    }
}
