package vn.lienlac.directory.rest;

import io.smallrye.mutiny.Uni;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.lienlac.directory.DirectoryQueries;
import vn.lienlac.directory.GuardianDetail;
import vn.lienlac.directory.store.GuardianQueries.ChildRow;
import vn.lienlac.directory.text.PhoneNumbers;
import vn.lienlac.identity.AccessPolicy;
import vn.lienlac.platform.error.ApiException;

/**
 * A student by code and a guardian by phone number, across schools. Callers who may not see a student or guardian
 * get the same 404 as for one that does not exist, so that no one learns who is in the directory (docs/access.md).
 */
@Path("/api/v1/directory")
@Authenticated
@Tag(name = "Directory: people", description = "Students and guardians across schools")
public class PeopleResource {

    private final DirectoryQueries directory;
    private final AccessPolicy policy;

    public PeopleResource(DirectoryQueries directory, AccessPolicy policy) {
        this.directory = directory;
        this.policy = policy;
    }

    @GET
    @Path("/students/{studentCode}")
    @Operation(summary = "A student with their school, class history and guardians")
    public Uni<StudentDetailResponse> student(@PathParam("studentCode") String studentCode) {
        return policy.requireStudent(studentCode, NotFound.student(studentCode))
                .chain(() -> directory.student(studentCode))
                .onItem().ifNull().failWith(NotFound.student(studentCode))
                .map(StudentDetailResponse::from);
    }

    @GET
    @Path("/guardians/{phone}")
    @Operation(summary = "A guardian by mobile number in any common form (0912 345 678, +84912345678, 84912345678), "
            + "with the children the caller may see")
    public Uni<GuardianResponse> guardian(@PathParam("phone") String phone) {
        String e164 = PhoneNumbers.normalise(phone).orElseThrow(() -> ApiException.badRequest(
                "Số điện thoại không hợp lệ; hãy nhập số di động Việt Nam, ví dụ 0912 345 678."));
        var notFound = NotFound.guardian(PhoneNumbers.display(e164));
        return policy.requireGuardian(e164, notFound)
                .chain(children -> directory.guardian(e164)
                        .onItem().ifNull().failWith(notFound)
                        .map(detail -> new GuardianDetail(detail.guardian(),
                                children.filter(detail.children(), ChildRow::studentCode))))
                .map(GuardianResponse::from);
    }
}
