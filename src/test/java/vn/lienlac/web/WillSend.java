package vn.lienlac.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** How the app spells a scheduled moment (app/scheduled/texts.js): "Sẽ gửi lúc 07:00 thứ Hai 14/12/2026". */
public final class WillSend {

    private WillSend() {
    }

    public static String at(LocalDate day, String hhmm) {
        String weekday = switch (day.getDayOfWeek()) {
            case MONDAY -> "thứ Hai";
            case TUESDAY -> "thứ Ba";
            case WEDNESDAY -> "thứ Tư";
            case THURSDAY -> "thứ Năm";
            case FRIDAY -> "thứ Sáu";
            case SATURDAY -> "thứ Bảy";
            case SUNDAY -> "chủ nhật";
        };
        return "Sẽ gửi lúc " + hhmm + " " + weekday + " " + day.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    }
}
