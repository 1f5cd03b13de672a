package vn.lienlac.notifications.policy;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.util.Collection;
import java.util.Set;
import vn.lienlac.directory.Participant;
import vn.lienlac.notifications.outbox.Presence;

/** Who is connected now, from chat's {@link Presence} when the application has one (else: nobody). */
@ApplicationScoped
public class Presences {

    private final Instance<Presence> presence;

    public Presences(Instance<Presence> presence) {
        this.presence = presence;
    }

    public Uni<Set<Participant>> connected(Collection<Participant> participants) {
        if (participants.isEmpty() || !presence.isResolvable()) {
            return Uni.createFrom().item(Set.of());
        }
        return presence.get().connected(participants);
    }
}
