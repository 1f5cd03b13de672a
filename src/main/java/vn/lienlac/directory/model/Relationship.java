package vn.lienlac.directory.model;

/** How a guardian is related to a student; each student has at most one active guardian per relationship. */
public enum Relationship {
    FATHER("Cha"),
    MOTHER("Mẹ"),
    GUARDIAN("Người giám hộ");

    private final String label;

    Relationship(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
