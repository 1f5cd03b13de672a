package vn.lienlac.adoption.rest;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.lienlac.adoption.AdoptionFigures;
import vn.lienlac.adoption.AdoptionFollowUp;
import vn.lienlac.adoption.NotActivated;
import vn.lienlac.adoption.AreaAdoption;
import vn.lienlac.adoption.SchoolAdoption;
import vn.lienlac.identity.AccessPolicy;
import vn.lienlac.identity.Roles;

/**
 * Live adoption figures and follow-up lists (docs/adoption.md): a school's for its principal and vice principals, a
 * class's follow-up list also for its homeroom teacher, a district's for its officers, a department's for admins
 * (docs/access.md).
 */
@Path("/api/v1/adoption")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Adoption", description = "Who has activated: figures per school, class, district; lists; history")
public class AdoptionResource {

    private final AdoptionFigures figures;
    private final AdoptionFollowUp followUp;
    private final AccessPolicy policy;

    public AdoptionResource(AdoptionFigures figures, AdoptionFollowUp followUp, AccessPolicy policy) {
        this.figures = figures;
        this.followUp = followUp;
        this.policy = policy;
    }

    @GET
    @Path("/schools/{code}")
    @Operation(summary = "A school's activation figures now, and its classes' of the current school year")
    public Uni<SchoolAdoption> school(@PathParam("code") String code) {
        return policy.requireSchoolManagement(code)
                .chain(() -> figures.school(code))
                .onItem().ifNull().failWith(NotFound.school(code));
    }

    @GET
    @Path("/schools/{code}/not-activated")
    @Operation(summary = "Staff and guardians of a school who have not activated yet, with phone numbers")
    public Uni<NotActivated> notActivated(@PathParam("code") String code) {
        return policy.requireSchoolManagement(code)
                .chain(() -> followUp.school(code))
                .onItem().ifNull().failWith(NotFound.school(code));
    }

    @GET
    @Path("/schools/{code}/classes/{classId}/not-activated")
    @Operation(summary = "A class's teachers and guardians who have not activated yet (also for its homeroom teacher)")
    public Uni<NotActivated> classNotActivated(@PathParam("code") String code, @PathParam("classId") long classId) {
        return policy.requireHomeroomClass(code, classId)
                .chain(() -> followUp.schoolClass(code, classId))
                .onItem().ifNull().failWith(NotFound.schoolClass(code, classId));
    }

    @GET
    @Path("/districts/{code}")
    @Operation(summary = "A district's activation figures now, and each of its schools'")
    public Uni<AreaAdoption> district(@PathParam("code") String code) {
        return policy.requireDistrict(code)
                .chain(() -> figures.district(code))
                .onItem().ifNull().failWith(NotFound.district(code));
    }

    @GET
    @RolesAllowed(Roles.ADMIN)
    @Path("/departments/{code}")
    @Operation(summary = "A department's activation figures now (all its districts), and each school's")
    public Uni<AreaAdoption> department(@PathParam("code") String code) {
        return figures.department(code).onItem().ifNull().failWith(NotFound.department(code));
    }
}
