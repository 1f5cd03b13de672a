package vn.lienlac.adoption;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.lienlac.adoption.AdoptionApi.admin;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.lienlac.directory.TestSchools;
import vn.lienlac.directory.rest.PeopleFixtures;

/**
 * Issue 15, finding 4: names that a school's import (and a school name that the admin) wrote as spreadsheet formulas
 * reach the officers' and principals' exports as text, never as formulas: a leading {@code '} in CSV, a
 * quote-prefixed text cell in XLSX. Files are read back cell by cell with commons-csv and POI.
 */
@QuarkusTest
class FormulaCellsExportApiTest {

    static final String HYPERLINK = "=HYPERLINK(\"http://x\",\"y\")";
    static final String DDE = "=cmd|' /C calc'!A0";
    static final String PLUS = "+1";
    static final String MINUS = "-1+1";
    static final String AT = "@SUM(A1)";
    /** Class names: a grade number would be normalised, these keep their spelling. */
    static final String CLASS_ONE = "=1+2";
    static final String CLASS_TWO = "@A1";

    @Inject
    TestSchools schools;

    private static Map<String, String> world;

    @BeforeEach
    void importedFormulas() {
        if (world != null) {
            return;
        }
        Map<String, String> w = new HashMap<>();
        String district = schools.newDistrict();
        String school = schools.newSchool(district, "THCS");
        w.put("district", district);
        w.put("school", school);
        given().auth().oauth2(AdoptionApi.ADMIN_TOKEN).contentType(ContentType.JSON)
                .body(Map.of("name", HYPERLINK, "level", "THCS", "districtCode", district))
                .put("/api/v1/directory/schools/" + school).then().statusCode(200);
        List<Map<String, Object>> students = List.of(
                student(PeopleFixtures.code("HS"), DDE, CLASS_ONE, PLUS, PeopleFixtures.phone()),
                student(PeopleFixtures.code("HS"), MINUS, CLASS_TWO, AT, PeopleFixtures.phone()));
        importRows(school, "students", Map.of("students", students));
        Map<String, Object> teacher = new LinkedHashMap<>();
        teacher.put("staffCode", PeopleFixtures.code("CB"));
        teacher.put("fullName", AT);
        teacher.put("dateOfBirth", "1986-08-02");
        teacher.put("position", "Giáo viên");
        teacher.put("phone", PeopleFixtures.phone());
        teacher.put("homeroomClass", CLASS_ONE);
        importRows(school, "staff", Map.of("staff", List.of(teacher)));
        world = w;
    }

    @Test
    void schoolCsvPrefixesFormulaCellsAndKeepsCountsAsNumbers() {
        List<CSVRecord> rows = csv(admin().get("/schools/" + world.get("school") + "/export?format=csv").asByteArray());
        CSVRecord first = rows.stream().filter(r -> r.get(0).equals("'" + CLASS_ONE)).findFirst().orElseThrow();
        assertEquals("'" + AT, first.get(1), "the homeroom teacher's name");
        assertTrue(first.get(2).matches("\\d+"), "a count stays a plain number: " + first.get(2));
        assertTrue(rows.stream().anyMatch(r -> r.get(0).equals("'" + CLASS_TWO)), rows.toString());
        CSVRecord total = rows.get(rows.size() - 1);
        assertEquals("'" + HYPERLINK, total.get(1), "the school's name in the total row");
        rows.forEach(FormulaCellsExportApiTest::assertNoFormula);
    }

    @Test
    void schoolXlsxStoresFormulaCellsAsQuotePrefixedText() throws IOException {
        try (var workbook = xlsx(admin().get("/schools/" + world.get("school") + "/export?format=xlsx")
                .asByteArray())) {
            Sheet sheet = workbook.getSheetAt(0);
            int one = sheet.getRow(1).getCell(0).getStringCellValue().equals(CLASS_ONE) ? 1 : 2;
            assertText(sheet.getRow(one).getCell(0), CLASS_ONE);
            assertText(sheet.getRow(one).getCell(1), AT);
            assertEquals(CellType.NUMERIC, sheet.getRow(one).getCell(2).getCellType());
            assertText(sheet.getRow(3 - one).getCell(0), CLASS_TWO);
            assertText(sheet.getRow(sheet.getLastRowNum()).getCell(1), HYPERLINK);
            assertNoFormula(sheet);
        }
    }

    @Test
    void notActivatedCsvAndXlsxNeutraliseNamesFromTheImport() throws IOException {
        String path = "/schools/" + world.get("school") + "/not-activated/export?format=";
        List<CSVRecord> rows = csv(admin().get(path + "csv").asByteArray());
        List<String> cells = rows.stream().flatMap(r -> r.toList().stream()).toList();
        for (String formula : List.of(DDE, MINUS, PLUS, AT, CLASS_ONE, CLASS_TWO)) {
            assertTrue(cells.contains("'" + formula), formula + " in " + cells);
        }
        rows.forEach(FormulaCellsExportApiTest::assertNoFormula);

        try (var workbook = xlsx(admin().get(path + "xlsx").asByteArray())) {
            Sheet sheet = workbook.getSheetAt(0);
            List<String> texts = new ArrayList<>();
            for (Row row : sheet) {
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.STRING) {
                        texts.add(cell.getStringCellValue());
                        if (!cell.getStringCellValue().isEmpty()
                                && "=+-@".indexOf(cell.getStringCellValue().charAt(0)) >= 0) {
                            assertTrue(cell.getCellStyle().getQuotePrefixed(), cell.getStringCellValue());
                        }
                    }
                }
            }
            assertTrue(texts.containsAll(List.of(DDE, MINUS, PLUS, AT, CLASS_ONE, CLASS_TWO)), texts.toString());
            assertNoFormula(sheet);
        }
    }

    @Test
    void districtCsvAndXlsxNeutraliseTheSchoolName() throws IOException {
        String path = "/districts/" + world.get("district") + "/export?format=";
        List<CSVRecord> rows = csv(admin().get(path + "csv").asByteArray());
        assertEquals(world.get("school"), rows.get(1).get(0));
        assertEquals("'" + HYPERLINK, rows.get(1).get(1));
        rows.forEach(FormulaCellsExportApiTest::assertNoFormula);
        try (var workbook = xlsx(admin().get(path + "xlsx").asByteArray())) {
            assertText(workbook.getSheetAt(0).getRow(1).getCell(1), HYPERLINK);
            assertNoFormula(workbook.getSheetAt(0));
        }
    }

    private static Map<String, Object> student(String code, String name, String className, String fatherName,
            String fatherPhone) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("studentCode", code);
        row.put("fullName", name);
        row.put("dateOfBirth", "2013-09-05");
        row.put("gender", "Nam");
        row.put("className", className);
        row.put("fatherName", fatherName);
        row.put("fatherPhone", fatherPhone);
        return row;
    }

    private static void importRows(String school, String kind, Map<String, Object> body) {
        given().auth().oauth2(AdoptionApi.ADMIN_TOKEN).contentType(ContentType.JSON).queryParam("mode", "delta")
                .body(body).post("/api/v1/directory/schools/" + school + "/imports/" + kind)
                .then().statusCode(200);
    }

    /** The records of a CSV export, after its byte order mark. */
    static List<CSVRecord> csv(byte[] bytes) {
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        try {
            return CSVFormat.DEFAULT.parse(new StringReader(text)).getRecords();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static XSSFWorkbook xlsx(byte[] bytes) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    /** No field a spreadsheet would evaluate: none starts with a formula character. */
    static void assertNoFormula(CSVRecord record) {
        for (String field : record) {
            assertFalse(!field.isEmpty() && "=+-@\t\r".indexOf(field.charAt(0)) >= 0,
                    "formula-like field " + field + " in " + record);
        }
    }

    /** A text cell with the value unchanged and Excel's quote prefix. */
    static void assertText(Cell cell, String value) {
        assertEquals(CellType.STRING, cell.getCellType());
        assertEquals(value, cell.getStringCellValue());
        assertTrue(cell.getCellStyle().getQuotePrefixed(), "quote prefix on " + value);
    }

    static void assertNoFormula(Sheet sheet) {
        for (Row row : sheet) {
            for (Cell cell : row) {
                assertFalse(cell.getCellType() == CellType.FORMULA, "formula cell " + cell.getAddress());
            }
        }
    }
}
