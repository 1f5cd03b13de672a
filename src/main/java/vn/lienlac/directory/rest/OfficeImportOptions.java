package vn.lienlac.directory.rest;

import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The options of an import of a district office's own staff: those of every import, and the office. */
public class OfficeImportOptions extends ImportOptions {

    @PathParam("districtCode")
    @Parameter(description = "District office code (mã Phòng GDĐT)")
    String districtCode;
}
