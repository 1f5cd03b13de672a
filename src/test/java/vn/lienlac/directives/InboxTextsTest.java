package vn.lienlac.directives;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vertx.core.json.JsonObject;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/**
 * What recipients read in their inbox, each kind compared with the exact sentence (issue 19, item 4): Vietnamese, NFC,
 * dates dd/MM/yyyy and times in Asia/Ho_Chi_Minh. The notices' sentences are in {@code NoticeSentencesTest}.
 */
class InboxTextsTest {

    private static final LocalDate ISSUED = LocalDate.of(2020, 9, 15);
    private static final Instant DEADLINE = Instant.parse("2020-09-21T10:00:00Z");
    private final InboxTexts texts = new InboxTexts(ZoneId.of("Asia/Ho_Chi_Minh"));

    @Test
    void receivedDirectiveNamesItsNumberDateAndSubject() {
        assertSentence("Văn bản số 260/PGD-VP ngày 15/09/2020: Triển khai sổ liên lạc điện tử.",
                texts.received("260/PGD-VP", ISSUED, "Triển khai sổ liên lạc điện tử.", false, false, null));
    }

    @Test
    void acknowledgementWithoutADeadline() {
        assertSentence("Văn bản số 260/PGD-VP ngày 15/09/2020: Triển khai sổ liên lạc điện tử. Vui lòng xác nhận đã "
                + "nhận văn bản.", texts.received("260/PGD-VP", ISSUED, "Triển khai sổ liên lạc điện tử", false,
                        true, null));
    }

    /** Issue 19: the deadline read "trước 17:00 21/09/2020"; a Vietnamese deadline says "ngày" before the date. */
    @Test
    void acknowledgementDeadlineIsLocalTimeOnItsDay() {
        assertSentence("Văn bản số 260/PGD-VP ngày 15/09/2020: Triển khai sổ liên lạc điện tử. Vui lòng xác nhận "
                + "trước 17:00 ngày 21/09/2020.", texts.received("260/PGD-VP", ISSUED, "Triển khai sổ liên lạc điện tử",
                        false, true, DEADLINE));
    }

    @Test
    void forwardSaysTheSchoolPassedItOn() {
        assertSentence("Văn bản số 260/PGD-VP ngày 15/09/2020 (nhà trường chuyển tiếp): Triển khai sổ liên lạc điện "
                + "tử. Vui lòng xác nhận trước 17:00 ngày 21/09/2020.", texts.received("260/PGD-VP", ISSUED,
                        "Triển khai sổ liên lạc điện tử", true, true, DEADLINE));
    }

    @Test
    void aDistrictOfficesForwardOfTheDepartmentsDirectiveSaysSo() {
        assertEquals("Văn bản số 2868/SGDĐT-CNTT ngày 15/09/2020 (Phòng GDĐT chuyển tiếp): Triển khai sổ liên lạc "
                + "điện tử. Vui lòng xác nhận đã nhận văn bản.", texts.received("2868/SGDĐT-CNTT", ISSUED,
                "Triển khai sổ liên lạc điện tử", InboxTexts.DISTRICT_FORWARD, true, null));
        assertEquals("Nhắc việc: Phòng GDĐT chưa nộp báo cáo theo văn bản số 2868/SGDĐT-CNTT ngày 15/09/2020; hạn nộp "
                + "17:00 ngày 21/09/2020.", texts.reportReminder(InboxTexts.OFFICE, "2868/SGDĐT-CNTT", ISSUED, DEADLINE));
    }

    @Test
    void remindersSayWhatIsDue() {
        assertSentence("Nhắc việc: Văn bản số 260/PGD-VP ngày 15/09/2020 (Triển khai) chưa được xác nhận; hạn "
                + "17:00 ngày 21/09/2020.", texts.ackReminder("260/PGD-VP", ISSUED, "Triển khai", DEADLINE));
        assertSentence("Nhắc việc: Văn bản số 260/PGD-VP ngày 15/09/2020 (Triển khai) chưa được xác nhận.",
                texts.ackReminder("260/PGD-VP", ISSUED, "Triển khai", null));
        assertSentence("Nhắc việc: nhà trường chưa nộp báo cáo theo văn bản số 260/PGD-VP ngày 15/09/2020; hạn nộp "
                + "17:00 ngày 21/09/2020.", texts.reportReminder("260/PGD-VP", ISSUED, DEADLINE));
    }

    private static void assertSentence(String expected, String text) {
        assertEquals(expected, text);
        assertEquals(Normalizer.normalize(text, Normalizer.Form.NFC), text, "NFC");
    }

    @Test
    void dataNamesTheTopicAndTheDirective() {
        JsonObject data = new JsonObject(InboxTexts.data(41, "reminder", "MANUAL"));

        assertEquals(new JsonObject().put("topic", "directive").put("directiveId", 41).put("event", "reminder")
                .put("kind", "MANUAL"), data);
    }
}
