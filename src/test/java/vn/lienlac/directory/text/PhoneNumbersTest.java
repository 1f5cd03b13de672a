package vn.lienlac.directory.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumbersTest {

    @ParameterizedTest
    @ValueSource(strings = {"0912 345 678", "0912345678", "+84912345678", "84-912-345-678", "(+84) 912.345.678",
            "0084 912 345 678", "0912.345.678", "\u00A00912\u00A0345\u00A0678 ", "(091) 234-5678"})
    void everyWrittenFormOfOneMobileNormalisesToTheSameE164(String written) {
        assertEquals(Optional.of("+84912345678"), PhoneNumbers.normalise(written));
    }

    @ParameterizedTest
    @ValueSource(strings = {"912345678", "387654321", "567891234", "701234567", "841234567"})
    void nineDigitsStartingWithAMobilePrefixAreANumberWhoseLeadingZeroExcelDropped(String cell) {
        assertEquals(Optional.of("+84" + cell), PhoneNumbers.normalise(cell));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "024 3825 1234",    // Hà Nội landline
        "0283 822 1234",    // Hồ Chí Minh landline
        "01234567890",      // pre-2018 11-digit mobile
        "0912 345 67",      // too short
        "0912 345 6789",    // too long
        "091234567a",       // letters
        "+1 912 345 678",   // another country
        "+84 0912 345 678", // trunk zero after the country code
        "212345678",        // 9 digits that are no mobile range
        "0612345678",       // 06x is not a mobile range
        "không có"})
    void landlinesOldNumbersAndMalformedTextAreInvalid(String written) {
        assertEquals(Optional.empty(), PhoneNumbers.normalise(written));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\u00A0"})
    void blankIsNotANumber(String blank) {
        assertTrue(PhoneNumbers.normalise(blank).isEmpty());
    }

    @Test
    void displayFormGroupsTheNationalNumberInThrees() {
        assertEquals("0912 345 678", PhoneNumbers.display("+84912345678"));
    }
}
