package vn.lienlac.directives;

import io.vertx.core.json.JsonObject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * What recipients read in their inbox, in Vietnamese (NFC), dates as {@code dd/MM/yyyy} and times as
 * {@code HH:mm ngày dd/MM/yyyy} in the platform's zone (Asia/Ho_Chi_Minh), and the item's structured form
 * ({@code {"topic":"directive","directiveId":…,"event":…}}).
 */
public final class InboxTexts {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    /** "17:00 ngày 21/09/2020", as a Vietnamese deadline is written (not "17:00 21/09/2020"). */
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy");

    /** Who forwarded: a school's leadership, or a district office passing on the department's directive. */
    public static final String SCHOOL_FORWARD = "nhà trường";
    public static final String DISTRICT_FORWARD = "Phòng GDĐT";

    private final ZoneId zone;

    public InboxTexts(ZoneId zone) {
        this.zone = zone;
    }

    /** "Văn bản số 260/PGD-VP ngày 15/09/2020: …" (with "chuyển tiếp" for a forward), and what is asked. */
    public String received(String number, LocalDate issuedOn, String subject, boolean forwarded, boolean requiresAck,
            Instant deadline) {
        return received(number, issuedOn, subject, forwarded ? SCHOOL_FORWARD : null, requiresAck, deadline);
    }

    /** As above; {@code forwardedBy}: who passed it on ("nhà trường", "Phòng GDĐT"), null when not a forward. */
    public String received(String number, LocalDate issuedOn, String subject, String forwardedBy, boolean requiresAck,
            Instant deadline) {
        StringBuilder text = new StringBuilder(title(number, issuedOn));
        if (forwardedBy != null) {
            text.append(" (").append(forwardedBy).append(" chuyển tiếp)");
        }
        text.append(": ").append(subject);
        if (requiresAck) {
            text.append(deadline == null ? ". Vui lòng xác nhận đã nhận văn bản."
                    : ". Vui lòng xác nhận trước " + time(deadline) + ".");
        }
        return text.toString();
    }

    /** A reminder to acknowledge (by the sender, or automatically before the deadline). */
    public String ackReminder(String number, LocalDate issuedOn, String subject, Instant deadline) {
        return "Nhắc việc: " + title(number, issuedOn) + " (" + subject + ") chưa được xác nhận"
                + (deadline == null ? "." : "; hạn " + time(deadline) + ".");
    }

    /** Who owes a report: a school, or a district office (to its department). */
    public static final String SCHOOL = "nhà trường";
    public static final String OFFICE = "Phòng GDĐT";

    /** A reminder to a school that its report is due. */
    public String reportReminder(String number, LocalDate issuedOn, Instant reportDeadline) {
        return reportReminder(SCHOOL, number, issuedOn, reportDeadline);
    }

    /** A reminder to a school ({@link #SCHOOL}) or a district office ({@link #OFFICE}) that its report is due. */
    public String reportReminder(String who, String number, LocalDate issuedOn, Instant reportDeadline) {
        return "Nhắc việc: " + who + " chưa nộp báo cáo theo " + lower(title(number, issuedOn)) + "; hạn nộp "
                + time(reportDeadline) + ".";
    }

    public String time(Instant instant) {
        return TIME.format(instant.atZone(zone));
    }

    public static String date(LocalDate date) {
        return DATE.format(date);
    }

    /** {"topic":"directive","directiveId":…,"event":"received"|"reminder", "kind": …}. */
    public static String data(long directiveId, String event, String kind) {
        JsonObject data = new JsonObject().put("topic", "directive").put("directiveId", directiveId)
                .put("event", event);
        if (kind != null) {
            data.put("kind", kind);
        }
        return data.encode();
    }

    private static String title(String number, LocalDate issuedOn) {
        return "Văn bản số " + number + " ngày " + date(issuedOn);
    }

    private static String lower(String text) {
        return Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
