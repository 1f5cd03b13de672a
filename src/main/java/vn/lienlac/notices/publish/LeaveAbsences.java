package vn.lienlac.notices.publish;

import io.smallrye.mutiny.Uni;
import vn.lienlac.chat.inbox.InboxWrite;
import vn.lienlac.notices.delivery.NoticeDelivery;
import vn.lienlac.notices.delivery.NoticeOrigin;
import vn.lienlac.notices.delivery.Outgoing;
import vn.lienlac.platform.locks.LockNamespace;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;
import vn.lienlac.notices.NoticeKind;
import vn.lienlac.notices.render.NoticeTexts;
import vn.lienlac.platform.Sha256;

/**
 * Attendance written for an approved leave request (docs/leave-requests.md), in the caller's transaction: an
 * absence without permission already recorded on one of its days is changed to "có phép" (a new version of that
 * record), and each other day (Sundays left out) gets an absence with permission under the source id
 * {@code leave-<request id>-<date>}. Nothing new is delivered here: the leave feature tells the guardians once, with
 * its own text, so these records reach the contact book and the teacher's screen without a second notification; the
 * guardians' earlier "không phép" items are corrected in place ("Đính chính: …").
 */
@ApplicationScoped
public class LeaveAbsences {

    /** The source ids of records written for leave requests start with this. */
    public static final String SOURCE_PREFIX = "leave-";

    /** The leave's days, and what rendering needs to know about the child. */
    public record Days(long requestId, long schoolId, String schoolName, long studentId, String studentCode,
            String studentName, Long classId, String className, LocalDate from, LocalDate to, String session,
            String note) {

        @Override
        public String toString() {
            return "Days[request=" + requestId + ", " + from + ".." + to + " " + session + "]";
        }
    }

    private final NoticeStore store;
    private final NoticeTexts texts;
    private final NoticeDelivery delivery;

    public LeaveAbsences(NoticeStore store, NoticeTexts texts, NoticeDelivery delivery) {
        this.store = store;
        this.texts = texts;
        this.delivery = delivery;
    }

    /**
     * What excusing wrote: how many attendance records (new or changed), and the inbox write of the corrections of
     * the guardians' earlier "không phép" items (hand it to {@link #committed} after the commit; may be null).
     */
    public record Excused(int records, InboxWrite corrections) {
    }

    /**
     * Takes the school's publish lock first (as an attendance batch does before it reads approved leave, Publisher),
     * so that a batch committed while this waited is seen and corrected, and a batch waiting for this sees the
     * approval.
     */
    public Uni<Excused> excuse(SqlConnection conn, Days days, String actor, Instant now) {
        return LockNamespace.NOTICE_PUBLISH.lock(conn, Math.toIntExact(days.schoolId()))
                .chain(() -> excuseLocked(conn, days, actor, now));
    }

    /**
     * Whether an attendance record in {@code session} with {@code status} is the day's line for a leave of
     * {@code leaveSession}: an absence in a session the leave covers (a late arrival is not). An approval writes no
     * {@code leave-…} record for a day that has one, and a {@code leave-…} record steps aside for one that comes later
     * ({@link LeaveLines}): one line per child and day in the contact book, whichever came first.
     */
    static boolean fills(String leaveSession, String session, String status) {
        if ("DI_MUON".equals(status)) {
            return false;
        }
        return "CA_NGAY".equals(leaveSession) || leaveSession.equals(session)
                || "CA_NGAY".equals(session) && !"KHONG_PHEP".equals(status);
    }

    /**
     * The session a whole-day absence without permission keeps on a day with a half-day leave: the half the leave
     * does not cover ({@code SANG} leave: {@code CHIEU}, and the other way round); null when the record is not such
     * an absence or the leave is for the whole day. The leave's "có phép" line is the day's line for its own half, so
     * the contact book reads one line per session (docs/leave-requests.md).
     */
    static String narrowed(String leaveSession, String session, String status) {
        if (!"CA_NGAY".equals(session) || !"KHONG_PHEP".equals(status)) {
            return null;
        }
        return switch (leaveSession) {
            case "SANG" -> "CHIEU";
            case "CHIEU" -> "SANG";
            default -> null;
        };
    }

    /** Hands the corrections' inbox write over after the commit. */
    public void committed(Excused excused) {
        if (excused != null) {
            delivery.committed(excused.corrections());
        }
    }

    private Uni<Excused> excuseLocked(SqlConnection conn, Days days, String actor, Instant now) {
        return conn.preparedQuery("""
                        SELECT source_id, occurred_on, payload FROM notice
                        WHERE school_id = $1 AND kind = 'ATTENDANCE' AND student_code = $2 AND withdrawn_at IS NULL
                          AND occurred_on BETWEEN $3 AND $4""")
                .execute(Tuple.of(days.schoolId(), days.studentCode(), days.from(), days.to()))
                .chain(rows -> {
                    List<Prepared> prepared = new ArrayList<>();
                    Set<LocalDate> absent = new HashSet<>();
                    for (Row row : rows) {
                        JsonObject payload = (JsonObject) row.getValue("payload");
                        LocalDate date = row.getLocalDate("occurred_on");
                        String session = payload.getString("session");
                        String status = payload.getString("status");
                        String half = narrowed(days.session(), session, status);
                        if (half != null) {
                            SortedMap<String, Object> changed = new TreeMap<>(payload.getMap());
                            changed.put("session", half);
                            prepared.add(prepare(days, row.getString("source_id"), date, changed));
                            continue;
                        }
                        if (!fills(days.session(), session, status)) {
                            continue;
                        }
                        absent.add(date);
                        if ("KHONG_PHEP".equals(status)) {
                            SortedMap<String, Object> changed = new TreeMap<>(payload.getMap());
                            changed.put("status", "CO_PHEP");
                            prepared.add(prepare(days, row.getString("source_id"), date, changed));
                        }
                    }
                    for (LocalDate day = days.from(); !day.isAfter(days.to()); day = day.plusDays(1)) {
                        if (day.getDayOfWeek() != DayOfWeek.SUNDAY && !absent.contains(day)) {
                            SortedMap<String, Object> payload = new TreeMap<>();
                            payload.put("studentCode", days.studentCode());
                            payload.put("date", day.toString());
                            payload.put("session", days.session());
                            payload.put("status", "CO_PHEP");
                            if (days.note() != null) {
                                payload.put("note", days.note());
                            }
                            prepared.add(prepare(days, SOURCE_PREFIX + days.requestId() + "-" + day, day, payload));
                        }
                    }
                    if (prepared.isEmpty()) {
                        return Uni.createFrom().item(new Excused(0, null));
                    }
                    // The approval is the right to change these records: the leave's own days, and the earlier
                    // "không phép" entries of those days it turns into "có phép" (same sourceId). Nothing is deleted.
                    return store.apply(conn, UUID.randomUUID(), days.schoolId(), NoticeKind.ATTENDANCE, actor,
                                    prepared.size(), prepared, (classId, subject) -> true, now)
                            .chain(applied -> correct(conn, days, applied, now))
                            .map(write -> new Excused(prepared.size(), write));
                });
    }

    /**
     * The guardians told earlier that the child was absent without permission get their item corrected ("Đính chính:
     * … có phép"); nobody gets a new item here (the leave's own notice is the one notification), and the new
     * "có phép" records of other days reach only the contact book.
     */
    private Uni<InboxWrite> correct(SqlConnection conn, Days days, NoticeStore.Applied applied, Instant now) {
        List<Outgoing> corrections = applied.outgoing().stream()
                .filter(o -> o.change() == Outgoing.Change.CORRECT && !o.previous().isEmpty())
                .map(o -> new Outgoing(o.noticeId(), o.change(), o.version(), o.text(), o.data(), o.about(),
                        List.of(), o.previous()))
                .toList();
        if (corrections.isEmpty()) {
            return Uni.createFrom().nullItem();
        }
        return delivery.deliver(conn, NoticeKind.ATTENDANCE, corrections,
                new NoticeOrigin(days.schoolId(), days.schoolName(), false), now);
    }

    private Prepared prepare(Days days, String sourceId, LocalDate date, SortedMap<String, Object> payload) {
        RecordDraft draft = new RecordDraft(0, sourceId, false, days.studentCode(), null, date, null, payload);
        String text = texts.render(NoticeKind.ATTENDANCE, payload,
                new NoticeTexts.Subjects(days.studentName(), days.className(), days.schoolName()));
        String json = new JsonObject(new TreeMap<>(payload)).encode();
        return new Prepared(draft, days.studentId(), days.classId(), text, List.of(), List.of(), json,
                Sha256.hex(json.getBytes(StandardCharsets.UTF_8)), days.studentName(), null);
    }
}
