package vn.lienlac.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * A feature's SQL names only its own tables, the directory's published {@code directory_*} views, and the exceptions
 * listed here with their reason (docs/directory-contract.md). A plain scan of the string literals and text blocks in
 * src/main/java/vn/lienlac/&lt;feature&gt;/: the import graph cannot see SQL, so this is where the rule is kept.
 * Which feature owns a table comes from the migration that creates it ({@link #MIGRATION_OWNER}).
 */
class ForeignTablesTest {

    private static final Path MAIN = Path.of("src/main/java/vn/lienlac");
    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

    /** The feature that owns what each migration creates; every migration must be here. */
    static final Map<String, String> MIGRATION_OWNER = Map.ofEntries(
            Map.entry("V1", "directory"), Map.entry("V2", "directory"), Map.entry("V3", "identity"),
            Map.entry("V4", "audit"), Map.entry("V5", "identity"), Map.entry("V6", "identity"),
            Map.entry("V7", "identity"), Map.entry("V8", "chat"), Map.entry("V10", "chat"), Map.entry("V11", "chat"),
            Map.entry("V12", "notices"), Map.entry("V15", "directives"), Map.entry("V18", "adoption"),
            Map.entry("V19", "notices"), Map.entry("V20", "directory"), Map.entry("V21", "directory"),
            Map.entry("V22", "identity"), Map.entry("V23", "directory"),
            Map.entry("V24", "notifications"), Map.entry("V25", "notifications"),
            Map.entry("V26", "notifications"), Map.entry("V27", "chat"), Map.entry("V28", "adoption"),
            Map.entry("V29", "directives"), Map.entry("V30", "adoption"), Map.entry("V31", "notifications"),
            Map.entry("V32", "leave"), Map.entry("V33", "notifications"), Map.entry("V34", "notices"),
            // assigned ahead to this session's work (a number may stay unused)
            Map.entry("V35", "notices"), Map.entry("V36", "notices"), Map.entry("V37", "notices"),
            Map.entry("V38", "timetable"), Map.entry("V39", "notices"), Map.entry("V40", "directives"),
            Map.entry("V41", "chat"), Map.entry("V42", "directory"), Map.entry("V43", "chat"),
            Map.entry("V44", "directives"), Map.entry("V45", "directory"), Map.entry("V46", "leave"),
            Map.entry("V47", "directory"), Map.entry("V50", "notices"), Map.entry("V51", "directives"),
            Map.entry("V52", "chat"));

    /** The views other features may read: the directory's read contract. */
    private static final String CONTRACT_OWNER = "directory";
    private static final String CONTRACT_PREFIX = "directory_";

    /**
     * Adoption's reporting queries: read-only figures over every feature's tables (docs/directory-contract.md,
     * "Adoption"). Only these files, and only reads (FROM/JOIN), never a write.
     */
    static final Set<String> ADOPTION_REPORTING = Set.of("adoption/AdoptionQueries.java",
            "adoption/NotActivatedQueries.java", "adoption/ClassRosters.java", "adoption/AdoptionHistory.java",
            "adoption/Invitees.java", "adoption/InvitationCounts.java",
            "adoption/AreaQueries.java");

    /** Other reads of a foreign table, each with its reason: file → table. */
    static final Map<String, Set<String>> EXCEPTIONS = Map.of(
            // The dev profile's demo seeder asks whether it already published the demo notices (it publishes them
            // through the notices publisher); dev-only, a read, never on a request path.
            "demo/DemoSeeder.java", Set.of("notice"));

    private static final Pattern MIGRATION_NAME = Pattern.compile("(V[0-9]+)__.*\\.sql");
    private static final Pattern CREATED = Pattern.compile(
            "\\bCREATE\\s+(?:OR\\s+REPLACE\\s+)?(TABLE|VIEW)\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?([a-z_][a-z0-9_]*)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CLAUSE = Pattern.compile("\\b(FROM|JOIN|UPDATE|INTO)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern NAME = Pattern.compile(
            "\\s*(?:(?:ONLY|LATERAL)\\s+)?(?:public\\.)?([A-Za-z_][A-Za-z0-9_]*)(\\s*\\()?");
    private static final Set<String> FROM_LIST_END = Set.of("WHERE", "JOIN", "LEFT", "RIGHT", "INNER", "FULL",
            "CROSS", "GROUP", "ORDER", "LIMIT", "OFFSET", "UNION", "EXCEPT", "INTERSECT", "HAVING", "ON", "RETURNING",
            "FOR", "WINDOW", "SET", "VALUES", "SELECT", "USING");

    record Owned(String feature, boolean view) {
    }

    record Reference(String table, boolean write) {
    }

    @Test
    void everyMigrationHasAnOwner() throws IOException {
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            Set<String> unowned = new TreeSet<>();
            files.map(f -> f.getFileName().toString()).forEach(name -> {
                Matcher m = MIGRATION_NAME.matcher(name);
                assertTrue(m.matches(), "not a migration: " + name);
                if (!MIGRATION_OWNER.containsKey(m.group(1))) {
                    unowned.add(name);
                }
            });
            assertEquals(Set.of(), unowned, "add these migrations to ForeignTablesTest.MIGRATION_OWNER");
        }
    }

    @Test
    void featuresNameOnlyTheirOwnTablesAndTheDirectorysViews() throws IOException {
        Map<String, Owned> owners = owners();
        List<String> violations = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                String relative = MAIN.relativize(file).toString().replace('\\', '/');
                if (!relative.contains("/")) {
                    continue;
                }
                String feature = relative.substring(0, relative.indexOf('/'));
                for (Reference ref : references(sql(Files.readString(file)))) {
                    Owned owner = owners.get(ref.table());
                    if (owner == null || owner.feature().equals(feature) || allowed(relative, owner, ref)) {
                        continue;
                    }
                    violations.add(relative + " names " + owner.feature() + "'s "
                            + (owner.view() ? "view " : "table ") + ref.table() + (ref.write() ? " (write)" : ""));
                }
            }
        }
        assertEquals(List.of(), violations.stream().distinct().toList(),
                "a feature reads another feature's tables only through its published views "
                        + "(docs/directory-contract.md)");
    }

    @Test
    void theScanSeesAForeignTable() {
        String chatQuery = "SELECT m.participant FROM conversation_member m, directory_active_staff a "
                + "JOIN staff st ON st.id = a.staff_id WHERE m.active";
        assertEquals(List.of(new Reference("conversation_member", false), new Reference("directory_active_staff", false),
                new Reference("staff", false)), references(chatQuery));
        assertEquals(List.of(new Reference("chat_event", true)), references("INSERT INTO chat_event (a) VALUES (1)"));
        assertEquals(List.of(), references("SELECT extract(epoch FROM now()), x IS DISTINCT FROM 's:' || y"));
    }

    private static boolean allowed(String file, Owned owner, Reference ref) {
        if (owner.view() && owner.feature().equals(CONTRACT_OWNER) && ref.table().startsWith(CONTRACT_PREFIX)) {
            return !ref.write();
        }
        if (EXCEPTIONS.getOrDefault(file, Set.of()).contains(ref.table())) {
            return !ref.write();
        }
        return ADOPTION_REPORTING.contains(file) && !ref.write();
    }

    /** Every table and view the migrations create, with the feature that owns it. */
    static Map<String, Owned> owners() throws IOException {
        Map<String, Owned> owners = new TreeMap<>();
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            for (Path file : files.sorted().toList()) {
                Matcher name = MIGRATION_NAME.matcher(file.getFileName().toString());
                if (!name.matches() || !MIGRATION_OWNER.containsKey(name.group(1))) {
                    continue;
                }
                Matcher created = CREATED.matcher(withoutSqlComments(Files.readString(file)));
                while (created.find()) {
                    owners.put(created.group(2).toLowerCase(Locale.ROOT), new Owned(
                            MIGRATION_OWNER.get(name.group(1)), created.group(1).equalsIgnoreCase("VIEW")));
                }
            }
        }
        return owners;
    }

    /** The tables and views a piece of SQL names after FROM (every item of its list), JOIN, UPDATE and INTO. */
    static List<Reference> references(String sql) {
        List<Reference> found = new ArrayList<>();
        Matcher clause = CLAUSE.matcher(sql);
        while (clause.find()) {
            String keyword = clause.group(1).toUpperCase(Locale.ROOT);
            boolean write = keyword.equals("UPDATE") || keyword.equals("INTO");
            if (keyword.equals("FROM")) {
                for (String item : fromItems(sql, clause.end())) {
                    name(item, false).ifPresent(t -> found.add(new Reference(t, isDelete(sql, clause.start()))));
                }
            } else {
                name(sql.substring(clause.end()), keyword.equals("INTO"))
                        .ifPresent(t -> found.add(new Reference(t, write)));
            }
        }
        return found;
    }

    private static boolean isDelete(String sql, int fromStart) {
        return sql.substring(0, fromStart).stripTrailing().toUpperCase(Locale.ROOT).endsWith("DELETE");
    }

    private static Optional<String> name(String text, boolean tableEvenBeforeParenthesis) {
        Matcher m = NAME.matcher(text);
        if (!m.lookingAt() || (m.group(2) != null && !tableEvenBeforeParenthesis)) {
            return Optional.empty();
        }
        return Optional.of(m.group(1).toLowerCase(Locale.ROOT));
    }

    /** The comma-separated items of a FROM list, up to the clause that ends it. */
    private static List<String> fromItems(String sql, int start) {
        List<String> items = new ArrayList<>();
        int depth = 0;
        int itemStart = start;
        int i = start;
        for (; i < sql.length(); i++) {
            char c = sql.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                if (--depth < 0) {
                    break;
                }
            } else if (c == ';' && depth == 0) {
                break;
            } else if (c == ',' && depth == 0) {
                items.add(sql.substring(itemStart, i));
                itemStart = i + 1;
            } else if (depth == 0 && Character.isLetter(c) && (i == 0 || !isWordChar(sql.charAt(i - 1)))) {
                int end = i;
                while (end < sql.length() && isWordChar(sql.charAt(end))) {
                    end++;
                }
                if (FROM_LIST_END.contains(sql.substring(i, end).toUpperCase(Locale.ROOT))) {
                    items.add(sql.substring(itemStart, i));
                    return items;
                }
                i = end - 1;
            }
        }
        items.add(sql.substring(itemStart, Math.min(i, sql.length())));
        return items;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    /** The string literals and text blocks of a Java source, each on its own line. */
    static String sql(String java) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < java.length()) {
            char c = java.charAt(i);
            if (java.startsWith("//", i)) {
                i = endOf(java, "\n", i + 2);
            } else if (java.startsWith("/*", i)) {
                i = endOf(java, "*/", i + 2);
            } else if (java.startsWith("\"\"\"", i)) {
                int end = java.indexOf("\"\"\"", i + 3);
                while (end > 0 && java.charAt(end - 1) == '\\') {
                    end = java.indexOf("\"\"\"", end + 1);
                }
                end = end < 0 ? java.length() : end;
                out.append(java, i + 3, end).append('\n');
                i = end + 3;
            } else if (c == '"' || c == '\'') {
                int j = i + 1;
                while (j < java.length() && java.charAt(j) != c) {
                    j += java.charAt(j) == '\\' ? 2 : 1;
                }
                if (c == '"') {
                    out.append(java, i + 1, Math.min(j, java.length())).append('\n');
                }
                i = j + 1;
            } else {
                i++;
            }
        }
        return out.toString();
    }

    private static int endOf(String text, String end, int from) {
        int at = text.indexOf(end, from);
        return at < 0 ? text.length() : at + end.length();
    }

    private static String withoutSqlComments(String sql) {
        return sql.replaceAll("--[^\n]*", "");
    }
}
