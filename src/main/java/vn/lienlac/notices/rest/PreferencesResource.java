package vn.lienlac.notices.rest;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.lienlac.notices.NoticeKind;
import vn.lienlac.notices.digest.Preferences;

/** The calling guardian's notification mode per category: IMMEDIATE or a daily DIGEST. */
@Path("/api/v1/notices/preferences")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Notices")
public class PreferencesResource {

    private final Preferences preferences;
    private final SecurityIdentity identity;

    public PreferencesResource(Preferences preferences, SecurityIdentity identity) {
        this.preferences = preferences;
        this.identity = identity;
    }

    @GET
    @Operation(summary = "The caller's mode for each category (guardians only)")
    public Uni<Map<NoticeKind, Preferences.Mode>> get() {
        return preferences.get(identity);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Choose IMMEDIATE or DIGEST for some categories, e.g. {\"GRADE\": \"DIGEST\"}")
    public Uni<Map<NoticeKind, Preferences.Mode>> set(Map<NoticeKind, Preferences.Mode> changes) {
        return preferences.set(identity, changes);
    }
}
