package vn.lienlac.directory.rest;

import io.smallrye.mutiny.Uni;
import io.quarkus.security.Authenticated;
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
import vn.lienlac.identity.AccessPolicy;
import vn.lienlac.platform.error.ApiException;

/**
 * One recorded import by id (a school's list is under the school's imports path). Callers who manage schools, but
 * not this import's, get the 404 of an unknown id (docs/access.md).
 */
@Path("/api/v1/directory/imports")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Directory imports")
public class ImportLogResource {

    private final ImportLog log;
    private final AccessPolicy policy;

    public ImportLogResource(ImportLog log, AccessPolicy policy) {
        this.log = log;
        this.policy = policy;
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One import: who, when, file hash, mode, counts and errors")
    public Uni<ImportSummary> find(@PathParam("id") UUID id) {
        return policy.requireManagedRecord(() -> log.find(id), ImportSummary::schoolCode,
                found -> found.schoolCode() == null ? found.districtCode() : null,
                () -> ApiException.notFound("Không tìm thấy lần nhập " + id));
    }
}
