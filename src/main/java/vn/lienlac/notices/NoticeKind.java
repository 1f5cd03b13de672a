package vn.lienlac.notices;

/** The kinds of record a school publishes to families; each is also a category a guardian may digest. */
public enum NoticeKind {
    GRADE("grades", "Điểm số"),
    ATTENDANCE("attendance", "Chuyên cần"),
    HEALTH("health", "Y tế trường học"),
    ACTIVITY("activities", "Hoạt động"),
    ASSESSMENT("assessments", "Đánh giá"),
    COMMENT("comments", "Nhận xét");

    private final String path;
    private final String label;

    NoticeKind(String path, String label) {
        this.path = path;
        this.label = label;
    }

    /** The last segment of the publishing URL. */
    public String path() {
        return path;
    }

    /** Vietnamese name of the category, for people. */
    public String label() {
        return label;
    }
}
