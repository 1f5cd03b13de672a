package vn.lienlac.notices.growth;

import io.vertx.core.json.JsonObject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.lienlac.directory.model.Gender;

/**
 * The sentence a growth notice ends with: where the child's measurement lies on the WHO reference, said plainly —
 * "đều ở mức bình thường" when every index is normal, otherwise what deserves attention first, with the cut-off
 * crossed, then what is normal, and an invitation to talk with the school. Built from the record's stored reading
 * ({@link GrowthAssessment#toPayload()}), so a stored notice renders the same again.
 */
public final class GrowthSentence {

    static final String WHO = "Tổ chức Y tế Thế giới (WHO)";

    private GrowthSentence() {
    }

    /** The sentence for a record's {@code "who"} reading and the measurement date; null without a reading. */
    public static String of(Object reading, Object date) {
        Map<?, ?> who = asMap(reading);
        if (who == null) {
            return null;
        }
        String status = (String) who.get("status");
        if (!GrowthAssessment.Status.ASSESSED.name().equals(status)) {
            if (GrowthAssessment.Status.OUT_OF_RANGE.name().equals(status)) {
                return "Con đã " + age(who, date) + ": hệ thống chỉ có chuẩn tăng trưởng của " + WHO
                        + " cho trẻ từ 0 đến 19 tuổi, nên kết quả này chưa được so sánh với chuẩn.";
            }
            return "Nhà trường chưa có ngày sinh hoặc giới tính của con nên chưa so sánh được với chuẩn tăng trưởng "
                    + "của " + WHO + ".";
        }
        double ageMonths = Double.parseDouble((String) who.get("ageMonths"));
        List<String> findings = new ArrayList<>();
        List<String> normal = new ArrayList<>();
        for (GrowthIndicator indicator : GrowthIndicator.values()) {
            Map<?, ?> one = asMap(who.get(indicator.key));
            if (one == null) {
                continue;
            }
            GrowthBand band = GrowthBand.valueOf((String) one.get("band"));
            if (band == GrowthBand.BINH_THUONG) {
                normal.add(indicator.label);
            } else {
                findings.add(band.label + " (" + indicator.label + " " + indicator.cutOff(band, ageMonths) + ")");
            }
        }
        String child = Gender.MALE.name().equals(who.get("sex")) ? "trẻ trai" : "trẻ gái";
        String opening = "So với chuẩn tăng trưởng của " + WHO + " cho " + child + " " + age(who, date);
        if (findings.isEmpty()) {
            // Past 10 years the WHO has no weight-for-age: BMI-for-age speaks for the weight.
            String measures = who.containsKey(GrowthIndicator.WEIGHT_FOR_AGE.key) ? "cân nặng, chiều cao và BMI"
                    : "chiều cao và BMI";
            return opening + ", " + measures + " của con đều ở mức bình thường.";
        }
        String sentence = opening + ": con có dấu hiệu " + join(findings);
        if (!normal.isEmpty()) {
            sentence += "; " + join(normal) + " ở mức bình thường";
        }
        return sentence + ". Gia đình có thể trao đổi thêm với giáo viên hoặc nhân viên y tế của trường.";
    }

    /** A reading as stored (a map) or as read back from the database (a JSON object); null for anything else. */
    private static Map<?, ?> asMap(Object value) {
        if (value instanceof JsonObject json) {
            return json.getMap();
        }
        return value instanceof Map<?, ?> map ? map : null;
    }

    private static String age(Map<?, ?> who, Object date) {
        Object birth = who.get("birthDate");
        return birth == null ? "" : GrowthAssessment.ageText(LocalDate.parse(birth.toString()),
                LocalDate.parse(date.toString()));
    }

    /** "a", "a và b", "a, b và c". */
    private static String join(List<String> parts) {
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " và " + parts.get(parts.size() - 1);
    }
}
