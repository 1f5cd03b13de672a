package vn.lienlac.directives.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.lienlac.directives.Bodies.directive;
import static vn.lienlac.directives.Bodies.schools;
import static vn.lienlac.directives.Bodies.withReport;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
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
import vn.lienlac.directives.DirectiveScenes;
import vn.lienlac.directives.DirectiveScenes.Scene;

/**
 * Issue 15, finding 4: a school's report answer written as formulas (text, figure values and figure names) reaches
 * the district office's CSV and XLSX exports as text; figures that are numbers stay numbers, negative ones too.
 */
@QuarkusTest
class ReportFormulaExportTest {

    static final String HYPERLINK = "=HYPERLINK(\"http://x\",\"y\")";
    static final String DDE = "=cmd|' /C calc'!A0";
    static final List<String> FORMULAS = List.of(DDE, "+1", "-1+1", "@SUM(A1)", "\tx", "\rx");

    @Inject
    DirectiveScenes scenes;

    private Scene scene;
    private long id;

    @BeforeEach
    void schoolAnswersWithFormulas() {
        scene = scenes.create();
        id = scene.as("officer")
                .body(withReport(directive(schools(scene.unit("A")), null, false),
                        Instant.now().plus(2, ChronoUnit.DAYS)))
                .post("/districts/" + scene.unit("D1")).then().statusCode(201).extract().jsonPath().getLong("id");
        Map<String, Object> figures = new LinkedHashMap<>();
        for (int i = 0; i < FORMULAS.size(); i++) {
            figures.put("f" + i, FORMULAS.get(i));
        }
        figures.put("negative", -5);
        figures.put("=SUM(A1:A9)", 7);
        scene.as("pA").body(Map.of("text", HYPERLINK, "figures", figures))
                .put("/" + id + "/reports/" + scene.unit("A")).then().statusCode(200);
    }

    @Test
    void csvPrefixesEveryFormulaCellAndLeavesNumbersAlone() throws IOException {
        byte[] bytes = scene.as("officer").get("/" + id + "/reports/export.csv").then().statusCode(200)
                .extract().asByteArray();
        List<CSVRecord> records = CSVFormat.DEFAULT
                .parse(new StringReader(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8)))
                .getRecords();
        CSVRecord header = records.get(0);
        CSVRecord row = records.get(1);
        Map<String, String> byHeader = new LinkedHashMap<>();
        for (int c = 0; c < header.size(); c++) {
            byHeader.put(header.get(c), row.get(c));
        }
        assertEquals("'" + HYPERLINK, byHeader.get("Nội dung báo cáo"));
        for (int i = 0; i < FORMULAS.size(); i++) {
            assertEquals("'" + FORMULAS.get(i), byHeader.get("f" + i), "f" + i);
        }
        assertEquals("-5", byHeader.get("negative"), "a number is not a formula");
        assertEquals("7", byHeader.get("'=SUM(A1:A9)"), "a figure's name is a header cell: neutralised too");
        for (CSVRecord record : records) {
            for (String field : record) {
                boolean number = field.matches("-?\\d+(\\.\\d+)?");
                assertFalse(!number && !field.isEmpty() && "=+-@\t\r".indexOf(field.charAt(0)) >= 0, field);
            }
        }
    }

    @Test
    void xlsxKeepsTheTextAsQuotePrefixedTextCellsAndNumbersAsNumbers() throws IOException {
        byte[] bytes = scene.as("officer").get("/" + id + "/reports/export.xlsx").then().statusCode(200)
                .extract().asByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet sheet = workbook.getSheet("Báo cáo");
            Row header = sheet.getRow(0);
            Row row = sheet.getRow(1);
            Map<String, Cell> byHeader = new LinkedHashMap<>();
            for (int c = 0; c < header.getLastCellNum(); c++) {
                byHeader.put(header.getCell(c).getStringCellValue(), row.getCell(c));
            }
            assertText(byHeader.get("Nội dung báo cáo"), HYPERLINK);
            for (int i = 0; i < FORMULAS.size(); i++) {
                assertText(byHeader.get("f" + i), FORMULAS.get(i));
            }
            assertEquals(CellType.NUMERIC, byHeader.get("negative").getCellType());
            assertEquals(-5.0, byHeader.get("negative").getNumericCellValue());
            assertEquals(CellType.NUMERIC, byHeader.get("=SUM(A1:A9)").getCellType());
            for (Cell cell : header) {
                if (cell.getStringCellValue().startsWith("=")) {
                    assertTrue(cell.getCellStyle().getQuotePrefixed(), "header " + cell.getStringCellValue());
                }
            }
            for (Row r : sheet) {
                for (Cell cell : r) {
                    assertFalse(cell.getCellType() == CellType.FORMULA, "formula cell " + cell.getAddress());
                }
            }
        }
    }

    private static void assertText(Cell cell, String value) {
        assertEquals(CellType.STRING, cell.getCellType(), value);
        assertEquals(value, cell.getStringCellValue());
        assertTrue(cell.getCellStyle().getQuotePrefixed(), "quote prefix on " + value);
    }
}
