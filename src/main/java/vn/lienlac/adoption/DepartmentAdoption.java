package vn.lienlac.adoption;

import java.time.Instant;
import java.util.List;

/**
 * A department's figures now, with one entry per district office (counted over the district) and one per active
 * school. A guardian with children in two districts is one guardian of each district and one of the department.
 */
public record DepartmentAdoption(String code, String name, Instant asOf, Figures figures,
        List<DistrictFigures> districts, List<SchoolFigures> schools) {
}
