package vn.lienlac.web.inbox;

import io.quarkus.test.junit.QuarkusMock;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import vn.lienlac.identity.otp.OtpSender;
import vn.lienlac.web.BrowserJourney;
import vn.lienlac.web.WebCodes;

/** A parent's journeys: a new family per test ({@link FamilyScene}) and the sign-in codes the server would send. */
abstract class ParentJourney extends BrowserJourney {

    @Inject
    FamilyScene scenes;

    WebCodes codes;

    @BeforeEach
    void otp() {
        codes = new WebCodes();
        QuarkusMock.installMockForType(codes, OtpSender.class);
    }
}
