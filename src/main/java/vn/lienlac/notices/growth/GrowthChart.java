package vn.lienlac.notices.growth;

import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import vn.lienlac.directory.AccessScopes;
import vn.lienlac.directory.StudentBirths;
import vn.lienlac.directory.StudentBirths.Birth;
import vn.lienlac.directory.model.Gender;
import vn.lienlac.identity.AccessPolicy;
import vn.lienlac.platform.error.ApiException;

/**
 * A child's growth chart (docs/notices.md#growth): every live measurement (growth measurements and check-ups with
 * height and weight), each read on the WHO reference with the directory's birth date and sex as they are now, and
 * the reference curves at −3, −2, 0, +1, +2 and +3 SD for the child's sex over the ages shown. Who may read it is who
 * may read the child's contact book; anyone else gets the same 404 as for an unknown code.
 */
@ApplicationScoped
public class GrowthChart {

    /** Months of curve shown before the first and after the last measurement. */
    static final int MARGIN_MONTHS = 6;
    /** The narrowest age range the curves span, in months. */
    static final int MIN_SPAN_MONTHS = 12;
    static final String STANDARDS_2006 = "WHO Child Growth Standards 2006 (0–60 tháng)";
    static final String REFERENCE_2007 = "WHO Growth Reference 2007 (61–228 tháng)";

    private final AccessPolicy policy;
    private final AccessScopes places;
    private final StudentBirths births;
    private final Pool pool;

    public GrowthChart(AccessPolicy policy, AccessScopes places, StudentBirths births, Pool pool) {
        this.policy = policy;
        this.places = places;
        this.births = births;
        this.pool = pool;
    }

    /** A z-score, its band and the band's Vietnamese name. */
    public record Score(BigDecimal z, String band, String label) {
    }

    /**
     * One measurement.
     *
     * @param ageMonths exact age in months on the day (null without a birth date)
     * @param scores    per index ({@code weightForAge}, {@code heightForAge}, {@code bmiForAge}) with a WHO table at
     *                  this age; empty when there is nothing to compare with
     */
    public record Point(long noticeId, String type, LocalDate date, BigDecimal ageMonths, BigDecimal heightCm,
            BigDecimal weightKg, BigDecimal bmi, Map<String, Score> scores, boolean corrected) {
    }

    /**
     * A reference curve set: per month, the measure at −3, −2, 0 (median), +1, +2 and +3 SD (+1 SD: the BMI
     * overweight cut-off from 5 years).
     */
    public record Curve(List<Integer> months, List<BigDecimal> minus3, List<BigDecimal> minus2,
            List<BigDecimal> median, List<BigDecimal> plus1, List<BigDecimal> plus2, List<BigDecimal> plus3) {
    }

    /**
     * @param status ASSESSED when the directory knows the child's birth date and sex, NO_BIRTH_DATA otherwise
     * @param curves per index, over the ages of the points (empty without a birth date or points in range)
     */
    public record Growth(String studentCode, String sex, LocalDate birthDate, String status, String reference,
            List<Point> points, Map<String, Curve> curves) {
    }

    public Uni<Growth> of(String studentCode) {
        Supplier<ApiException> notFound = () -> ApiException.notFound("Không tìm thấy học sinh.");
        return policy.requireStudent(studentCode, notFound)
                .chain(() -> places.student(studentCode))
                .chain(place -> place == null ? Uni.createFrom().failure(notFound.get())
                        : births.of(studentCode).chain(birth -> read(studentCode, birth)));
    }

    private Uni<Growth> read(String studentCode, Birth birth) {
        return pool.preparedQuery("""
                        SELECT id, occurred_on, payload, version FROM notice
                        WHERE student_code = $1 AND kind = 'HEALTH' AND withdrawn_at IS NULL
                          AND payload->>'type' IN ('CAN_DO', 'KHAM_DINH_KY') AND payload ? 'heightCm'
                        ORDER BY occurred_on, id""")
                .execute(Tuple.of(studentCode))
                .map(rows -> {
                    Gender sex = birth == null ? null : birth.sex();
                    LocalDate born = birth == null ? null : birth.dateOfBirth();
                    WhoReference who = WhoReference.shipped();
                    List<Point> points = new ArrayList<>();
                    for (Row row : rows) {
                        JsonObject r = row.getJsonObject("payload");
                        LocalDate date = row.getLocalDate("occurred_on");
                        BigDecimal height = new BigDecimal(r.getString("heightCm"));
                        BigDecimal weight = new BigDecimal(r.getString("weightKg"));
                        GrowthAssessment a = GrowthAssessment.of(who, sex, born, date, height, weight);
                        Map<String, Score> scores = new LinkedHashMap<>();
                        a.scores().forEach((indicator, score) -> scores.put(indicator.key, new Score(
                                BigDecimal.valueOf(score.z()).setScale(2, RoundingMode.HALF_UP),
                                score.band().name(), score.band().label)));
                        points.add(new Point(row.getLong("id"), r.getString("type"), date,
                                a.ageMonths() == null ? null : BigDecimal.valueOf(a.ageMonths()), height, weight,
                                new BigDecimal(r.getString("bmi")), scores, row.getInteger("version") > 1));
                    }
                    boolean known = sex != null && born != null;
                    return new Growth(studentCode, sex == null ? null : sex.name(), born,
                            known ? GrowthAssessment.Status.ASSESSED.name()
                                    : GrowthAssessment.Status.NO_BIRTH_DATA.name(),
                            reference(points), points, known ? curves(who, sex, points) : Map.of());
                });
    }

    /** Which WHO tables the points' ages fall in: the 2006 standards to 60 months, the 2007 reference after. */
    static String reference(List<Point> points) {
        boolean young = false;
        boolean older = false;
        for (Point p : points) {
            if (p.ageMonths() != null) {
                boolean over = p.ageMonths().doubleValue() > WhoReference.UNDER_FIVE_MONTHS;
                older |= over;
                young |= !over;
            }
        }
        return older && young ? STANDARDS_2006 + " và " + REFERENCE_2007 : older ? REFERENCE_2007 : STANDARDS_2006;
    }

    /** The curves of each index over the points' ages, with a margin, within the tables. */
    static Map<String, Curve> curves(WhoReference who, Gender sex, List<Point> points) {
        List<Double> ages = points.stream().filter(p -> p.ageMonths() != null)
                .map(p -> p.ageMonths().doubleValue()).toList();
        Map<String, Curve> curves = new LinkedHashMap<>();
        if (ages.isEmpty()) {
            return curves;
        }
        for (GrowthIndicator indicator : GrowthIndicator.values()) {
            int last = who.lastMonth(indicator, sex);
            int from = Math.max(0, (int) Math.floor(ages.stream().min(Double::compare).orElseThrow()) - MARGIN_MONTHS);
            int to = Math.min(last, (int) Math.ceil(ages.stream().max(Double::compare).orElseThrow()) + MARGIN_MONTHS);
            if (from > last) {
                continue;
            }
            if (to - from < MIN_SPAN_MONTHS) {
                from = Math.max(0, Math.min(from, to - MIN_SPAN_MONTHS));
                to = Math.min(last, Math.max(to, from + MIN_SPAN_MONTHS));
            }
            List<Integer> months = new ArrayList<>();
            List<List<BigDecimal>> lines = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
                    new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
            int[] sds = {-3, -2, 0, 1, 2, 3};
            for (int month = from; month <= to; month++) {
                Lms lms = who.lms(indicator, sex, month);
                if (lms == null) {
                    continue;
                }
                months.add(month);
                for (int i = 0; i < sds.length; i++) {
                    lines.get(i).add(BigDecimal.valueOf(lms.value(sds[i])).setScale(1, RoundingMode.HALF_UP));
                }
            }
            curves.put(indicator.key, new Curve(months, lines.get(0), lines.get(1), lines.get(2), lines.get(3),
                    lines.get(4), lines.get(5)));
        }
        return curves;
    }
}
