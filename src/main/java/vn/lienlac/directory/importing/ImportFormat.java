package vn.lienlac.directory.importing;

/** How an import arrived: a sector database export file, or records pushed by a school portal. */
public enum ImportFormat {
    XLSX,
    CSV,
    JSON
}
