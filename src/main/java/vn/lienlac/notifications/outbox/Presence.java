package vn.lienlac.notifications.outbox;

import io.smallrye.mutiny.Uni;
import java.util.Collection;
import java.util.Set;
import vn.lienlac.directory.Participant;

/**
 * Who has an open chat WebSocket on any pod right now (implemented by chat: {@code chat.presence.ChatPresence}).
 * The policy asks it so that a person who is connected gets nothing extra; a pod that died stops counting within
 * the presence heartbeat bound (docs/notifications.md, "Producers and read marks").
 */
public interface Presence {

    /** The ones among {@code participants} connected now; an empty set when none is (never null). */
    Uni<Set<Participant>> connected(Collection<Participant> participants);
}
