package vn.lienlac.directory.rest;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.lienlac.chat.ChatIdentities;
import vn.lienlac.directory.Profiles;

/**
 * Who the signed-in person is in the directory, now: their name, chat participants, children and staff positions
 * with the classes they teach (docs/api.md, "Who am I"). Any person may ask about themself; the admin token and a
 * school portal's key are no person (403). Unlike {@code /api/v1/auth/me}, which repeats the token, this reads the
 * directory.
 */
@Path("/api/v1/directory/me")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Directory: people", description = "Students and guardians across schools")
public class ProfileResource {

    private final ChatIdentities identities;
    private final Profiles profiles;
    private final SecurityIdentity identity;

    public ProfileResource(ChatIdentities identities, Profiles profiles, SecurityIdentity identity) {
        this.identities = identities;
        this.profiles = profiles;
        this.identity = identity;
    }

    @GET
    @Operation(summary = "The signed-in person: name, chat participants, children, staff positions and classes")
    public Uni<ProfileResponse> me() {
        return identities.of(identity).chain(me -> profiles.of(me.person().phone(), me.person().staffCode())
                .map(profile -> ProfileResponse.from(me.participants(), profile)));
    }
}
