package vn.lienlac.directory.sync;

/** What became of an import. */
public enum ImportStatus {
    /** The changes were written in one transaction. */
    APPLIED,
    /** The changes were computed and reported, and nothing was written. */
    DRY_RUN,
    /** The import had invalid rows and was not applied; only the attempt and its errors were recorded. */
    REJECTED
}
