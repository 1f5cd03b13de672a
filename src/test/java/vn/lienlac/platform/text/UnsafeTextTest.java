package vn.lienlac.platform.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import vn.lienlac.platform.text.UnsafeText.Refusal;

class UnsafeTextTest {

    @ParameterizedTest
    @ValueSource(ints = {0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069, 0x200E, 0x200F,
            0x061C})
    void everyBidiControlIsRefusedInTypedTextAndStrippedFromLabels(int cp) {
        String text = "Nguyễn " + Character.toString(cp) + "Văn An";

        assertTrue(UnsafeText.isBidiControl(cp));
        assertFalse(UnsafeText.isInvisible(cp));
        assertEquals(Refusal.BIDI_CONTROL, UnsafeText.refusal(text));
        assertEquals("Nguyễn Văn An", UnsafeText.stripAll(text));
    }

    @ParameterizedTest
    @ValueSource(ints = {0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x00AD, 0x180E, 0x2061, 0x2064, 0x206A, 0x206F,
            0xFFF9, 0xE0001, 0xE0041, 0xE007F, 0x115F, 0x1160, 0x3164, 0xFFA0})
    void invisibleCharactersAreStrippedAndNotRefused(int cp) {
        String text = "Chào" + Character.toString(cp) + " cô";

        assertTrue(UnsafeText.isInvisible(cp));
        assertNull(UnsafeText.refusal(text));
        assertEquals("Chào cô", UnsafeText.stripInvisible(text));
        assertEquals("Chào cô", UnsafeText.stripAll(text));
    }

    @Test
    void aLoneSurrogateIsRefusedBeforeAnythingElseAndDroppedFromLabels() {
        assertEquals(Refusal.LONE_SURROGATE, UnsafeText.refusal("\u202Eab\uD800"));
        assertEquals(Refusal.LONE_SURROGATE, UnsafeText.refusal("a\uDC00b"));
        assertEquals(Refusal.LONE_SURROGATE, UnsafeText.refusal("\uDE00\uD83D"));
        assertTrue(UnsafeText.hasUnstorable("x\uD800"));
        assertEquals("ab", UnsafeText.stripAll("a\uD800b"));
        assertEquals("a\uD800b", UnsafeText.stripInvisible("a\uD800b"), "left for refusal() to refuse");
    }

    @Test
    void aNulIsRefusedAndCannotBeStored() {
        assertEquals(Refusal.NUL_CHARACTER, UnsafeText.refusal("Chào\u0000cô"));
        assertEquals("U+0000", UnsafeText.offending("Chào\u0000cô"));
        assertTrue(UnsafeText.hasUnstorable("Nguyễn\u0000An"));
    }

    @Test
    void surrogatePairsEmojiAndVietnameseAreUntouched() {
        String text = "Con đã về nhà 😀 👍🏽 ❤️ 🇻🇳 — cảm ơn cô!\n\tHẹn gặp lại.";

        assertNull(UnsafeText.refusal(text));
        assertFalse(UnsafeText.hasUnstorable(text));
        assertSame(text, UnsafeText.stripInvisible(text));
        assertSame(text, UnsafeText.stripAll(text));
    }

    @Test
    void aZeroWidthJoinerInsideAnEmojiSequenceIsKept() {
        String family = "👨\u200D👩\u200D👧";
        String rainbowFlag = "🏳\uFE0F\u200D🌈";
        String womanTechnologist = "👩🏽\u200D💻";

        for (String emoji : new String[] {family, rainbowFlag, womanTechnologist}) {
            assertEquals("Nhà " + emoji, UnsafeText.stripInvisible("Nhà " + emoji));
            assertEquals(emoji, UnsafeText.stripAll(emoji));
        }
        assertEquals("ab", UnsafeText.stripInvisible("a\u200Db"), "between letters it joins nothing");
        assertEquals("👨 ", UnsafeText.stripInvisible("👨\u200D "));
        assertEquals("👨", UnsafeText.stripInvisible("\u200D👨\u200D"));
    }

    @Test
    void invisibleOnlyTextBecomesEmpty() {
        assertEquals("", UnsafeText.stripInvisible("\u200B\u200C\u200D\u2060\uFEFF\u3164"));
    }

    @Test
    void nullStaysNull() {
        assertNull(UnsafeText.refusal(null));
        assertNull(UnsafeText.stripInvisible(null));
        assertNull(UnsafeText.stripAll(null));
        assertFalse(UnsafeText.hasUnstorable(null));
    }
}
