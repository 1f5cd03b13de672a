package vn.lienlac.adoption;

import java.time.Instant;
import java.util.List;

/**
 * A district's (or a department's) figures now, with one entry per active school. Staff, teachers and students
 * each belong to one school, so the area's figures are the schools' sums; a guardian with children at two schools
 * counts once in the area but once at each school, so the area's guardians are counted again across it.
 */
public record AreaAdoption(String code, String name, Instant asOf, Figures figures, List<SchoolFigures> schools) {
}
