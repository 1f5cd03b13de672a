package vn.lienlac.directory.sync.engine;

/** The outcome of diffing one import against the directory: writes to make (kind-specific) and their log. */
public interface SyncPlan {

    ChangeLog log();

    /** Ids of the rows the plan refers to, seeded with the existing ones; the writer adds the new ones. */
    KeyIds ids();
}
