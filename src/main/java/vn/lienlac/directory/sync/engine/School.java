package vn.lienlac.directory.sync.engine;

/** The school an import is for. */
public record School(long id, String code, long districtOfficeId) {
}
