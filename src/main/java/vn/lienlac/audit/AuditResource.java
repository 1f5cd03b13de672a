package vn.lienlac.audit;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.lienlac.identity.Roles;

/** The audit log for admins: sign-ins, failed attempts, token revocations and imports, newest first. */
@Path("/api/v1/audit")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit", description = "Who did what, when, from where, and with what outcome")
public class AuditResource {

    private static final String PAGE_NEGATIVE = "Số trang bắt đầu từ 0.";
    private static final String SIZE_OUT_OF_RANGE = "Mỗi trang có từ 1 đến 200 mục.";

    private final AuditLog log;

    public AuditResource(AuditLog log) {
        this.log = log;
    }

    @GET
    @Operation(summary = "Audit events, newest first; every filter given must match")
    public Uni<AuditPage> query(
            @QueryParam("action") @Parameter(description = "An action (SIGN_IN, IMPORT_APPLIED, ...); repeat the "
                    + "parameter for several") List<String> actions,
            @QueryParam("actor") @Parameter(description = "Exactly this actor (principal name or account id)")
            String actor,
            @QueryParam("schoolCode") @Parameter(description = "Exactly this school code") String schoolCode,
            @QueryParam("from") @Parameter(description = "At or after this ISO 8601 instant, e.g. "
                    + "2026-11-01T00:00:00Z") String from,
            @QueryParam("to") @Parameter(description = "Before this ISO 8601 instant (exclusive)") String to,
            @QueryParam("page") @DefaultValue("0") @Min(value = 0, message = PAGE_NEGATIVE) int page,
            @QueryParam("size") @DefaultValue("50") @Min(value = 1, message = SIZE_OUT_OF_RANGE)
            @Max(value = AuditQuery.MAX_SIZE, message = SIZE_OUT_OF_RANGE) int size) {
        Instant since = AuditParams.instant("from", from);
        Instant until = AuditParams.instant("to", to);
        AuditParams.requireOrdered(since, until);
        return log.query(new AuditQuery(AuditParams.actions(actions), AuditParams.text(actor),
                AuditParams.text(schoolCode), since, until, page, size));
    }
}
