package vn.lienlac.notifications.sms;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Segment counts of docs/notifications.md ("Segments"), at the boundaries. */
class SmsSegmentsTest {

    @Test
    void gsm7FitsOneSmsUpTo160() {
        assertEquals(new SmsSegments(true, 160, 1), SmsSegments.of("a".repeat(160)));
        assertEquals(new SmsSegments(true, 161, 2), SmsSegments.of("a".repeat(161)));
        assertEquals(new SmsSegments(true, 306, 2), SmsSegments.of("a".repeat(306)));
        assertEquals(new SmsSegments(true, 307, 3), SmsSegments.of("a".repeat(307)));
    }

    @Test
    void extensionCharactersCountTwo() {
        assertEquals(new SmsSegments(true, 160, 1), SmsSegments.of("€".repeat(80)));
        assertEquals(new SmsSegments(true, 161, 2), SmsSegments.of("a".repeat(159) + "{"));
    }

    @Test
    void anEscapePairIsNeverSplitAcrossParts() {
        // 152 septets then "€": it does not fit in the first part's 153 and moves whole to the second
        String text = "a".repeat(152) + "€" + "a".repeat(152);

        assertEquals(new SmsSegments(true, 306, 3), SmsSegments.of(text));
    }

    @Test
    void unicodeFitsOneSmsUpTo70() {
        assertEquals(new SmsSegments(false, 70, 1), SmsSegments.of("ệ".repeat(70)));
        assertEquals(new SmsSegments(false, 71, 2), SmsSegments.of("ệ".repeat(71)));
        assertEquals(new SmsSegments(false, 134, 2), SmsSegments.of("ệ".repeat(134)));
        assertEquals(new SmsSegments(false, 135, 3), SmsSegments.of("ệ".repeat(135)));
    }

    @Test
    void oneVietnameseLetterMakesTheWholeTextUnicode() {
        assertEquals(new SmsSegments(false, 100, 2), SmsSegments.of("a".repeat(99) + "ư"));
    }

    @Test
    void surrogatePairsCountTwoUnitsAndStayWhole() {
        assertEquals(new SmsSegments(false, 70, 1), SmsSegments.of("😀".repeat(35)));
        assertEquals(new SmsSegments(false, 72, 2), SmsSegments.of("a" + "😀".repeat(35) + "a"));
        // 66 units then a pair: it moves whole to the second part
        assertEquals(new SmsSegments(false, 134, 3), SmsSegments.of("a".repeat(66) + "😀" + "a".repeat(66)));
    }

    @Test
    void emptyTextIsOneSms() {
        assertEquals(new SmsSegments(true, 0, 1), SmsSegments.of(""));
    }
}
