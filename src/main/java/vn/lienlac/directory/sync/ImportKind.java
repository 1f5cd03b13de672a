package vn.lienlac.directory.sync;

public enum ImportKind {
    STUDENTS,
    STAFF
}
