package vn.lienlac.directory.sync;

/**
 * One field of a record that an import sets or changes.
 *
 * @param field the field, in English camel case: {@code fullName}, {@code dateOfBirth}, {@code class}, {@code phone}…
 * @param from  the value before the import as text (dates ISO-8601), or null when there was none
 * @param to    the value after the import as text, or null when it is removed
 */
public record FieldChange(String field, String from, String to) {
}
