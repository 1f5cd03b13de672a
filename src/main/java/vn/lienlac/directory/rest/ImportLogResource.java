package vn.lienlac.directory.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.lienlac.directory.sync.ImportLog;
import vn.lienlac.directory.sync.ImportSummary;
import vn.lienlac.identity.Roles;
import vn.lienlac.platform.error.ApiException;

/** Who imported what, when, with which file: every applied or rejected import is listed here. */
@Path("/api/v1/directory")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Directory imports")
public class ImportLogResource {

    static final int MAX_LIMIT = 500;
    private final ImportLog log;

    public ImportLogResource(ImportLog log) {
        this.log = log;
    }

    @GET
    @Path("/schools/{schoolCode}/imports")
    @Operation(summary = "List a school's imports, newest first")
    public Uni<List<ImportSummary>> list(@PathParam("schoolCode") String schoolCode,
            @QueryParam("limit") @DefaultValue("50") int limit) {
        return log.listForSchool(schoolCode, Math.max(1, Math.min(limit, MAX_LIMIT)));
    }

    @GET
    @Path("/imports/{id}")
    @Operation(summary = "One import: who, when, file hash, mode, counts and errors")
    public Uni<ImportSummary> find(@PathParam("id") UUID id) {
        return log.find(id).onItem().ifNull().failWith(() -> ApiException.notFound("Không tìm thấy lần nhập " + id));
    }
}
