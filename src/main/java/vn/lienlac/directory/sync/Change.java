package vn.lienlac.directory.sync;

import java.util.List;

/**
 * One change an import makes (or, in a dry run, would make) to the directory. Unchanged records are not listed.
 *
 * @param row    the source row that causes the change (1-based, as in {@code RowError}); 0 for deactivations of
 *               records the import does not list
 * @param entity the kind of record changed
 * @param key    the record's natural key: student or staff code, guardian phone, class name; for enrollments,
 *               guardian links, homerooms and teaching assignments the student's or staff member's code
 * @param action what happens to the record
 * @param fields the fields set or changed, with their old and new values; empty when only the activity changes
 */
public record Change(int row, ChangeEntity entity, String key, ChangeAction action, List<FieldChange> fields) {

    public Change {
        fields = List.copyOf(fields);
    }

    @Override
    public String toString() {
        return "Change[row=" + row + ", " + entity + " " + action + "]";
    }
}
