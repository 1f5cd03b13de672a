import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The {@code counts} object of an import response, summed over files with {@link #plus}. */
record ImportCounts(long rows, long created, long updated, long deactivated, long unchanged, long invalid) {

    static final ImportCounts ZERO = new ImportCounts(0, 0, 0, 0, 0, 0);

    private static final Pattern COUNTS = Pattern.compile("\"counts\"\\s*:\\s*\\{([^}]*)}");

    /** Reads the counts from a response body; a missing field counts as 0, a missing object is an error. */
    static ImportCounts parse(String json) {
        Matcher object = COUNTS.matcher(json);
        if (!object.find()) {
            throw new IllegalStateException("no \"counts\" object in the import response: " + excerpt(json));
        }
        String body = object.group(1);
        return new ImportCounts(field(body, "rows"), field(body, "created"), field(body, "updated"),
                field(body, "deactivated"), field(body, "unchanged"), field(body, "invalid"));
    }

    ImportCounts plus(ImportCounts o) {
        return new ImportCounts(rows + o.rows, created + o.created, updated + o.updated,
                deactivated + o.deactivated, unchanged + o.unchanged, invalid + o.invalid);
    }

    @Override
    public String toString() {
        return String.format("rows %,d: created %,d, updated %,d, deactivated %,d, unchanged %,d, invalid %,d",
                rows, created, updated, deactivated, unchanged, invalid);
    }

    static String excerpt(String text) {
        return text.length() <= 1500 ? text : text.substring(0, 1500) + "…";
    }

    private static long field(String body, String name) {
        Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*(\\d+)").matcher(body);
        return m.find() ? Long.parseLong(m.group(1)) : 0;
    }
}
