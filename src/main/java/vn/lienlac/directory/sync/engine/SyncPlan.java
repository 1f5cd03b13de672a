package vn.lienlac.directory.sync.engine;

import java.util.Set;
import vn.lienlac.directory.sync.rollover.Rollover;

/** The outcome of diffing one import against the directory: writes to make (kind-specific) and their log. */
public interface SyncPlan {

    ChangeLog log();

    /** Ids of the rows the plan refers to, seeded with the existing ones; the writer adds the new ones. */
    KeyIds ids();

    /**
     * Codes of other schools that people leave for the import's unit (a district office's import taking over a
     * school's staff row): their chat groups must follow too. Empty by default.
     */
    default Set<String> schoolsLeft() {
        return Set.of();
    }

    /** The new school year this import starts (docs/import.md, "New school year"), or null: the usual case. */
    default Rollover rollover() {
        return null;
    }
}
