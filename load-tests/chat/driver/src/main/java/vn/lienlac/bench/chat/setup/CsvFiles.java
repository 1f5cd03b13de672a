package vn.lienlac.bench.chat.setup;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Writes each school's students and staff as the UTF-8 CSV files the directory import reads (docs/import.md). */
public final class CsvFiles {

    static final String STUDENT_HEADER = "Mã học sinh,Họ và tên,Ngày sinh,Giới tính,Lớp,Họ tên cha,SĐT cha,"
            + "Họ tên mẹ,SĐT mẹ";
    static final String STAFF_HEADER = "Mã cán bộ,Họ và tên,Chức vụ,SĐT,Chủ nhiệm lớp,Môn dạy,Lớp dạy";

    /** One file to import; {@code kind} is the path segment of the import endpoint. */
    public record ImportFile(String schoolCode, String kind, Path path, int rows) {
    }

    private CsvFiles() {
    }

    /** Every school's files in import order: students first (they create the classes), then staff. */
    public static List<ImportFile> write(District district, Path dir) throws IOException {
        Files.createDirectories(dir);
        List<ImportFile> files = new ArrayList<>();
        for (District.School school : district.schools()) {
            Path students = dir.resolve(school.code() + "-students.csv");
            try (Writer out = Files.newBufferedWriter(students, StandardCharsets.UTF_8)) {
                line(out, STUDENT_HEADER);
                for (District.Student s : school.students()) {
                    line(out, row(s.code(), s.fullName(), s.dateOfBirth(), s.female() ? "Nữ" : "Nam", s.className(),
                            s.father() == null ? "" : s.father().fullName(), s.father() == null ? "" : s.father().phone(),
                            s.mother() == null ? "" : s.mother().fullName(), s.mother() == null ? "" : s.mother().phone()));
                }
            }
            files.add(new ImportFile(school.code(), "students", students, school.students().size()));
            Path staff = dir.resolve(school.code() + "-staff.csv");
            try (Writer out = Files.newBufferedWriter(staff, StandardCharsets.UTF_8)) {
                line(out, STAFF_HEADER);
                for (District.Staff m : school.staff()) {
                    line(out, row(m.code(), m.fullName(), m.position(), m.phone(), m.homeroomClass(), m.subject(),
                            String.join(";", m.classes())));
                }
            }
            files.add(new ImportFile(school.code(), "staff", staff, school.staff().size()));
        }
        return files;
    }

    static String row(String... fields) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                line.append(',');
            }
            String field = fields[i] == null ? "" : fields[i];
            boolean quote = field.chars().anyMatch(c -> c == ',' || c == ';' || c == '"');
            line.append(quote ? '"' + field.replace("\"", "\"\"") + '"' : field);
        }
        return line.toString();
    }

    private static void line(Writer out, String line) throws IOException {
        out.write(line);
        out.write("\r\n");
    }
}
