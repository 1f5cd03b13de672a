package vn.lienlac.timetable;

import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
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
 * Tells a class's families once per publish, in the publisher's transaction: one inbox item per guardian (however
 * many children they have in the class) and one outbox reach each, of the activity kind (not escalated to paid
 * channels). Hand the write to {@link #committed} after the commit.
 */
@ApplicationScoped
class TimetableNotices {

    /** What one publish of one class tells. */
    record Told(long schoolId, String schoolName, long classId, String className, LocalDate weekOf, long versionId,
            long revision, String text) {
    }

    private final Inboxes inboxes;
    private final Outbox outbox;

    TimetableNotices(Inboxes inboxes, Outbox outbox) {
        this.inboxes = inboxes;
        this.outbox = outbox;
    }

    Uni<InboxWrite> toGuardians(SqlConnection conn, List<Long> guardianIds, Told told, Instant now) {
        if (guardianIds.isEmpty()) {
            return Uni.createFrom().nullItem();
        }
        String data = new JsonObject().put("topic", "timetable").put("classId", told.classId())
                .put("weekOf", told.weekOf().toString()).put("versionId", told.versionId())
                .put("revision", told.revision()).encode();
        List<InboxItem> items = guardianIds.stream()
                .map(g -> InboxItem.post(Participant.guardian(g).toString(), told.text(), data, false)).toList();
        return inboxes.append(conn, items, now).call(write -> {
            List<Reach> reaches = new ArrayList<>();
            for (InboxPosition at : write.positions()) {
                reaches.add(reach(told, at));
            }
            return outbox.enqueue(conn, reaches, now);
        });
    }

    void committed(InboxWrite write) {
        if (write != null) {
            inboxes.committed(write);
        }
    }

    private static Reach reach(Told told, InboxPosition at) {
        String body = Message.shorten(told.text());
        Map<String, String> params = new LinkedHashMap<>();
        params.put("school", told.schoolName());
        params.put("about", "lớp " + told.className());
        params.put("content", body);
        Message message = new Message(TimetableTexts.title(told.className()), body,
                "/#/hop-thu/" + at.conversationId() + "/" + at.seq(), "lienlac_notice_activity", params, null);
        return new Reach(ItemKind.ACTIVITY, "timetable:" + told.versionId() + ":" + told.revision(),
                Participant.parse(at.owner()), told.schoolId(), null, false, at.conversationId(), at.seq(), message);
    }
}
