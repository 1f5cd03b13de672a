package vn.lienlac.directives.rest;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.lienlac.directives.Actors;
import vn.lienlac.directives.scheduled.ScheduledDirective;
import vn.lienlac.directives.scheduled.ScheduledDirectives;

/** The caller's scheduled directives, and cancelling one before it goes (docs/directives.md, "Scheduled sends"). */
@Path("/api/v1/directives/scheduled")
@Authenticated
@Tag(name = "Directives")
public class ScheduledDirectiveResource {

    private final SecurityIdentity identity;
    private final Actors actors;
    private final ScheduledDirectives scheduled;

    public ScheduledDirectiveResource(SecurityIdentity identity, Actors actors, ScheduledDirectives scheduled) {
        this.identity = identity;
        this.actors = actors;
        this.scheduled = scheduled;
    }

    @GET
    @Operation(summary = "My scheduled directives, latest time first (scheduled, sent, cancelled, failed)")
    public Uni<List<ScheduledDirective>> mine() {
        return Uni.createFrom().item(() -> actors.person(identity)).chain(scheduled::mine);
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Cancel my scheduled directive before it goes (409 once it went)")
    public Uni<ScheduledDirective> cancel(@PathParam("id") String id) {
        long scheduledId = DirectiveIds.parse(id);
        return Uni.createFrom().item(() -> actors.person(identity))
                .chain(person -> scheduled.cancel(person, scheduledId));
    }
}
