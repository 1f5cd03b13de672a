package vn.lienlac.notices.publish;

/**
 * The coded values of assessment records (kind {@code ASSESSMENT}, docs/notices.md "Assessments"): the three kinds
 * the regulations define, their levels and what they assess. Records carry the code; families read the label.
 */
public final class AssessmentCodes {

    private AssessmentCodes() {
    }

    /** Which assessment a record is, and the school level whose regulation defines it. */
    public enum AssessmentType {
        /** Lower secondary, Thông tư 22/2021/TT-BGDĐT: the training (conduct) and learning results of a term. */
        REN_LUYEN_HOC_TAP("Kết quả rèn luyện và học tập (Thông tư 22/2021)", "THCS"),
        /** Primary, Thông tư 27/2020/TT-BGDĐT: qualities and competences at mid-term and term end. */
        PHAM_CHAT_NANG_LUC("Đánh giá phẩm chất, năng lực (Thông tư 27/2020)", "TIEU_HOC"),
        /** Preschool: the periodic assessment of a topic (chủ đề), per educational domain. */
        CHU_DE("Đánh giá theo chủ đề của giáo dục mầm non", "MAM_NON");

        /** How a WRONG_SCHOOL_LEVEL message names it. */
        public final String label;
        /** The {@link vn.lienlac.directory.model.SchoolLevel} it belongs to. */
        public final String level;

        AssessmentType(String label, String level) {
            this.label = label;
            this.level = level;
        }
    }

    /** Thông tư 22/2021: the four levels of the training result and of the learning result. */
    public enum Tt22Level {
        TOT("Tốt"), KHA("Khá"), DAT("Đạt"), CHUA_DAT("Chưa đạt");

        public final String label;

        Tt22Level(String label) {
            this.label = label;
        }
    }

    /** Thông tư 27/2020: the three levels of each quality and competence. */
    public enum QualityLevel {
        TOT("Tốt"), DAT("Đạt"), CAN_CO_GANG("Cần cố gắng");

        public final String label;

        QualityLevel(String label) {
            this.label = label;
        }
    }

    /** The groups of {@link Tt27Item}, in the order the sentence lists them. */
    public enum Tt27Group {
        PHAM_CHAT("Phẩm chất"), NANG_LUC_CHUNG("Năng lực chung"), NANG_LUC_DAC_THU("Năng lực đặc thù");

        public final String label;

        Tt27Group(String label) {
            this.label = label;
        }
    }

    /** Thông tư 27/2020: the five qualities, three general and seven specific competences. */
    public enum Tt27Item {
        YEU_NUOC(Tt27Group.PHAM_CHAT, "yêu nước"),
        NHAN_AI(Tt27Group.PHAM_CHAT, "nhân ái"),
        CHAM_CHI(Tt27Group.PHAM_CHAT, "chăm chỉ"),
        TRUNG_THUC(Tt27Group.PHAM_CHAT, "trung thực"),
        TRACH_NHIEM(Tt27Group.PHAM_CHAT, "trách nhiệm"),
        TU_CHU_TU_HOC(Tt27Group.NANG_LUC_CHUNG, "tự chủ và tự học"),
        GIAO_TIEP_HOP_TAC(Tt27Group.NANG_LUC_CHUNG, "giao tiếp và hợp tác"),
        GIAI_QUYET_VAN_DE(Tt27Group.NANG_LUC_CHUNG, "giải quyết vấn đề và sáng tạo"),
        NGON_NGU(Tt27Group.NANG_LUC_DAC_THU, "ngôn ngữ"),
        TINH_TOAN(Tt27Group.NANG_LUC_DAC_THU, "tính toán"),
        KHOA_HOC(Tt27Group.NANG_LUC_DAC_THU, "khoa học"),
        CONG_NGHE(Tt27Group.NANG_LUC_DAC_THU, "công nghệ"),
        TIN_HOC(Tt27Group.NANG_LUC_DAC_THU, "tin học"),
        THAM_MY(Tt27Group.NANG_LUC_DAC_THU, "thẩm mỹ"),
        THE_CHAT(Tt27Group.NANG_LUC_DAC_THU, "thể chất");

        public final Tt27Group group;
        public final String label;

        Tt27Item(Tt27Group group, String label) {
            this.group = group;
            this.label = label;
        }
    }

    /** When a primary assessment is made (Thông tư 27/2020): mid-term or term end. */
    public enum Tt27Kind {
        GIUA_KY("giữa"), CUOI_KY("cuối");

        public final String label;

        Tt27Kind(String label) {
            this.label = label;
        }
    }

    /** The five educational domains of the preschool programme. */
    public enum PreschoolDomain {
        THE_CHAT("Phát triển thể chất"),
        NHAN_THUC("Phát triển nhận thức"),
        NGON_NGU("Phát triển ngôn ngữ"),
        TINH_CAM_XA_HOI("Phát triển tình cảm và kỹ năng xã hội"),
        THAM_MY("Phát triển thẩm mỹ");

        public final String label;

        PreschoolDomain(String label) {
            this.label = label;
        }
    }

    /** A preschool domain's level. */
    public enum DomainLevel {
        DAT("Đạt"), CHUA_DAT("Chưa đạt");

        public final String label;

        DomainLevel(String label) {
            this.label = label;
        }
    }
}
