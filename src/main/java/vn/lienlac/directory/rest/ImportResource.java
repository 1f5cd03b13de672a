package vn.lienlac.directory.rest;

import io.smallrye.mutiny.Uni;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.core.Context;
import java.util.List;
import java.util.function.Supplier;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import vn.lienlac.directory.importing.StaffImportReader;
import vn.lienlac.directory.importing.StudentImportReader;
import vn.lienlac.directory.sync.DirectorySync;
import vn.lienlac.directory.sync.ImportLog;
import vn.lienlac.directory.sync.ImportReport;
import vn.lienlac.directory.sync.ImportSummary;
import vn.lienlac.identity.AccessPolicy;
import vn.lienlac.platform.error.ApiException;
import vn.lienlac.platform.http.Uploads;
import vn.lienlac.platform.error.ErrorCode;

/**
 * Sync from the sector database: a school's students or staff, as an exported file (raw body or multipart upload)
 * or as JSON records pushed by a school portal. All three carry the same semantics; see docs/import.md. Files are
 * streamed to disk as they arrive, within lienlac.http.body-limits.import-file (docs/api.md), and read from there.
 *
 * <p>The class path is the directory's base path, like the other directory resources: JAX-RS matches the class
 * path first, so a longer class path here would claim {@code /schools/{schoolCode}/...} URLs from the others.
 *
 * <p>Imports and the school's import list are for the admin, the district's officers and the school's principal
 * and vice principals (docs/access.md); the check comes before any content is parsed.
 */
@Path("/api/v1/directory")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Directory imports")
public class ImportResource {

    static final int MAX_LIST = 500;
    /** Accepted only to answer old .xls files with a helpful UNREADABLE_FILE instead of 415. */
    static final String XLS = "application/vnd.ms-excel";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final ImportRunner runner;
    private final StudentImportReader students;
    private final StaffImportReader staff;
    private final DirectorySync sync;
    private final ImportLog log;
    private final AccessPolicy policy;
    private final Uploads uploads;

    public ImportResource(ImportRunner runner, StudentImportReader students, StaffImportReader staff,
            DirectorySync sync, ImportLog log, AccessPolicy policy, Uploads uploads) {
        this.uploads = uploads;
        this.runner = runner;
        this.students = students;
        this.staff = staff;
        this.sync = sync;
        this.log = log;
        this.policy = policy;
    }

    @POST
    @Path("/schools/{schoolCode}/imports/students")
    @Consumes({"text/csv", XLSX, XLS, MediaType.APPLICATION_OCTET_STREAM, MediaType.TEXT_PLAIN})
    @Operation(summary = "Import students from a CSDL export (XLSX or CSV as the request body)")
    public Uni<ImportReport> studentsFile(@BeanParam ImportOptions options, @Context RoutingContext http) {
        return managed(options, () -> uploads.importFile(http).chain(file -> runner.file(options,
                options.fileName, () -> file, students::read, sync::syncStudents)));
    }

    @POST
    @Path("/schools/{schoolCode}/imports/students")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Import students from a CSDL export uploaded as the form field 'file'")
    public Uni<ImportReport> studentsUpload(@BeanParam ImportOptions options, @RestForm("file") FileUpload file) {
        return managed(options, () -> runner.file(options, fileName(file), contentOf(file), students::read,
                sync::syncStudents));
    }

    @POST
    @Path("/schools/{schoolCode}/imports/students")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import student records pushed by a school portal")
    public Uni<ImportReport> studentsJson(@BeanParam ImportOptions options, StudentImportBody body) {
        return managed(options, () -> runner.records(options, body, body == null ? null : body.students(),
                students::fromJson, sync::syncStudents));
    }

    @POST
    @Path("/schools/{schoolCode}/imports/staff")
    @Consumes({"text/csv", XLSX, XLS, MediaType.APPLICATION_OCTET_STREAM, MediaType.TEXT_PLAIN})
    @Operation(summary = "Import staff from a CSDL export (XLSX or CSV as the request body)")
    public Uni<ImportReport> staffFile(@BeanParam ImportOptions options, @Context RoutingContext http) {
        return managed(options, () -> uploads.importFile(http).chain(file -> runner.file(options,
                options.fileName, () -> file, staff::read, sync::syncStaff)));
    }

    @POST
    @Path("/schools/{schoolCode}/imports/staff")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Import staff from a CSDL export uploaded as the form field 'file'")
    public Uni<ImportReport> staffUpload(@BeanParam ImportOptions options, @RestForm("file") FileUpload file) {
        return managed(options, () -> runner.file(options, fileName(file), contentOf(file), staff::read,
                sync::syncStaff));
    }

    @POST
    @Path("/schools/{schoolCode}/imports/staff")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Import staff records pushed by a school portal")
    public Uni<ImportReport> staffJson(@BeanParam ImportOptions options, StaffImportBody body) {
        return managed(options, () -> runner.records(options, body, body == null ? null : body.staff(),
                staff::fromJson, sync::syncStaff));
    }

    @GET
    @Path("/schools/{schoolCode}/imports")
    @Operation(summary = "List the school's imports, newest first: who, when, file hash, mode, counts")
    public Uni<List<ImportSummary>> list(@PathParam("schoolCode") String schoolCode,
            @QueryParam("limit") @DefaultValue("50") int limit) {
        return policy.requireSchoolManagement(schoolCode)
                .chain(() -> log.listForSchool(schoolCode, Math.max(1, Math.min(limit, MAX_LIST))));
    }

    /** Runs an import once the policy allows the caller to manage the school; nothing is parsed before. */
    private Uni<ImportReport> managed(ImportOptions options, Supplier<Uni<ImportReport>> work) {
        return policy.requireSchoolManagement(options.schoolCode).chain(() -> work.get());
    }

    static String fileName(FileUpload file) {
        return file == null ? null : file.fileName();
    }

    /** The uploaded temp file (Quarkus wrote it to the uploads directory while the request arrived). */
    static Supplier<java.nio.file.Path> contentOf(FileUpload file) {
        if (file == null) {
            throw new ApiException(ErrorCode.BAD_REQUEST, "Thiếu tệp: hãy gửi tệp trong trường \"file\" của biểu mẫu.");
        }
        return file::uploadedFile;
    }
}
