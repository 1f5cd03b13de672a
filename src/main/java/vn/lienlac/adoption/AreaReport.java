package vn.lienlac.adoption;

import java.time.LocalDate;
import java.util.List;

/**
 * A district's (or department's) deployment-progress report now: the Vietnamese text, the area's figures and each
 * school's, for an office's answer to the office above.
 */
public record AreaReport(String code, String name, LocalDate asOf, String title, String text, Figures figures,
        List<SchoolFigures> schools) {
}
