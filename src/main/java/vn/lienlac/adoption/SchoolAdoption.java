package vn.lienlac.adoption;

import java.time.Instant;
import java.util.List;

/**
 * A school's figures now, with one entry per class of the current school year.
 *
 * @param invitations its guardians and staff invited by its campaigns, and activated after (docs/adoption.md)
 */
public record SchoolAdoption(String code, String name, String districtCode, String schoolYear, Instant asOf,
        Figures figures, List<ClassFigures> classes, InvitationFigures invitations) {
}
