package vn.lienlac.directory.rest;

import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The options of an import of a department's own staff: those of every import, and the department. */
public class DepartmentImportOptions extends ImportOptions {

    @PathParam("departmentCode")
    @Parameter(description = "Department code (mã Sở GDĐT)")
    String departmentCode;
}
