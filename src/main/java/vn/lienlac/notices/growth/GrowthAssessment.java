package vn.lienlac.notices.growth;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import vn.lienlac.directory.model.Gender;

/**
 * One height and weight read on the WHO reference for the child's sex and exact age: a z-score (two decimals) and a
 * band per index. Without a birth date or sex there is nothing to compare with ({@link Status#NO_BIRTH_DATA}); past
 * the tables shipped, neither ({@link Status#OUT_OF_RANGE}).
 *
 * @param ageMonths exact age in months (days / 30.4375), null without a birth date
 * @param scores    per index with a table at this age, in {@link GrowthIndicator} order
 */
public record GrowthAssessment(Status status, Gender sex, LocalDate birthDate, Double ageMonths,
        Map<GrowthIndicator, Score> scores) {

    public enum Status {
        ASSESSED, NO_BIRTH_DATA, OUT_OF_RANGE
    }

    /** A z-score rounded to two decimals and where it lies. */
    public record Score(double z, GrowthBand band) {
    }

    /** Reads a measurement; {@code sex} or {@code birthDate} may be null (the directory may not know them). */
    public static GrowthAssessment of(WhoReference reference, Gender sex, LocalDate birthDate, LocalDate date,
            BigDecimal heightCm, BigDecimal weightKg) {
        if (sex == null || birthDate == null || birthDate.isAfter(date)) {
            return new GrowthAssessment(Status.NO_BIRTH_DATA, sex, birthDate, null, Map.of());
        }
        double age = ageMonths(birthDate, date);
        // The cut-offs follow the age as stored (one decimal), so that a stored reading renders the same words.
        double shownAge = round(age, 1);
        double height = heightCm.doubleValue();
        double weight = weightKg.doubleValue();
        double bmi = weight / Math.pow(height / 100, 2);
        Map<GrowthIndicator, Score> scores = new EnumMap<>(GrowthIndicator.class);
        for (GrowthIndicator indicator : GrowthIndicator.values()) {
            Lms lms = reference.lms(indicator, sex, age);
            if (lms == null) {
                continue;
            }
            double x = switch (indicator) {
                case WEIGHT_FOR_AGE -> weight;
                case HEIGHT_FOR_AGE -> height;
                case BMI_FOR_AGE -> bmi;
            };
            double z = round(indicator.restricted ? lms.zRestricted(x) : lms.z(x));
            scores.put(indicator, new Score(z, indicator.band(z, shownAge)));
        }
        return new GrowthAssessment(scores.isEmpty() ? Status.OUT_OF_RANGE : Status.ASSESSED, sex, birthDate,
                shownAge, scores);
    }

    /** Exact age in months, as the WHO counts it: days since birth / 30.4375. */
    public static double ageMonths(LocalDate birthDate, LocalDate date) {
        return ChronoUnit.DAYS.between(birthDate, date) / WhoReference.DAYS_PER_MONTH;
    }

    /** "3 tuổi 2 tháng", "4 tuổi", "8 tháng", "dưới 1 tháng": the calendar age on the day. */
    public static String ageText(LocalDate birthDate, LocalDate date) {
        Period p = Period.between(birthDate, date);
        if (p.getYears() == 0) {
            return p.getMonths() == 0 ? "dưới 1 tháng" : p.getMonths() + " tháng";
        }
        return p.getYears() + " tuổi" + (p.getMonths() == 0 ? "" : " " + p.getMonths() + " tháng");
    }

    /**
     * The assessment in a record's canonical form (sorted keys, numbers as plain text), stored with the record so
     * that its notice can be rendered again: {@code {"status", "sex", "birthDate", "ageMonths", "weightForAge":
     * {"z", "band"}, …}}.
     */
    public SortedMap<String, Object> toPayload() {
        SortedMap<String, Object> out = new TreeMap<>();
        out.put("status", status.name());
        if (sex != null) {
            out.put("sex", sex.name());
        }
        if (birthDate != null) {
            out.put("birthDate", birthDate.toString());
        }
        if (ageMonths != null) {
            out.put("ageMonths", BigDecimal.valueOf(ageMonths).setScale(1, RoundingMode.HALF_UP).toPlainString());
        }
        scores.forEach((indicator, score) -> {
            SortedMap<String, Object> one = new TreeMap<>();
            one.put("z", BigDecimal.valueOf(score.z()).setScale(2, RoundingMode.HALF_UP).toPlainString());
            one.put("band", score.band().name());
            out.put(indicator.key, one);
        });
        return out;
    }

    private static double round(double z) {
        return round(z, 2);
    }

    private static double round(double value, int decimals) {
        return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).doubleValue();
    }
}
