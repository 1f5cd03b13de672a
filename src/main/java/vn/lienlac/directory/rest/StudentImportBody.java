package vn.lienlac.directory.rest;

import java.util.List;
import vn.lienlac.directory.importing.StudentRow;

/** A school portal's push of student records; each item has the same fields and rules as a file row. */
public record StudentImportBody(List<StudentRow> students) {
}
