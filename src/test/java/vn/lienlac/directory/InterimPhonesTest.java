package vn.lienlac.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InterimPhonesTest {

    @ParameterizedTest
    @ValueSource(strings = {"0912 345 678", "0912.345.678", "0912-345-678", "+84912345678", "+84 912 345 678",
            "84912345678", "0084912345678", " 0912345678 "})
    void commonFormsNormaliseToE164(String written) {
        assertEquals(Optional.of("+84912345678"), InterimPhones.normalise(written));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "12345", "091234567", "09123456789", "+1 415 555 0100", "0012345678", "số điện thoại"})
    void otherTextIsNotAPhoneNumber(String written) {
        assertEquals(Optional.empty(), InterimPhones.normalise(written));
    }

    @Test
    void displaysTheLocalFormGrouped() {
        assertEquals("0912 345 678", InterimPhones.display("+84912345678"));
    }
}
