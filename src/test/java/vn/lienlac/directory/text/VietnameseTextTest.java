package vn.lienlac.directory.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class VietnameseTextTest {

    @Test
    void decomposedTextIsStoredComposed() {
        String decomposed = Normalizer.normalize("Nguyễn Thị Ánh", Normalizer.Form.NFD);

        String stored = VietnameseText.nfc(decomposed);

        assertEquals("Nguyễn Thị Ánh", stored);
        assertEquals(14, stored.length());
    }

    @Test
    void bidiControlsInvisibleCharactersAndLoneSurrogatesAreRemoved() {
        assertEquals("Nguyễn Văn An", VietnameseText.nfc("\u202BNguyễn\u200E Văn \u202EAn\u202C\u2060\uD800"));
        assertEquals(null, VietnameseText.nfc("\u200B\u202E\u3164"));
    }

    @Test
    void spacesIncludingNonBreakingOnesAreTrimmedAndCollapsed() {
        assertEquals("Trần Văn Bình", VietnameseText.nfc("  Trần\u00A0\u00A0Văn \t Bình\u200B "));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\u00A0\u00A0", "\uFEFF"})
    void blankTextIsNull(String blank) {
        assertNull(VietnameseText.nfc(blank));
    }

    @Test
    void searchKeyIgnoresDiacriticsCaseAndSpacing() {
        assertEquals("nguyen van an", VietnameseText.searchKey("  Nguyễn   Văn An"));
        assertEquals(VietnameseText.searchKey("nguyen van an"), VietnameseText.searchKey("NGUYỄN VĂN AN"));
    }

    @Test
    void searchKeyFoldsDToD() {
        assertEquals("dang duc dung", VietnameseText.searchKey("Đặng Đức Dũng"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"SĐT cha", "sdt  CHA", "Sdt_cha", "S.Đ.T Cha", "SDT-CHA"})
    void headerKeyMatchesSpellingsOfOneHeader(String header) {
        assertEquals("sdtcha", VietnameseText.headerKey(header));
    }
}
