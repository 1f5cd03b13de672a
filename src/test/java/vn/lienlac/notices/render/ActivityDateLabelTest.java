package vn.lienlac.notices.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Issue 16 (seen in the demo's inbox): a daily plan read "Kế hoạch ngày ngày 07/12/2026". */
class ActivityDateLabelTest {

    @Test
    void theWordNgayStandsOnceBeforeTheDate() {
        assertEquals("Kế hoạch ngày", NoticeTexts.dated("Kế hoạch ngày"));
        assertEquals("Thực đơn ngày", NoticeTexts.dated("Thực đơn"));
        assertEquals("Kế hoạch tuần ngày", NoticeTexts.dated("Kế hoạch tuần"));
    }
}
