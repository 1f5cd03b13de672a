package vn.lienlac.directory.model;

/** The school levels the district office oversees. */
public enum SchoolLevel {
    MAM_NON("Mầm non"),
    TIEU_HOC("Tiểu học"),
    THCS("Trung học cơ sở");

    private final String label;

    SchoolLevel(String label) {
        this.label = label;
    }

    /** Vietnamese label for people. */
    public String label() {
        return label;
    }
}
