package vn.lienlac.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The import-arrow half of the architecture test (docs/architecture.md, "Packages and arrows"; the SQL half is
 * {@code ForeignTablesTest}). It reads every file under {@code src/main/java} and fails, naming the file, the line and
 * the reference, when
 * <ul>
 * <li>a package points where it never may: {@code platform} → any feature; {@code directory} → chat, notices,
 * directives, adoption; {@code identity} → chat; {@code chat} → notices, directives, adoption;</li>
 * <li>code outside a feature reaches into its {@code rest} or {@code ws} sub-packages (Quarkus discovers those;
 * nothing else calls them);</li>
 * <li>a top-level package appears that has no place in the arrows below (add it here and to the doc).</li>
 * </ul>
 *
 * <p>A plain scan of the sources, not ArchUnit: the rules are about eight package names, which a regular expression
 * over {@code import} lines and fully-qualified {@code vn.lienlac.} names in code finds exactly; it needs no
 * dependency, no compiled classes and no Quarkus start (it runs in well under a second), and it also sees what
 * bytecode loses (a constant from another package is inlined by javac and leaves no trace in the class file).
 * Comments and string literals are blanked before the scan: a {@code {@link}} in a comment is not an arrow.
 */
class PackageArrowsTest {

    private static final Path MAIN = Path.of("src", "main", "java");

    /**
     * The top-level packages under {@code vn.lienlac}: {@code platform}, the seven features, and {@code demo} (the
     * demo district, which wires every feature together and which nothing references).
     */
    static final Set<String> PACKAGES = Set.of("platform", "directory", "identity", "audit", "chat", "notices",
            "directives", "adoption", "notifications", "demo", "leave", "timetable");

    /** For each package, the packages it must never reference. */
    static final Map<String, Set<String>> NEVER = Map.ofEntries(
            Map.entry("platform", Set.of("directory", "identity", "audit", "chat", "notices", "directives",
                    "adoption", "notifications", "demo", "leave", "timetable")),
            Map.entry("directory", Set.of("chat", "notices", "directives", "adoption", "notifications", "demo",
                    "leave", "timetable")),
            Map.entry("identity", Set.of("chat", "notifications", "demo", "leave", "timetable")),
            Map.entry("chat", Set.of("notices", "directives", "adoption", "demo", "leave", "timetable")),
            Map.entry("audit", Set.of("demo", "leave", "timetable")),
            Map.entry("notices", Set.of("demo", "leave", "timetable")),
            Map.entry("directives", Set.of("demo")),
            Map.entry("adoption", Set.of("demo")),
            Map.entry("notifications", Set.of("chat", "notices", "directives", "adoption", "demo", "leave",
                    "timetable")),
            // leave requests: a guardian's request, a homeroom teacher's decision, attendance through notices
            Map.entry("leave", Set.of("demo")),
            // class timetables (thời khóa biểu): imported or entered, shown to parents and teachers
            Map.entry("timetable", Set.of("demo")));

    /** A reference to our code: the top-level package, the sub-packages, then the type (if any). */
    private static final Pattern REFERENCE = Pattern.compile(
            "\\bvn\\s*\\.\\s*lienlac\\s*\\.\\s*([a-z]\\w*)((?:\\s*\\.\\s*[a-z]\\w*)*)(?:\\s*\\.\\s*([A-Z]\\w*))?");
    private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);

    /** One reference that breaks a rule. */
    record Breach(String file, int line, String rule, String reference) {

        @Override
        public String toString() {
            return file + ":" + line + ": " + rule + " (" + reference + ")";
        }
    }

    @Test
    void noPackageDrawsANeverArrowOrReachesIntoAnotherFeaturesRestOrWs() {
        List<Breach> found = new ArrayList<>();
        List<Path> files = sources();
        files.forEach(file -> found.addAll(breaches(MAIN.relativize(file).toString().replace('\\', '/'),
                read(file))));
        assertTrue(files.size() > 100, "the scan found only " + files.size() + " files under " + MAIN.toAbsolutePath());

        List<String> fresh = found.stream().map(Breach::toString).toList();
        if (!fresh.isEmpty()) {
            fail("The package arrows are broken (docs/architecture.md, \"Packages and arrows\"):\n  "
                    + String.join("\n  ", fresh));
        }
    }

    @Test
    void everyTopLevelPackageHasItsPlaceInTheArrows() throws IOException {
        Path root = MAIN.resolve("vn/lienlac");
        try (Stream<Path> children = Files.list(root)) {
            Set<String> unknown = children.map(p -> Files.isDirectory(p) ? p.getFileName().toString()
                    : "(a file directly in vn.lienlac: " + p.getFileName() + ")")
                    .filter(name -> !PACKAGES.contains(name)).collect(Collectors.toCollection(TreeSet::new));
            assertEquals(Set.of(), unknown, "add each new package to PackageArrowsTest.PACKAGES and NEVER, and to "
                    + "docs/architecture.md");
        }
    }

    /** The scan itself, on sources written here: what it must catch and what it must let through. */
    @Test
    void theScanCatchesImportsAndQualifiedNamesButNotCommentsOrStrings() {
        String source = """
                package vn.lienlac.platform.http;

                import vn.lienlac.platform.error.ErrorCode;
                import vn.lienlac.chat.Participant;
                import static vn.lienlac.identity.Roles.ADMIN;

                /** Unlike {@link vn.lienlac.notices.NoticeKind}, a comment is no arrow. */
                class Wrong {
                    // vn.lienlac.directory.Profiles neither
                    String text = "vn.lienlac.adoption.AdoptionReports"; /* nor vn.lienlac.audit.AuditLog */
                    Object held = new vn.lienlac.directives
                            .Directives();
                }
                """;
        List<String> found = breaches("vn/lienlac/platform/http/Wrong.java", source).stream()
                .map(Breach::toString).toList();
        assertEquals(List.of(
                "vn/lienlac/platform/http/Wrong.java:4: platform must not depend on chat (vn.lienlac.chat.Participant)",
                "vn/lienlac/platform/http/Wrong.java:5: platform must not depend on identity (vn.lienlac.identity.Roles)",
                "vn/lienlac/platform/http/Wrong.java:11: platform must not depend on directives "
                        + "(vn.lienlac.directives.Directives)"), found);

        String reachingIn = """
                package vn.lienlac.notices.publish;

                import vn.lienlac.chat.ws.ChatSocket;
                import vn.lienlac.notices.rest.NoticeResource;
                import vn.lienlac.directory.rest.profiles.Something;
                """;
        assertEquals(List.of(
                "x.java:3: only chat may use vn.lienlac.chat.ws (vn.lienlac.chat.ws.ChatSocket)",
                "x.java:5: only directory may use vn.lienlac.directory.rest.profiles "
                        + "(vn.lienlac.directory.rest.profiles.Something)"),
                breaches("x.java", reachingIn).stream().map(Breach::toString).toList());
    }

    /** The breaches in one source file, in line order. */
    static List<Breach> breaches(String file, String source) {
        String code = blankCommentsAndLiterals(source);
        Matcher declared = PACKAGE.matcher(code);
        if (!declared.find()) {
            return List.of();
        }
        String own = topLevel(declared.group(1));
        String body = code.substring(declared.end());
        int offset = declared.end();
        List<Breach> breaches = new ArrayList<>();
        Matcher reference = REFERENCE.matcher(body);
        while (reference.find()) {
            String target = reference.group(1);
            List<String> subPackages = Stream.of(reference.group(2).split("\\."))
                    .map(String::strip).filter(s -> !s.isEmpty()).toList();
            String name = "vn.lienlac." + target + (subPackages.isEmpty() ? "" : "." + String.join(".", subPackages))
                    + (reference.group(3) == null ? "" : "." + reference.group(3));
            int line = lineOf(code, offset + reference.start());
            if (NEVER.getOrDefault(own, Set.of()).contains(target)) {
                breaches.add(new Breach(file, line, own + " must not depend on " + target, name));
            } else if (!target.equals(own) && (subPackages.contains("rest") || subPackages.contains("ws"))) {
                String inner = "vn.lienlac." + target + "." + String.join(".", subPackages);
                breaches.add(new Breach(file, line, "only " + target + " may use " + inner, name));
            }
        }
        return breaches;
    }

    private static String topLevel(String packageName) {
        String[] parts = packageName.split("\\.");
        return parts.length > 2 && parts[0].equals("vn") && parts[1].equals("lienlac") ? parts[2] : "";
    }

    private static int lineOf(String text, int index) {
        int line = 1;
        for (int i = 0; i < index; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /**
     * The source with every comment, string, text block and character literal replaced by spaces (line breaks kept,
     * so that line numbers stay true).
     */
    static String blankCommentsAndLiterals(String source) {
        StringBuilder out = new StringBuilder(source.length());
        int i = 0;
        int n = source.length();
        while (i < n) {
            char c = source.charAt(i);
            String end;
            int skip;
            if (source.startsWith("//", i)) {
                end = "\n";
                skip = 2;
            } else if (source.startsWith("/*", i)) {
                end = "*/";
                skip = 2;
            } else if (source.startsWith("\"\"\"", i)) {
                end = "\"\"\"";
                skip = 3;
            } else if (c == '"' || c == '\'') {
                end = String.valueOf(c);
                skip = 1;
            } else {
                out.append(c);
                i++;
                continue;
            }
            blank(out, source, i, i + skip);
            i += skip;
            boolean literal = !end.equals("\n") && !end.equals("*/");
            while (i < n && !source.startsWith(end, i)) {
                int step = literal && source.charAt(i) == '\\' ? 2 : 1; // an escape: \" does not end a string
                blank(out, source, i, Math.min(n, i + step));
                i += step;
            }
            int close = Math.min(n, i + (end.equals("\n") ? 0 : end.length()));
            blank(out, source, i, close);
            i = close;
        }
        return out.toString();
    }

    private static void blank(StringBuilder out, String source, int from, int to) {
        for (int k = from; k < to && k < source.length(); k++) {
            out.append(source.charAt(k) == '\n' ? '\n' : ' ');
        }
    }

    private static List<Path> sources() {
        try (Stream<Path> walk = Files.walk(MAIN)) {
            return walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
