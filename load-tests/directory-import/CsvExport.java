import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the district as the sector database exports it: one UTF-8 CSV (no BOM, CRLF, RFC 4180 quoting)
 * of students and one of staff per school, with the Vietnamese headers the import expects.
 */
final class CsvExport {

    static final String STUDENT_HEADER = "Mã học sinh,Họ và tên,Ngày sinh,Giới tính,Lớp,Họ tên cha,SĐT cha,"
            + "Họ tên mẹ,SĐT mẹ,Họ tên người giám hộ,SĐT người giám hộ";
    static final String STAFF_HEADER = "Mã cán bộ,Họ và tên,Ngày sinh,Chức vụ,SĐT,Email,Chủ nhiệm lớp,Môn dạy,Lớp dạy";

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** One file to import: {@code kind} is the path segment of the import endpoint. */
    record ImportFile(String schoolCode, String kind, Path path, int rows) {
    }

    /** Writes every school's files (students first, then staff) and returns them in import order. */
    static List<ImportFile> write(District district, Path directory) throws IOException {
        Files.createDirectories(directory);
        List<ImportFile> files = new ArrayList<>();
        for (District.School school : district.schools()) {
            Path students = directory.resolve(school.code() + "-students.csv");
            try (Writer out = Files.newBufferedWriter(students, StandardCharsets.UTF_8)) {
                line(out, STUDENT_HEADER);
                for (District.Student s : school.students()) {
                    row(out, s.code(), s.fullName(), date(s.dateOfBirth()), s.female() ? "Nữ" : "Nam", s.className(),
                            name(s.father()), phone(s.father()), name(s.mother()), phone(s.mother()),
                            name(s.guardian()), phone(s.guardian()));
                }
            }
            files.add(new ImportFile(school.code(), "students", students, school.students().size()));
            Path staff = directory.resolve(school.code() + "-staff.csv");
            try (Writer out = Files.newBufferedWriter(staff, StandardCharsets.UTF_8)) {
                line(out, STAFF_HEADER);
                for (District.StaffMember m : school.staff()) {
                    row(out, m.code(), m.fullName(), date(m.dateOfBirth()), m.position(), m.phone(), m.email(),
                            m.homeroomClass(), String.join(";", m.subjects()), String.join(";", m.classes()));
                }
            }
            files.add(new ImportFile(school.code(), "staff", staff, school.staff().size()));
        }
        return files;
    }

    private static void row(Writer out, String... fields) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                line.append(',');
            }
            line.append(quoted(fields[i] == null ? "" : fields[i]));
        }
        line(out, line.toString());
    }

    /** Quotes a field holding a separator, a quote or a line break; lists ({@code ;}) are quoted too. */
    static String quoted(String field) {
        if (field.chars().noneMatch(c -> c == ',' || c == ';' || c == '"' || c == '\r' || c == '\n')) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }

    private static void line(Writer out, String line) throws IOException {
        out.write(line);
        out.write("\r\n");
    }

    private static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    private static String name(District.Guardian guardian) {
        return guardian == null ? "" : guardian.fullName();
    }

    private static String phone(District.Guardian guardian) {
        return guardian == null ? "" : guardian.phone();
    }
}
