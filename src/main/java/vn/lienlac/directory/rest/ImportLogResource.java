package vn.lienlac.directory.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.lienlac.directory.sync.ImportLog;
import vn.lienlac.directory.sync.ImportSummary;
import vn.lienlac.identity.Roles;
import vn.lienlac.platform.error.ApiException;

/** One recorded import by id (a school's list is under the school's imports path). */
@Path("/api/v1/directory/imports")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Directory imports")
public class ImportLogResource {

    private final ImportLog log;

    public ImportLogResource(ImportLog log) {
        this.log = log;
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One import: who, when, file hash, mode, counts and errors")
    public Uni<ImportSummary> find(@PathParam("id") UUID id) {
        return log.find(id).onItem().ifNull().failWith(() -> ApiException.notFound("Không tìm thấy lần nhập " + id));
    }
}
