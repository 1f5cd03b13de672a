package vn.lienlac.chat.rest;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.lienlac.chat.ChatIdentities;
import vn.lienlac.directory.Participant;
import vn.lienlac.chat.conversations.ConversationSummary;
import vn.lienlac.chat.conversations.CustomGroups;
import vn.lienlac.chat.conversations.CustomGroupMembers;
import vn.lienlac.chat.conversations.Participants;

/** Custom groups: staff create them; their owner adds and removes members; members may leave (docs/chat-rest.md). */
@Path("/api/v1/chat/groups")
@Authenticated
@Tag(name = "Chat")
public class GroupResource {

    private final ChatIdentities identities;
    private final SecurityIdentity identity;
    private final CustomGroups groups;
    private final CustomGroupMembers members;

    public GroupResource(ChatIdentities identities, SecurityIdentity identity, CustomGroups groups,
            CustomGroupMembers members) {
        this.identities = identities;
        this.identity = identity;
        this.groups = groups;
        this.members = members;
    }

    @POST
    @Operation(summary = "Create a custom group (staff only) with people I may message directly; I become its owner")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = ConversationSummary.class)))
    public Uni<Response> create(GroupRequest request) {
        GroupRequest body = request == null ? new GroupRequest(null, null) : request;
        return identities.of(identity).chain(caller -> groups.create(caller, body.title(), body.members()))
                .map(group -> Response.status(Response.Status.CREATED).entity(group).build());
    }

    @POST
    @Path("/{id}/members")
    @Operation(summary = "Add members (owner only)")
    public Uni<MembersAdded> add(@PathParam("id") String id, MembersRequest request) {
        long groupId = ConversationIds.parse(id);
        return identities.of(identity)
                .chain(caller -> members.add(caller, groupId, request == null ? null : request.members()))
                .map(MembersAdded::new);
    }

    @DELETE
    @Path("/{id}/members/{participant}")
    @Operation(summary = "Remove a member (owner), or leave (a member removing themselves)")
    public Uni<Void> remove(@PathParam("id") String id, @PathParam("participant") String participant) {
        long groupId = ConversationIds.parse(id);
        Participant member = Participants.parse(participant);
        return identities.of(identity).chain(caller -> members.remove(caller, groupId, member));
    }
}
