package vn.lienlac.notices.growth;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.lienlac.directory.model.Gender;

/**
 * The WHO reference tables shipped in {@code src/main/resources/who/} (see the README there): LMS parameters by
 * sex and completed month, interpolated linearly between months for an exact age. Under 24 months the length
 * tables apply (children measured lying down), from 24 months the height tables (standing). The WHO Child Growth
 * Standards 2006 cover 0–60 months, the WHO Reference 2007 61–228 months (weight-for-age only to 120 months); both
 * files fill the same tables, so between 60 and 61 months the parameters are interpolated across the two.
 */
public final class WhoReference {

    /** The last month of the WHO Child Growth Standards (2006); later, the WHO Reference 2007 applies. */
    public static final double UNDER_FIVE_MONTHS = 60;
    /** Days per month in the WHO's age arithmetic (365.25 / 12). */
    public static final double DAYS_PER_MONTH = 30.4375;
    private static final double LENGTH_UNTIL = 24;
    private static final List<String> FILES = List.of("who/who-2006-lms.csv", "who/who-2007-lms.csv");

    private static final WhoReference SHIPPED = load();

    /** Table name → sex → month → LMS. */
    private final Map<String, Map<Gender, TreeMap<Integer, Lms>>> tables;

    private WhoReference(Map<String, Map<Gender, TreeMap<Integer, Lms>>> tables) {
        this.tables = tables;
    }

    /** The tables shipped with the application. */
    public static WhoReference shipped() {
        return SHIPPED;
    }

    /** The LMS of an index for a sex at an exact age in months, or null outside the tables. */
    public Lms lms(GrowthIndicator indicator, Gender sex, double ageMonths) {
        if (ageMonths < 0) {
            return null;
        }
        boolean lying = ageMonths < LENGTH_UNTIL;
        String table = switch (indicator) {
            case WEIGHT_FOR_AGE -> "WEIGHT";
            case HEIGHT_FOR_AGE -> lying ? "LENGTH" : "HEIGHT";
            case BMI_FOR_AGE -> lying ? "BMI_LENGTH" : "BMI_HEIGHT";
        };
        TreeMap<Integer, Lms> rows = tables.getOrDefault(table, Map.of()).get(sex);
        if (rows == null) {
            return null;
        }
        int low = (int) Math.floor(ageMonths);
        Lms a = rows.get(low);
        if (a == null) {
            return null;
        }
        double t = ageMonths - low;
        if (t == 0) {
            return a;
        }
        Lms b = rows.get(low + 1);
        return b == null ? null : Lms.between(a, b, t);
    }

    /** The last month any table covers for this index (the end of the reference curves). */
    public int lastMonth(GrowthIndicator indicator, Gender sex) {
        String table = switch (indicator) {
            case WEIGHT_FOR_AGE -> "WEIGHT";
            case HEIGHT_FOR_AGE -> "HEIGHT";
            case BMI_FOR_AGE -> "BMI_HEIGHT";
        };
        TreeMap<Integer, Lms> rows = tables.getOrDefault(table, Map.of()).get(sex);
        return rows == null || rows.isEmpty() ? -1 : rows.lastKey();
    }

    private static WhoReference load() {
        Map<String, Map<Gender, TreeMap<Integer, Lms>>> tables = new TreeMap<>();
        for (String file : FILES) {
            try (InputStream in = WhoReference.class.getClassLoader().getResourceAsStream(file)) {
                if (in == null) {
                    throw new IllegalStateException("WHO reference table " + file + " is missing from the classpath");
                }
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                reader.readLine(); // indicator,sex,month,L,M,S
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    if (line.isBlank()) {
                        continue;
                    }
                    String row = line;
                    String[] f = row.split(",");
                    tables.computeIfAbsent(f[0], k -> new EnumMap<>(Gender.class))
                            .computeIfAbsent(Gender.valueOf(f[1]), k -> new TreeMap<>())
                            .merge(Integer.parseInt(f[2]), new Lms(Double.parseDouble(f[3]),
                                    Double.parseDouble(f[4]), Double.parseDouble(f[5])), (x, y) -> {
                                        throw new IllegalStateException("duplicate row in " + file + ": " + row);
                                    });
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new WhoReference(tables);
    }
}
