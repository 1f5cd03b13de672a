package vn.lienlac.identity.otp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OtpPhonesTest {

    @Test
    void vietnameseNumbersGetTheirTrunkZeroBack() {
        assertEquals("0912345678", OtpPhones.national("+84912345678"));
    }

    @Test
    void otherCountriesKeepTheirDigits() {
        assertEquals("6591234567", OtpPhones.national("+6591234567"));
    }

    @Test
    void logsShowOnlyTheEndsOfTheNumber() {
        assertEquals("0912 *** 678", OtpPhones.masked("+84912345678"));
    }

    @Test
    void onlyE164IsAccepted() {
        assertTrue(OtpPhones.isE164("+84912345678"));
        assertFalse(OtpPhones.isE164("0912345678"));
        assertFalse(OtpPhones.isE164("+84 912 345 678"));
        assertFalse(OtpPhones.isE164(null));
    }
}
