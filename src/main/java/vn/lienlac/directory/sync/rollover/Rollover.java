package vn.lienlac.directory.sync.rollover;

import java.util.List;
import java.util.Map;

/**
 * What a rollover (a student snapshot of a later school year, docs/import.md "New school year") does, or in a dry run
 * would do: the classes of earlier years it closes and where their students go, the new year's classes and where
 * their students come from, and the chat groups that follow.
 *
 * @param toYear         the import's school year
 * @param fromYears      the earlier years whose classes close, oldest first
 * @param closing        every class that closes, by year then name
 * @param opening        every class the import names, by name
 * @param homeroomsEnded homeroom assignments of the closing classes that end
 * @param teachingEnded  teaching assignments of the closing classes that end
 * @param closedGroups   the class groups that become read-only history (one per closing class)
 * @param newGroups      the class groups that start (one per class the import creates)
 */
public record Rollover(String toYear, List<String> fromYears, List<ClosingClass> closing,
        List<OpeningClass> opening, int homeroomsEnded, int teachingEnded, List<String> closedGroups,
        List<String> newGroups) {

    /**
     * A class of an earlier year that closes.
     *
     * @param students   its active students before the import
     * @param promotedTo how many of them the import places in each class of the new year
     * @param left       how many of them the import does not list (they leave the school, as in any snapshot)
     */
    public record ClosingClass(String name, String schoolYear, int students, Map<String, Integer> promotedTo,
            int left) {
    }

    /**
     * A class of the new year, as the import fills it.
     *
     * @param students  how many students the import places in it
     * @param from      how many of them come from each closing class
     * @param joined    how many come from nowhere the rollover closes (new students, transfers, no class before)
     * @param created   true when the class does not exist yet (and so neither does its group)
     */
    public record OpeningClass(String name, int students, Map<String, Integer> from, int joined, boolean created) {
    }
}
