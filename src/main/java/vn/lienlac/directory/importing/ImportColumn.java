package vn.lienlac.directory.importing;

import java.util.List;

/**
 * One column of an import: how a file names it (the documented header and accepted aliases, compared with
 * {@link vn.lienlac.directory.text.VietnameseText#headerKey}), whether it is required, and its JSON field name.
 */
public interface ImportColumn {

    /** The documented header, as in the template and in {@code docs/import.md}. */
    String header();

    /** Other headers accepted for this column. */
    List<String> aliases();

    /** Whether a file without this column is rejected. */
    boolean required();

    /** The field name in a JSON push ({@link StudentRow}, {@link StaffRow}). */
    String jsonField();
}
