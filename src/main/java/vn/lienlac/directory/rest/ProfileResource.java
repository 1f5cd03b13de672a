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
import vn.lienlac.directory.Profiles;
import vn.lienlac.identity.AccessPolicy;
import vn.lienlac.identity.SignedInPerson;

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

    private final AccessPolicy policy;
    private final Profiles profiles;
    private final SecurityIdentity identity;

    public ProfileResource(AccessPolicy policy, Profiles profiles, SecurityIdentity identity) {
        this.policy = policy;
        this.profiles = profiles;
        this.identity = identity;
    }

    @GET
    @Operation(summary = "The signed-in person: name, chat participants, children, staff positions and classes")
    public Uni<ProfileResponse> me() {
        SignedInPerson person;
        try {
            person = policy.requirePerson(identity);
        } catch (RuntimeException e) {
            return Uni.createFrom().failure(e);
        }
        return profiles.of(person.phone(), person.staffCode()).map(ProfileResponse::from);
    }
}
