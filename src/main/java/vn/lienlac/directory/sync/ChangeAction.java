package vn.lienlac.directory.sync;

/** What an import does to one directory record. Records are never deleted, only deactivated. */
public enum ChangeAction {
    CREATED,
    UPDATED,
    DEACTIVATED,
    /** A deactivated record became active again (possibly with other fields changed too). */
    REACTIVATED
}
