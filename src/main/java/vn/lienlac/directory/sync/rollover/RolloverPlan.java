package vn.lienlac.directory.sync.rollover;

import java.util.List;

/**
 * The writes of a rollover, besides the student import's own (the moves to the new classes are ordinary enrollment
 * changes): the classes to close, their homerooms to clear, their teaching assignments to end.
 *
 * @param preview        what the report shows
 * @param closedClasses  ids of the classes to close
 * @param homeroomClasses ids of those of them that have a homeroom teacher
 * @param endedTeaching  ids of the teaching assignments to end
 */
public record RolloverPlan(Rollover preview, List<Long> closedClasses, List<Long> homeroomClasses,
        List<Long> endedTeaching) {
}
