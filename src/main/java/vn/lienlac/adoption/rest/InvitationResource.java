package vn.lienlac.adoption.rest;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import vn.lienlac.adoption.invitations.Campaign;
import vn.lienlac.adoption.invitations.CampaignResult;
import vn.lienlac.adoption.invitations.Invitations;
import vn.lienlac.identity.AccessPolicy;

/**
 * Invitation campaigns (docs/adoption.md, "Invitations"): a school's principal, vice principals, district officers
 * or the admin invite its not-activated list; a class's homeroom teacher (or those above) invites its guardians.
 */
@Path("/api/v1/adoption")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Adoption")
public class InvitationResource {

    private final Invitations invitations;
    private final AccessPolicy policy;
    private final SecurityIdentity identity;

    public InvitationResource(Invitations invitations, AccessPolicy policy, SecurityIdentity identity) {
        this.invitations = invitations;
        this.policy = policy;
        this.identity = identity;
    }

    @POST
    @Path("/schools/{code}/invitations")
    @Operation(summary = "Invite everyone on the school's not-activated list (staff and guardians) not invited within "
            + "the spacing: Zalo first, then SMS, with a short link to sign in")
    public Uni<RestResponse<CampaignResult>> inviteSchool(@PathParam("code") String code) {
        return policy.requireSchoolInvitations(code)
                .chain(() -> invitations.inviteSchool(code, caller()))
                .onItem().ifNull().failWith(NotFound.school(code))
                .map(InvitationResource::created);
    }

    @POST
    @Path("/classes/{classId}/invitations")
    @Operation(summary = "Invite the class's guardians who have not activated and were not invited within the spacing")
    public Uni<RestResponse<CampaignResult>> inviteClass(@PathParam("classId") long classId) {
        return invitations.schoolOfClass(classId)
                .onItem().ifNull().failWith(NotFound.classOnly(classId))
                .chain(code -> policy.requireClassInvitations(code, classId)
                        .chain(() -> invitations.inviteClass(code, classId, caller()))
                        .onItem().ifNull().failWith(NotFound.classOnly(classId)))
                .map(InvitationResource::created);
    }

    @GET
    @Path("/campaigns/{id}")
    @Operation(summary = "An invitation campaign: its counts and each invitation with its outbox attempts and states")
    public Uni<Campaign> campaign(@PathParam("id") long id) {
        return invitations.campaign(id)
                .onItem().ifNull().failWith(NotFound.campaign(id))
                .chain(campaign -> (campaign.classId() == null ? policy.requireSchoolInvitations(campaign.schoolCode())
                        : policy.requireClassInvitations(campaign.schoolCode(), campaign.classId()))
                        .replaceWith(campaign));
    }

    private String caller() {
        return identity.getPrincipal().getName();
    }

    private static RestResponse<CampaignResult> created(CampaignResult result) {
        return RestResponse.ResponseBuilder.create(RestResponse.Status.CREATED, result)
                .location(URI.create("/api/v1/adoption/campaigns/" + result.campaignId())).build();
    }
}
