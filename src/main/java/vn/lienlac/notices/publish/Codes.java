package vn.lienlac.notices.publish;

/**
 * The coded values of published records. Records carry the code ({@code HK1}, {@code KHONG_PHEP}); families read
 * the Vietnamese label, which the templates use.
 */
public final class Codes {

    private Codes() {
    }

    /** A term of the school year, or the whole year (for year summaries). */
    public enum Term {
        HK1("học kỳ I"), HK2("học kỳ II"), CA_NAM("cả năm");

        public final String label;

        Term(String label) {
            this.label = label;
        }
    }

    /** What a grade is (Circular 22/2021 for lower secondary, 27/2020 for primary). */
    public enum GradeKind {
        THUONG_XUYEN("đánh giá thường xuyên"), GIUA_KY("đánh giá giữa kỳ"), CUOI_KY("đánh giá cuối kỳ"),
        TONG_KET("tổng kết");

        public final String label;

        GradeKind(String label) {
            this.label = label;
        }
    }

    /**
     * A qualitative assessment instead of a score: primary school (Circular 27/2020), or at lower secondary the
     * subjects assessed by comment, Đạt / Chưa đạt (Circular 22/2021; {@code SchoolLevelRules}).
     */
    public enum Assessment {
        HOAN_THANH_TOT("Hoàn thành tốt"), HOAN_THANH("Hoàn thành"), CHUA_HOAN_THANH("Chưa hoàn thành"),
        DAT("Đạt"), CHUA_DAT("Chưa đạt");

        public final String label;

        Assessment(String label) {
            this.label = label;
        }
    }

    /** Which part of the school day an attendance record is about. */
    public enum Session {
        SANG("buổi sáng ngày"), CHIEU("buổi chiều ngày"), CA_NGAY("cả ngày");

        /** Followed by the date: "vắng mặt buổi sáng ngày 15/09/2025", "vắng mặt cả ngày 15/09/2025". */
        public final String label;

        Session(String label) {
            this.label = label;
        }
    }

    public enum AttendanceStatus {
        CO_PHEP, KHONG_PHEP, DI_MUON
    }

    public enum HealthType {
        /** Periodic check-up: height, weight, BMI, vision, teeth. */
        KHAM_DINH_KY,
        /** A visit to the school nurse's room. */
        SU_CO,
        /** A reminder: vaccination, check-up dates (the date may be ahead). */
        NHAC_LICH,
        /** A growth measurement (cân đo): height and weight, read on the WHO reference for the child's age and sex. */
        CAN_DO
    }

    /** BMI for age, as the nurse classified it on the WHO charts. */
    public enum BmiClass {
        GAY("gầy"), BINH_THUONG("bình thường"), THUA_CAN("thừa cân"), BEO_PHI("béo phì");

        public final String label;

        BmiClass(String label) {
            this.label = label;
        }
    }

    public enum ActivityType {
        KE_HOACH_NGAY("Kế hoạch ngày"), KE_HOACH_TUAN("Kế hoạch tuần"), THUC_DON("Thực đơn"),
        THAY_DOI_TKB("Thay đổi thời khóa biểu"), SU_KIEN("Sự kiện");

        public final String label;

        ActivityType(String label) {
            this.label = label;
        }
    }

    /** What a teacher's comment covers: a day, a week (from its Monday) or a term (or the whole year). */
    public enum CommentScope {
        NGAY, TUAN, HOC_KY
    }
}
