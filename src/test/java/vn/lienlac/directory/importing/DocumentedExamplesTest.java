package vn.lienlac.directory.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.lienlac.directory.importing.ImportFixtures.csv;
import static vn.lienlac.directory.importing.ImportFixtures.staff;
import static vn.lienlac.directory.importing.ImportFixtures.students;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.lienlac.directory.model.StaffRole;

/** The examples in docs/import.md are read as the documentation says. */
class DocumentedExamplesTest {

    private static final Path DOC = Path.of("docs", "import.md");
    private static final ObjectMapper JSON = new ObjectMapper();

    private static String example(String name) throws IOException {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        Matcher block = Pattern.compile("<!-- example: " + Pattern.quote(name) + " -->\\s*```\\w*\\n(.*?)```",
                Pattern.DOTALL).matcher(doc);
        if (!block.find()) {
            throw new AssertionError("no example " + name + " in " + DOC);
        }
        return block.group(1);
    }

    @Test
    void studentCsvExampleGivesThreeStudentsAndTheSharedPhoneWarning() throws IOException {
        var batch = students().read(csv(example("students.csv")), ImportFormat.CSV);

        assertEquals(List.of(), batch.errors());
        assertEquals(3, batch.records().size());
        assertEquals(List.of("SHARED_PHONE"), batch.warnings().stream().map(RowError::code).toList());
        assertEquals("+84356789012", batch.records().get(2).guardians().get(0).phone());
    }

    @Test
    void staffCsvExampleGivesThreeStaffWithTheirRoles() throws IOException {
        var batch = staff().read(csv(example("staff.csv")), ImportFormat.CSV);

        assertEquals(List.of(), batch.errors());
        assertEquals(List.of(StaffRole.PRINCIPAL, StaffRole.TEACHER, StaffRole.SCHOOL_NURSE),
                batch.records().stream().map(r -> r.role()).toList());
        assertEquals(List.of("6A1", "6A2", "7A1"), batch.records().get(1).classes());
    }

    @Test
    void departmentStaffExampleGivesDepartmentOfficersInTheDepartmentsImport() throws IOException {
        List<StaffRow> rows = JSON.convertValue(JSON.readTree(example("department-staff.json")).get("staff"),
                new TypeReference<>() { });

        var batch = staff().fromJson(rows, StaffUnit.DEPARTMENT);

        assertEquals(List.of(), batch.errors());
        assertEquals(List.of(StaffRole.DEPARTMENT_OFFICER, StaffRole.DEPARTMENT_OFFICER),
                batch.records().stream().map(r -> r.role()).toList());
    }

    @Test
    void jsonExamplesAreValidRows() throws IOException {
        List<StudentRow> studentRows = JSON.readValue(example("students.json"), new TypeReference<>() { });
        List<StaffRow> staffRows = JSON.readValue(example("staff.json"), new TypeReference<>() { });

        assertEquals(List.of(), students().fromJson(studentRows).errors());
        var staffBatch = staff().fromJson(staffRows);
        assertEquals(List.of(), staffBatch.errors());
        assertEquals(List.of("Toán", "Tin học"), staffBatch.records().get(0).subjects());
    }
}
