package vn.lienlac.directory.model;

/**
 * One guardian of a student as the sector database lists them.
 *
 * @param fullName NFC, trimmed, inner spaces collapsed
 * @param phone    normalised E.164 mobile number, e.g. {@code +84912345678}
 */
public record GuardianRecord(Relationship relationship, String fullName, String phone) {
}
