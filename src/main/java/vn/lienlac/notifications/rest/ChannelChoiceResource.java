package vn.lienlac.notifications.rest;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.lienlac.notifications.policy.Preferences;

/** The caller's own choice of channels for non-urgent items (guardians and staff, for themselves). */
@Path("/api/v1/notifications/preferences")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Notifications")
public class ChannelChoiceResource {

    /** {@code PUT}: both choices, e.g. {"push": true, "paid": false}. */
    public record ChoiceRequest(
            @NotNull(message = "Cần cho biết có nhận thông báo đẩy hay không (push).") Boolean push,
            @NotNull(message = "Cần cho biết có nhận tin Zalo/SMS hay không (paid).") Boolean paid) {
    }

    private final Preferences preferences;
    private final SecurityIdentity identity;

    public ChannelChoiceResource(Preferences preferences, SecurityIdentity identity) {
        this.preferences = preferences;
        this.identity = identity;
    }

    @GET
    @Operation(summary = "Whether the caller gets push and Zalo/SMS for non-urgent items")
    public Uni<Preferences.Choice> get() {
        return preferences.get(identity);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Turn push and/or Zalo/SMS off (or on) for non-urgent items; urgent items always go")
    public Uni<Preferences.Choice> put(@Valid @NotNull(message = "Cần nội dung JSON.") ChoiceRequest request) {
        return preferences.set(identity, new Preferences.Choice(request.push(), request.paid()));
    }
}
