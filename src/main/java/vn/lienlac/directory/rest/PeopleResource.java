package vn.lienlac.directory.rest;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.lienlac.directory.DirectoryQueries;
import vn.lienlac.directory.text.PhoneNumbers;
import vn.lienlac.identity.Roles;
import vn.lienlac.platform.error.ApiException;

/** A student by code and a guardian by phone number, across schools. */
@Path("/api/v1/directory")
@RolesAllowed(Roles.ADMIN)
@Tag(name = "Directory: people", description = "Students and guardians across schools")
public class PeopleResource {

    private final DirectoryQueries directory;

    public PeopleResource(DirectoryQueries directory) {
        this.directory = directory;
    }

    @GET
    @Path("/students/{studentCode}")
    @Operation(summary = "A student with their school, class history and guardians")
    public Uni<StudentDetailResponse> student(@PathParam("studentCode") String studentCode) {
        return directory.student(studentCode)
                .onItem().ifNull().failWith(NotFound.student(studentCode))
                .map(StudentDetailResponse::from);
    }

    @GET
    @Path("/guardians/{phone}")
    @Operation(summary = "A guardian by mobile number in any common form (0912 345 678, +84912345678, 84912345678)")
    public Uni<GuardianResponse> guardian(@PathParam("phone") String phone) {
        String e164 = PhoneNumbers.normalise(phone).orElseThrow(() -> ApiException.badRequest(
                "Số điện thoại không hợp lệ; hãy nhập số di động Việt Nam, ví dụ 0912 345 678."));
        return directory.guardian(e164)
                .onItem().ifNull().failWith(NotFound.guardian(PhoneNumbers.display(e164)))
                .map(GuardianResponse::from);
    }
}
