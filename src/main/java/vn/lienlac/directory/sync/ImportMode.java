package vn.lienlac.directory.sync;

/** What an import means for records it does not mention. */
public enum ImportMode {
    /** The import is the whole school: people and memberships missing from it are deactivated (never deleted). */
    SNAPSHOT,
    /** Only the records listed are created or updated; nothing is deactivated. */
    DELTA
}
