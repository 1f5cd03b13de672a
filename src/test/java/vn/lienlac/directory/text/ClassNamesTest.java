package vn.lienlac.directory.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ClassNamesTest {

    @ParameterizedTest
    @ValueSource(strings = {"6A1", "6a1", "6 A1", " 6 a 1 ", "Lớp 6A1", "lop 6a1", "LỚP 6A1", "Lớp6a1"})
    void gradeClassNamesHaveOneSpelling(String written) {
        assertEquals("6A1", ClassNames.normalise(written));
    }

    @Test
    void preschoolGroupsKeepTheirCase() {
        assertEquals("Lá 1", ClassNames.normalise("  Lá   1 "));
        assertEquals("Mầm 2", ClassNames.normalise("Lớp Mầm 2"));
    }

    @Test
    void aClassCalledOnlyLopIsKept() {
        assertEquals("Lớp", ClassNames.normalise("Lớp"));
    }

    @Test
    void blankIsNull() {
        assertNull(ClassNames.normalise(" "));
    }
}
