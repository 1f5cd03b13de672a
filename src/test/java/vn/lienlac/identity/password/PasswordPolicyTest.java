package vn.lienlac.identity.password;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.Normalizer;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    @Test
    void tenCharactersWithALetterAreEnough() {
        assertEquals(Optional.empty(), PasswordPolicy.problem("truong2026"));
    }

    @Test
    void fewerThanTenCharactersAreTooShort() {
        assertEquals(Optional.of(PasswordPolicy.TOO_SHORT), PasswordPolicy.problem("truong202"));
        assertEquals(Optional.of(PasswordPolicy.TOO_SHORT), PasswordPolicy.problem("          "));
    }

    @Test
    void vietnameseLettersCountAsOneCharacterHoweverTheyAreTyped() {
        String composed = "Mậtkhẩu123";
        String decomposed = Normalizer.normalize(composed, Normalizer.Form.NFD);

        assertEquals(Optional.empty(), PasswordPolicy.problem(composed));
        assertEquals(Optional.empty(), PasswordPolicy.problem(decomposed));
    }

    @Test
    void onlyDigitsAreRefused() {
        assertEquals(Optional.of(PasswordPolicy.ONLY_DIGITS), PasswordPolicy.problem("0912345678"));
    }

    @Test
    void moreThanBcryptsSeventyTwoBytesIsRefused() {
        assertEquals(Optional.empty(), PasswordPolicy.problem("a".repeat(72)));
        assertEquals(Optional.of(PasswordPolicy.TOO_LONG), PasswordPolicy.problem("a".repeat(73)));
        assertEquals(Optional.of(PasswordPolicy.TOO_LONG), PasswordPolicy.problem("ệ".repeat(25)));
    }
}
