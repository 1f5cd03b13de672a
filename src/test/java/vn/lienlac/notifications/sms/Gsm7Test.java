package vn.lienlac.notifications.sms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The transliteration table of docs/notifications.md ("Transliteration"). */
class Gsm7Test {

    @Test
    void nameLosesItsMarks() {
        assertEquals("Nguyen Thi Anh", Gsm7.transliterate("Nguyễn Thị Ánh"));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "aàáảãạăằắẳẵặâầấẩẫậ, aaaaaaaaaaaaaaaaaa",
            "AÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬ, AAAAAAAAAAAAAAAAAA",
            "eèéẻẽẹêềếểễệ, eeeeeeeeeeee",
            "EÈÉẺẼẸÊỀẾỂỄỆ, EEEEEEEEEEEE",
            "iìíỉĩị, iiiiii",
            "IÌÍỈĨỊ, IIIIII",
            "oòóỏõọôồốổỗộơờớởỡợ, oooooooooooooooooo",
            "OÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢ, OOOOOOOOOOOOOOOOOO",
            "uùúủũụưừứửữự, uuuuuuuuuuuu",
            "UÙÚỦŨỤƯỪỨỬỮỰ, UUUUUUUUUUUU",
            "yỳýỷỹỵ, yyyyyy",
            "YỲÝỶỸỴ, YYYYYY",
            "đĐ, dD",
    })
    void everyVietnameseLetterBecomesItsBaseLetter(String vietnamese, String gsm7) {
        assertEquals(gsm7, Gsm7.transliterate(vietnamese));
        assertEquals(gsm7, Gsm7.transliterate(Normalizer.normalize(vietnamese, Normalizer.Form.NFD)));
    }

    @Test
    void decomposedInputGivesTheSameText() {
        String nfd = Normalizer.normalize("Trường Tiểu học Đồng Khởi: con vắng mặt hôm nay", Normalizer.Form.NFD);

        assertEquals("Truong Tieu hoc Dong Khoi: con vang mat hom nay", Gsm7.transliterate(nfd));
    }

    @Test
    void typographyBecomesAsciiAndTheRestAQuestionMark() {
        assertEquals("\"Hop phu huynh\" - 7:30... 'lop 5A' - ok ? ?",
                Gsm7.transliterate("“Họp phụ huynh” – 7:30… ‘lớp 5A’ • ok 😀 漢"));
    }

    @Test
    void gsm7CharactersStayIncludingTheExtensionTable() {
        String gsm = "@£$¥_!#%&()*+,-./:;<=>?¡¿§ {}[]~|^\\€ Δ\nx";

        assertEquals(gsm, Gsm7.transliterate(gsm));
        assertTrue(Gsm7.isGsm7(gsm));
    }

    @Test
    void resultIsAlwaysGsm7() {
        assertTrue(Gsm7.isGsm7(Gsm7.transliterate("Ữ ∑ ✓ Ω ¼ \u00a0 \t ⁂ ß Ç ñ")));
    }
}
