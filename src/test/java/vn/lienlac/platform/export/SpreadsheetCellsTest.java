package vn.lienlac.platform.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class SpreadsheetCellsTest {

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://x\",\"y\")", "=cmd|' /C calc'!A0", "+1", "-1+1", "@SUM(A1)", "\tx",
            "\rx"})
    void formulaLikeTextGetsAQuoteInCsv(String text) {
        assertTrue(SpreadsheetCells.formulaLike(text));
        assertEquals("'" + text, SpreadsheetCells.csv(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Nguyễn Văn An", "6A1", "0912 345 678", " =1", "a=1", "'=1"})
    void otherTextIsUnchanged(String text) {
        assertFalse(SpreadsheetCells.formulaLike(text));
        assertEquals(text, SpreadsheetCells.csv(text));
    }

    @Test
    void numbersStayNumbers() {
        assertEquals(-5L, SpreadsheetCells.csv(-5L));
        assertEquals(-2.5, SpreadsheetCells.csv(-2.5));
        assertEquals("-10.5", SpreadsheetCells.csv(new BigDecimal("-1.05E1")));
        assertNull(SpreadsheetCells.csv(null));
    }

    @Test
    void xlsxKeepsTheValueAsQuotePrefixedText() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            var style = SpreadsheetCells.quotePrefixed(workbook, null);
            var row = workbook.createSheet().createRow(0);
            SpreadsheetCells.text(row.createCell(0), "=1+1", style);
            SpreadsheetCells.text(row.createCell(1), "An", style);
            assertEquals(CellType.STRING, row.getCell(0).getCellType());
            assertEquals("=1+1", row.getCell(0).getStringCellValue());
            assertTrue(row.getCell(0).getCellStyle().getQuotePrefixed());
            assertFalse(row.getCell(1).getCellStyle().getQuotePrefixed());
        }
    }
}
