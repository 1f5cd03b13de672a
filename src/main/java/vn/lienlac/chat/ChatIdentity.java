package vn.lienlac.chat;

import java.util.List;
import vn.lienlac.directory.Participant;
import vn.lienlac.identity.SignedInPerson;

/**
 * A signed-in person as chat sees them.
 *
 * @param participants staff positions first, then the guardian; empty for someone the directory no longer knows
 */
public record ChatIdentity(SignedInPerson person, List<Participant> participants) {

    public boolean holds(Participant participant) {
        return participants.contains(participant);
    }

    /** The participants as text, in order, for SQL parameters. */
    public String[] texts() {
        return participants.stream().map(Participant::toString).toArray(String[]::new);
    }
}
