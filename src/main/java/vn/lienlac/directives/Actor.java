package vn.lienlac.directives;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import vn.lienlac.identity.SignedInPerson;

/** A signed-in person with their active staff positions (possibly none: guardians reach no directive). */
public record Actor(SignedInPerson person, List<Position> positions) {

    public Actor {
        positions = List.copyOf(positions);
    }

    public Optional<Position> first(Predicate<Position> rule) {
        return positions.stream().filter(rule).findFirst();
    }

    /** The staff ids of all positions, for SQL parameters. */
    public Long[] staffIds() {
        return positions.stream().map(Position::staffId).toArray(Long[]::new);
    }
}
