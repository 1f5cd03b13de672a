package vn.lienlac.bench.chat.setup;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvFilesTest {

    @Test
    void writesEachSchoolsStudentsThenStaffWithTheImportsHeaders(@TempDir Path dir) throws Exception {
        District district = new DistrictGenerator(1).generate(80, 1);
        List<CsvFiles.ImportFile> files = CsvFiles.write(district, dir);

        assertEquals(List.of("students", "staff", "students", "staff"), files.stream().map(CsvFiles.ImportFile::kind)
                .toList());
        List<String> students = Files.readAllLines(files.get(0).path(), StandardCharsets.UTF_8);
        assertEquals(CsvFiles.STUDENT_HEADER, students.get(0).strip());
        assertEquals(41, students.size());
        List<String> staff = Files.readAllLines(files.get(3).path(), StandardCharsets.UTF_8);
        assertEquals(CsvFiles.STAFF_HEADER, staff.get(0).strip());
        assertEquals(5, staff.size(), "a homeroom teacher and three subject teachers");
    }

    @Test
    void quotesFieldsHoldingSeparators() {
        assertEquals("a,\"Toán;Tin học\",\"x,y\"", CsvFiles.row("a", "Toán;Tin học", "x,y"));
    }
}
