package vn.lienlac.directory.rest;

import java.util.List;
import vn.lienlac.directory.importing.StaffRow;

/** A school portal's push of staff records; each item has the same fields and rules as a file row. */
public record StaffImportBody(List<StaffRow> staff) {
}
