package vn.lienlac.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class MasksTest {

    @Test
    void e164PhoneShowsTheNationalPrefixAndLastThreeDigits() {
        assertEquals("0912***678", Masks.phone("+84912345678"));
    }

    @Test
    void everyCommonSpellingOfOneNumberMasksTheSame() {
        for (String spelling : new String[] {"0912345678", "0912 345 678", "84912345678", "0084912345678",
                "(+84) 912.345.678"}) {
            assertEquals("0912***678", Masks.phone(spelling), spelling);
        }
    }

    @Test
    void tooShortToMaskHidesEverything() {
        assertEquals("***", Masks.phone("1234567"));
    }

    @Test
    void noPhoneStaysNull() {
        assertNull(Masks.phone(null));
    }
}
