package vn.lienlac.chat.membership;

import java.util.Comparator;
import vn.lienlac.chat.event.EventType;

/**
 * One participant joining or leaving one conversation. Changes are applied and their events appended in
 * {@link #ORDER}: by conversation, departures first, then by participant.
 */
record MemberChange(long conversationId, String participant, boolean joins) {

    static final Comparator<MemberChange> ORDER = Comparator.comparingLong(MemberChange::conversationId)
            .thenComparing(MemberChange::joins)
            .thenComparing(MemberChange::participant);

    EventType eventType() {
        return joins ? EventType.MEMBER_JOINED : EventType.MEMBER_LEFT;
    }
}
