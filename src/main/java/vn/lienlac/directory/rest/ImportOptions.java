package vn.lienlac.directory.rest;

import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Query parameters shared by every import endpoint. */
public class ImportOptions {

    @PathParam("schoolCode")
    @Parameter(description = "Sector school code (mã trường)")
    String schoolCode;

    @QueryParam("mode")
    @Parameter(description = "snapshot: the import is the whole school and what it omits is deactivated; "
            + "delta: only the listed records change. Required: there is no default, on purpose.")
    String mode;

    @QueryParam("dryRun")
    @DefaultValue("false")
    @Parameter(description = "Return the full diff and write nothing")
    boolean dryRun;

    @QueryParam("skipInvalid")
    @DefaultValue("false")
    @Parameter(description = "Apply the valid rows and report the invalid ones instead of rejecting the whole import")
    boolean skipInvalid;

    @QueryParam("schoolYear")
    @Parameter(description = "School year of the classes named in the import, e.g. 2026-2027; default: the current one")
    String schoolYear;

    @QueryParam("fileName")
    @Parameter(description = "Original file name, recorded in the import log (multipart uploads carry their own)")
    String fileName;
}
