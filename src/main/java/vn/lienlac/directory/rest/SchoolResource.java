package vn.lienlac.directory.rest;

import io.smallrye.mutiny.Uni;
import io.quarkus.security.Authenticated;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.lienlac.directory.DirectoryQueries;
import vn.lienlac.identity.AccessPolicy;

/**
 * One school and the people in it. Lists of people are paged; names are searched without regard to diacritics.
 * Who sees what is the access policy's answer (docs/access.md): a teacher's student lists hold their classes only.
 */
@Path("/api/v1/directory")
@Authenticated
@Tag(name = "Directory: schools", description = "A school's classes, students, staff and guardians")
public class SchoolResource {

    static final int MAX_PAGE_SIZE = 200;
    private static final String QUERY_TOO_LONG = "Nội dung tìm kiếm dài tối đa 100 ký tự.";
    private static final String PAGE_NEGATIVE = "Số trang bắt đầu từ 0.";
    private static final String SIZE_OUT_OF_RANGE = "Mỗi trang có từ 1 đến 200 mục.";

    private final DirectoryQueries directory;
    private final AccessPolicy policy;

    public SchoolResource(DirectoryQueries directory, AccessPolicy policy) {
        this.directory = directory;
        this.policy = policy;
    }

    @GET
    @Path("/schools/{code}")
    @Operation(summary = "A school, its district office and its counts of active people and current classes")
    public Uni<SchoolDetailResponse> school(@PathParam("code") String code) {
        return policy.requireSchoolStaffView(code)
                .chain(() -> directory.school(code))
                .onItem().ifNull().failWith(NotFound.school(code))
                .map(SchoolDetailResponse::from);
    }

    @GET
    @Path("/schools/{code}/classes")
    @Operation(summary = "The classes of a school year (default: the current one) with homeroom teacher")
    public Uni<List<ClassResponse>> classes(@PathParam("code") String code,
            @QueryParam("schoolYear") @Pattern(regexp = "[0-9]{4}-[0-9]{4}", message = "Năm học có dạng 2026-2027.")
            String schoolYear) {
        return policy.requireSchoolStaffView(code)
                .chain(() -> directory.classes(code, schoolYear))
                .onItem().ifNull().failWith(NotFound.school(code))
                .map(rows -> rows.stream().map(ClassResponse::from).toList());
    }

    @GET
    @Path("/schools/{code}/students")
    @Operation(summary = "Students by class then name; q matches a name (any case, diacritics optional) or a code")
    public Uni<PageResponse<StudentItem>> students(@PathParam("code") String code,
            @QueryParam("q") @Size(max = 100, message = QUERY_TOO_LONG) String q,
            @QueryParam("className") @Size(max = 20, message = "Tên lớp dài tối đa 20 ký tự.") String className,
            @QueryParam("includeInactive") @DefaultValue("false") boolean includeInactive,
            @QueryParam("page") @DefaultValue("0") @Min(value = 0, message = PAGE_NEGATIVE) int page,
            @QueryParam("size") @DefaultValue("50") @Min(value = 1, message = SIZE_OUT_OF_RANGE)
            @Max(value = MAX_PAGE_SIZE, message = SIZE_OUT_OF_RANGE) int size) {
        String clazz = className == null || className.isBlank() ? null : className.strip();
        return policy.visibleStudentFilter(code)
                .chain(classes -> directory.students(code, q, clazz, includeInactive, classes.filterOrNull(), page,
                        size))
                .onItem().ifNull().failWith(NotFound.school(code))
                .map(found -> PageResponse.from(found, StudentItem::from));
    }

    @GET
    @Path("/schools/{code}/staff")
    @Operation(summary = "Staff by name with their current classes, subjects and homeroom class; "
            + "q matches a name, a staff code or a phone number")
    public Uni<PageResponse<StaffItem>> staff(@PathParam("code") String code,
            @QueryParam("q") @Size(max = 100, message = QUERY_TOO_LONG) String q,
            @QueryParam("includeInactive") @DefaultValue("false") boolean includeInactive,
            @QueryParam("page") @DefaultValue("0") @Min(value = 0, message = PAGE_NEGATIVE) int page,
            @QueryParam("size") @DefaultValue("50") @Min(value = 1, message = SIZE_OUT_OF_RANGE)
            @Max(value = MAX_PAGE_SIZE, message = SIZE_OUT_OF_RANGE) int size) {
        return policy.requireSchoolStaffView(code)
                .chain(() -> directory.staff(code, q, includeInactive, page, size))
                .onItem().ifNull().failWith(NotFound.school(code))
                .map(found -> PageResponse.from(found, StaffItem::from));
    }

    @GET
    @Path("/schools/{code}/search")
    @Operation(summary = "Active students, staff and guardians of the school matching q (at most 20 of each)")
    public Uni<SearchResponse> search(@PathParam("code") String code,
            @QueryParam("q") @NotBlank(message = "Cần nội dung tìm kiếm.") @Size(max = 100, message = QUERY_TOO_LONG)
            String q) {
        return policy.visibleStudentFilter(code)
                .chain(classes -> directory.search(code, q, classes.filterOrNull()))
                .onItem().ifNull().failWith(NotFound.school(code))
                .map(SearchResponse::from);
    }
}
