package vn.lienlac.timetable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.lienlac.directory.importing.table.SheetRow;

/** The TKB sheet's reading rules (docs/timetable.md), without a server. */
class TkbSheetTest {

    @Test
    void weekdaysAreReadAsSchoolsWriteThem() {
        for (String two : List.of("Hai", "Thứ Hai", "thu 2", "T2", "2")) {
            assertEquals(1, Days.parse(two), two);
        }
        assertEquals(3, Days.parse("Tư"));
        assertEquals(3, Days.parse("Thứ Tư"));
        assertEquals(6, Days.parse("Bảy"));
        assertNull(Days.parse("CN"));
        assertNull(Days.parse("Chủ nhật"));
    }

    @Test
    void withoutASessionColumnPeriodsSixToTenAreTheAfternoon() {
        TkbSheet.Parsed parsed = new TkbSheet(List.of("6A1")).read(rows(
                "Thứ,Tiết,Lớp 6A1",
                "Tư,1,Toán – Nguyễn Thị Lan (P.201)",
                ",6,Tin học - Trần Văn Nam"));
        assertEquals(List.of(), parsed.errors());
        assertEquals(List.of(new Slot(3, "SANG", 1), new Slot(3, "CHIEU", 1)),
                List.copyOf(parsed.weeks().get("6A1").lessons().keySet()));
        assertEquals(new Lesson("Toán", "Nguyễn Thị Lan", "P.201"),
                parsed.weeks().get("6A1").lessons().get(new Slot(3, "SANG", 1)));
        assertEquals(new Lesson("Tin học", "Trần Văn Nam", null),
                parsed.weeks().get("6A1").lessons().get(new Slot(3, "CHIEU", 1)));
    }

    @Test
    void aSubjectWithAHyphenInsideIsNotSplit() {
        assertEquals(new Lesson("GDĐP-HĐTN", null, null), Lessons.parse("GDĐP-HĐTN"));
    }

    @Test
    void columnLettersAreExcels() {
        assertEquals("A", TkbSheet.letter(0));
        assertEquals("Z", TkbSheet.letter(25));
        assertEquals("AA", TkbSheet.letter(26));
    }

    private static List<SheetRow> rows(String... lines) {
        List<SheetRow> rows = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            rows.add(new SheetRow(i + 1, Arrays.asList(lines[i].split(",", -1))));
        }
        return rows;
    }
}
