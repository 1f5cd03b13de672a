package vn.lienlac.adoption;

/** One school's adoption figures. */
public record SchoolFigures(String code, String name, Figures figures) {
}
