package vn.lienlac.directory.importing.table;

/** Receives the rows of a file in order, as a {@link TableSource} reads them. */
@FunctionalInterface
public interface RowSink {

    void accept(SheetRow row);
}
