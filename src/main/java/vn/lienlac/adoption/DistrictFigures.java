package vn.lienlac.adoption;

/** One district office's figures in its department's: a guardian with children at two of its schools counted once. */
public record DistrictFigures(String code, String name, Figures figures) {
}
