package vn.lienlac.chat.rest;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.lienlac.chat.ChatIdentities;
import vn.lienlac.chat.moderation.Block;
import vn.lienlac.chat.moderation.BlockService;

/** A guardian's blocks: a blocked guardian can no longer send them direct messages. Guardians only (else 403). */
@Path("/api/v1/chat")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Chat blocks")
public class BlockResource {

    private final ChatIdentities identities;
    private final BlockService blocks;
    private final SecurityIdentity identity;

    public BlockResource(ChatIdentities identities, BlockService blocks, SecurityIdentity identity) {
        this.identities = identities;
        this.blocks = blocks;
        this.identity = identity;
    }

    @GET
    @Path("/blocks")
    @Operation(summary = "The guardians I blocked")
    public Uni<List<Block>> list() {
        return identities.of(identity).chain(blocks::list);
    }

    @PUT
    @Path("/blocks/{participant}")
    @Operation(summary = "Block another guardian (g:<id>): no more direct messages from them; idempotent")
    public Uni<Void> block(@PathParam("participant") String participant) {
        return identities.of(identity).chain(caller -> blocks.block(caller, participant));
    }

    @DELETE
    @Path("/blocks/{participant}")
    @Operation(summary = "Unblock a guardian; idempotent")
    public Uni<Void> unblock(@PathParam("participant") String participant) {
        return identities.of(identity).chain(caller -> blocks.unblock(caller, participant));
    }
}
