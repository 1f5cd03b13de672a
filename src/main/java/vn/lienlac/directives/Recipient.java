package vn.lienlac.directives;

/** A staff position a directive goes to, and its school. */
public record Recipient(long staffId, long schoolId) {
}
