package vn.lienlac.directory.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class InterimSearchKeyTest {

    @Test
    void dropsCaseAndDiacritics() {
        assertEquals("nguyen van an", InterimSearchKey.of("NGUYỄN văn An"));
    }

    @Test
    void turnsDStrokeIntoD() {
        assertEquals("dang thuy duong", InterimSearchKey.of("Đặng Thùy Dương"));
    }

    @Test
    void decomposedAndComposedTextGiveTheSameKey() {
        String composed = "Trường Tiểu học Lê Quý Đôn";
        assertEquals(InterimSearchKey.of(composed),
                InterimSearchKey.of(Normalizer.normalize(composed, Normalizer.Form.NFD)));
    }

    @Test
    void collapsesEveryKindOfSpaceAndDropsInvisibleCharacters() {
        assertEquals("le thi hoa", InterimSearchKey.of("  Lê\tThị\u00A0\u00A0Ho\u200Ba "));
    }

    @Test
    void searchTermEscapesLikeWildcards() {
        assertEquals("%50\\% \\_a%", SearchTerm.of("50% _A", null).namePattern());
    }
}
