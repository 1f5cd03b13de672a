package vn.lienlac.directory.importing;

import java.util.List;

/**
 * One column of an import: how a file names it (the documented header and accepted aliases, compared with
 * {@link vn.lienlac.directory.text.VietnameseText#headerKey}), whether it is required, and its JSON field name.
 */
public interface ImportColumn {

    /**
     * @param header    the documented header, as in the template and in {@code docs/import.md}
     * @param jsonField the field name in a JSON push ({@link StudentRow}, {@link StaffRow})
     * @param required  whether a file without this column is rejected
     * @param aliases   other headers accepted for this column
     */
    record ColumnSpec(String header, String jsonField, boolean required, List<String> aliases) {
    }

    ColumnSpec spec();

    default String header() {
        return spec().header();
    }

    default List<String> aliases() {
        return spec().aliases();
    }

    default boolean required() {
        return spec().required();
    }

    default String jsonField() {
        return spec().jsonField();
    }
}
