package vn.lienlac.directory.rest;

import io.smallrye.mutiny.Uni;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.lienlac.directory.OrganisationService;
import vn.lienlac.directory.store.OrganisationQueries.DistrictRow;
import vn.lienlac.identity.AccessPolicy;
import vn.lienlac.identity.Roles;

/**
 * Departments, district offices and schools: idempotent upserts by code (admin only), and the lists an operator or
 * a district officer browses (docs/access.md).
 */
@Path("/api/v1/directory")
@Authenticated
@Tag(name = "Directory: organisation", description = "Departments (Sở GDĐT), district offices (Phòng GDĐT), schools")
public class OrganisationResource {

    private static final String BODY_REQUIRED = "Cần nội dung JSON.";

    private final OrganisationService organisation;
    private final AccessPolicy policy;

    public OrganisationResource(OrganisationService organisation, AccessPolicy policy) {
        this.organisation = organisation;
        this.policy = policy;
    }

    @PUT
    @RolesAllowed(Roles.ADMIN)
    @Path("/departments/{code}")
    @Operation(summary = "Create or rename a department")
    public Uni<DepartmentResponse> putDepartment(
            @PathParam("code") @Pattern(regexp = Codes.PATTERN, message = Codes.MESSAGE) String code,
            @Valid @NotNull(message = BODY_REQUIRED) DepartmentRequest request) {
        return organisation.putDepartment(code, request.name()).map(DepartmentResponse::from);
    }

    @PUT
    @RolesAllowed(Roles.ADMIN)
    @Path("/districts/{code}")
    @Operation(summary = "Create or update a district office under an existing department")
    public Uni<DistrictResponse> putDistrict(
            @PathParam("code") @Pattern(regexp = Codes.PATTERN, message = Codes.MESSAGE) String code,
            @Valid @NotNull(message = BODY_REQUIRED) DistrictRequest request) {
        return organisation.putDistrict(code, request.name(), request.departmentCode())
                .onItem().ifNull().failWith(NotFound.department(request.departmentCode()))
                .map(DistrictResponse::from);
    }

    @PUT
    @RolesAllowed(Roles.ADMIN)
    @Path("/schools/{code}")
    @Operation(summary = "Create or update a school under an existing district office")
    public Uni<SchoolResponse> putSchool(
            @PathParam("code") @Pattern(regexp = Codes.PATTERN, message = Codes.MESSAGE) String code,
            @Valid @NotNull(message = BODY_REQUIRED) SchoolRequest request) {
        return organisation.putSchool(code, request.name(), request.schoolLevel(), request.districtCode())
                .onItem().ifNull().failWith(NotFound.district(request.districtCode()))
                .map(SchoolResponse::from);
    }

    @GET
    @Path("/districts")
    @Operation(summary = "List district offices with their department and number of schools "
            + "(a district officer: their own)")
    public Uni<List<DistrictResponse>> districts() {
        return policy.visibleDistricts().chain(visible -> organisation.districts()
                .map(rows -> visible.filter(rows, DistrictRow::code).stream().map(DistrictResponse::from).toList()));
    }

    @GET
    @Path("/districts/{code}/schools")
    @Operation(summary = "List the schools of a district office")
    public Uni<List<SchoolResponse>> schoolsOfDistrict(@PathParam("code") String code) {
        return policy.requireDistrict(code)
                .chain(() -> organisation.schoolsOf(code))
                .onItem().ifNull().failWith(NotFound.district(code))
                .map(rows -> rows.stream().map(SchoolResponse::from).toList());
    }
}
