package vn.lienlac.leave;

import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.lienlac.chat.inbox.InboxItem;
import vn.lienlac.chat.inbox.InboxPosition;
import vn.lienlac.chat.inbox.InboxWrite;
import vn.lienlac.chat.inbox.Inboxes;
import vn.lienlac.directory.Participant;
import vn.lienlac.notifications.outbox.ItemKind;
import vn.lienlac.notifications.outbox.Message;
import vn.lienlac.notifications.outbox.Outbox;
import vn.lienlac.notifications.outbox.Reach;

/**
 * Tells each side once, in the caller's transaction: the homeroom teacher gets an inbox item when a parent submits;
 * every active guardian of the child gets an inbox item and one outbox reach (the attendance kind: an unread
 * decision is escalated like an absence) when the teacher decides. Hand the write to {@link #committed}.
 */
@ApplicationScoped
class LeaveNotices {

    private final Inboxes inboxes;
    private final Outbox outbox;

    LeaveNotices(Inboxes inboxes, Outbox outbox) {
        this.inboxes = inboxes;
        this.outbox = outbox;
    }

    Uni<InboxWrite> toTeacher(SqlConnection conn, Long staffId, LeaveRequest request, Instant now) {
        if (staffId == null) {
            return Uni.createFrom().nullItem();
        }
        InboxItem item = InboxItem.post(Participant.staff(staffId).toString(), LeaveTexts.submitted(request),
                data(request), false);
        return inboxes.append(conn, List.of(item), now);
    }

    /** @param teacher who decided, as {@link LeaveTexts#decided} names them; null for "giáo viên" */
    Uni<InboxWrite> toGuardians(SqlConnection conn, List<Long> guardianIds, long schoolId, String schoolName,
            LeaveRequest request, String teacher, Instant now) {
        if (guardianIds.isEmpty()) {
            return Uni.createFrom().nullItem();
        }
        String text = LeaveTexts.decided(request, teacher);
        List<InboxItem> items = guardianIds.stream()
                .map(g -> InboxItem.post(Participant.guardian(g).toString(), text, data(request), false)).toList();
        return inboxes.append(conn, items, now).call(write -> {
            List<Reach> reaches = new ArrayList<>();
            for (InboxPosition at : write.positions()) {
                reaches.add(reach(request, at, schoolId, schoolName, text));
            }
            return outbox.enqueue(conn, reaches, now);
        });
    }

    void committed(InboxWrite write) {
        if (write != null) {
            inboxes.committed(write);
        }
    }

    private static Reach reach(LeaveRequest request, InboxPosition at, long schoolId, String schoolName,
            String text) {
        String body = Message.shorten(text);
        Map<String, String> params = new LinkedHashMap<>();
        params.put("school", schoolName);
        params.put("about", request.studentName());
        params.put("content", body);
        Message message = new Message("Đơn xin nghỉ học – " + request.studentName(), body,
                "/#/hop-thu/" + at.conversationId() + "/" + at.seq(), "lienlac_notice_attendance", params, null);
        return new Reach(ItemKind.ATTENDANCE, "leave:" + request.id(), Participant.parse(at.owner()), schoolId, null,
                false, at.conversationId(), at.seq(), message);
    }

    private static String data(LeaveRequest r) {
        return new JsonObject().put("topic", "leave").put("leaveRequestId", r.id()).put("status", r.status())
                .put("studentCode", r.studentCode()).put("from", r.from().toString()).put("to", r.to().toString())
                .put("session", r.session()).encode();
    }
}
