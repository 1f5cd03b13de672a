package vn.lienlac.directory.rest;

/** Validation patterns and messages shared by the directory's requests and path parameters. */
final class Codes {

    /** Codes of the sector database: letters without diacritics, digits, {@code . _ -}; up to 64 characters. */
    static final String PATTERN = "[A-Za-z0-9][A-Za-z0-9._-]{0,63}";
    static final String MESSAGE =
            "Mã chỉ gồm chữ cái không dấu, chữ số, dấu chấm, gạch dưới hoặc gạch ngang (tối đa 64 ký tự).";

    static final int NAME_MAX = 200;
    static final String NAME_BLANK = "Tên không được để trống.";
    static final String NAME_TOO_LONG = "Tên dài tối đa 200 ký tự.";

    private Codes() {
    }
}
