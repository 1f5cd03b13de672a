package vn.lienlac.timetable;

import vn.lienlac.directory.text.VietnameseText;

/** A weekday as schools write it: "Thứ Hai", "Hai", "Thứ 2", "T2", "2" → 1 … "Thứ Bảy", "7" → 6. */
final class Days {

    private Days() {
    }

    /** 1 (Thứ Hai) … 6 (Thứ Bảy), or null when the text is none of those. */
    static Integer parse(String text) {
        String key = VietnameseText.headerKey(text);
        if (key.startsWith("thu")) {
            key = key.substring(3);
        } else if (key.length() == 2 && key.charAt(0) == 't' && Character.isDigit(key.charAt(1))) {
            key = key.substring(1);
        }
        return switch (key) {
            case "hai", "2" -> 1;
            case "ba", "3" -> 2;
            case "tu", "4" -> 3;
            case "nam", "5" -> 4;
            case "sau", "6" -> 5;
            case "bay", "7" -> 6;
            default -> null;
        };
    }
}
