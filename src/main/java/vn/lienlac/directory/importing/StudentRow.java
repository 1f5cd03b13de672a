package vn.lienlac.directory.importing;

/**
 * One student pushed as JSON by a school portal. Same columns and rules as a file row (see
 * {@code docs/import.md}); every field is text exactly as the portal holds it, validated by
 * {@link StudentImportReader#fromJson}.
 */
public record StudentRow(
        String studentCode,
        String fullName,
        String dateOfBirth,
        String gender,
        String className,
        String fatherName,
        String fatherPhone,
        String motherName,
        String motherPhone,
        String guardianName,
        String guardianPhone) {

    @Override
    public String toString() {
        return "StudentRow[code=" + studentCode + "]";
    }
}
