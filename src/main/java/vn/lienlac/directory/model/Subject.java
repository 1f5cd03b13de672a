package vn.lienlac.directory.model;

import java.util.HashMap;
import java.util.Map;
import vn.lienlac.directory.text.VietnameseText;

/**
 * The subjects and educational activities of the 2018 general education programme (primary and lower secondary).
 * A record names one by its code ({@code TOAN}) or its Vietnamese name, with or without diacritics ({@code Toán},
 * {@code toan}); teaching assignments of the directory name them the same way.
 */
public enum Subject {
    TOAN("Toán"),
    NGU_VAN("Ngữ văn"),
    TIENG_VIET("Tiếng Việt"),
    TIENG_ANH("Tiếng Anh"),
    KHTN("Khoa học tự nhiên"),
    LICH_SU_DIA_LY("Lịch sử và Địa lí"),
    GDCD("Giáo dục công dân"),
    CONG_NGHE("Công nghệ"),
    TIN_HOC("Tin học"),
    GDTC("Giáo dục thể chất"),
    NGHE_THUAT("Nghệ thuật"),
    AM_NHAC("Âm nhạc"),
    MI_THUAT("Mĩ thuật"),
    HDTN("Hoạt động trải nghiệm, hướng nghiệp"),
    HOAT_DONG_TRAI_NGHIEM("Hoạt động trải nghiệm"),
    GDDP("Nội dung giáo dục địa phương"),
    DAO_DUC("Đạo đức"),
    TU_NHIEN_XA_HOI("Tự nhiên và Xã hội"),
    KHOA_HOC("Khoa học");

    private static final Map<String, Subject> BY_KEY = new HashMap<>();

    static {
        for (Subject subject : values()) {
            BY_KEY.put(VietnameseText.searchKey(subject.name()), subject);
            BY_KEY.putIfAbsent(VietnameseText.searchKey(subject.label), subject);
        }
    }

    private final String label;

    Subject(String label) {
        this.label = label;
    }

    /** The Vietnamese name, as shown to families. */
    public String label() {
        return label;
    }

    /** The subject named by this code or name, or null. */
    public static Subject parse(String text) {
        String key = VietnameseText.searchKey(text);
        return key == null ? null : BY_KEY.get(key);
    }
}
