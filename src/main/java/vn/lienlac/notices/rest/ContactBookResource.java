package vn.lienlac.notices.rest;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.lienlac.directory.model.SchoolYears;
import vn.lienlac.notices.book.ContactBook;
import vn.lienlac.platform.error.ApiException;

/**
 * The contact book of one child: grades, attendance, health and the activity feed. A guardian reads their own
 * children one at a time; another family's child is 404, like an unknown code.
 */
@Path("/api/v1/notices/students/{studentCode}")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Contact book")
public class ContactBookResource {

    /** Longest date range of one attendance or activity query, in days. */
    static final int MAX_RANGE_DAYS = 400;

    private final ContactBook book;
    private final Clock clock;

    public ContactBookResource(ContactBook book, Clock clock) {
        this.book = book;
        this.clock = clock;
    }

    @GET
    @Path("/grades")
    @Operation(summary = "The child's grades of a school year (default: the current one), by subject and term")
    public Uni<ContactBook.Grades> grades(@PathParam("studentCode") String studentCode,
            @QueryParam("schoolYear") String schoolYear) {
        String year = schoolYear == null ? SchoolYears.current(clock) : schoolYear;
        if (!SchoolYears.isValid(year)) {
            throw ApiException.badRequest("Năm học không hợp lệ: " + schoolYear + " (ví dụ 2025-2026).");
        }
        return book.grades(studentCode, year);
    }

    @GET
    @Path("/attendance")
    @Operation(summary = "Absences and late arrivals between two dates (default: the last 30 days), with counts")
    public Uni<ContactBook.Attendance> attendance(@PathParam("studentCode") String studentCode,
            @QueryParam("from") String from, @QueryParam("to") String to) {
        LocalDate[] range = range(from, to);
        return book.attendance(studentCode, range[0], range[1]);
    }

    @GET
    @Path("/health")
    @Operation(summary = "The child's health records: check-ups, visits to the nurse, reminders")
    public Uni<List<ContactBook.Entry>> health(@PathParam("studentCode") String studentCode) {
        return book.health(studentCode);
    }

    @GET
    @Path("/assessments")
    @Operation(summary = "The child's assessments of a school year (default: the current one): conduct and learning "
            + "results, qualities and competences, preschool topic assessments")
    public Uni<List<ContactBook.Entry>> assessments(@PathParam("studentCode") String studentCode,
            @QueryParam("schoolYear") String schoolYear) {
        String year = schoolYear == null ? SchoolYears.current(clock) : schoolYear;
        if (!SchoolYears.isValid(year)) {
            throw ApiException.badRequest("Năm học không hợp lệ: " + schoolYear + " (ví dụ 2025-2026).");
        }
        return book.assessments(studentCode, year);
    }

    @GET
    @Path("/activities")
    @Operation(summary = "Posts to the child's class and school between two dates (default: the last 30 days)")
    public Uni<List<ContactBook.Entry>> activities(@PathParam("studentCode") String studentCode,
            @QueryParam("from") String from, @QueryParam("to") String to) {
        LocalDate[] range = range(from, to);
        return book.activities(studentCode, range[0], range[1]);
    }

    @GET
    @Path("/comments")
    @Operation(summary = "Teachers' comments on the child and the child's class between two dates (default: the "
            + "last 30 days)")
    public Uni<List<ContactBook.Entry>> comments(@PathParam("studentCode") String studentCode,
            @QueryParam("from") String from, @QueryParam("to") String to) {
        LocalDate[] range = range(from, to);
        return book.comments(studentCode, range[0], range[1]);
    }

    private LocalDate[] range(String from, String to) {
        LocalDate end = DateParams.orElse(to, LocalDate.now(clock));
        LocalDate start = DateParams.orElse(from, end.minusDays(30));
        if (start.isAfter(end) || start.plusDays(MAX_RANGE_DAYS).isBefore(end)) {
            throw ApiException.badRequest("Khoảng ngày không hợp lệ: từ ngày phải trước đến ngày, tối đa "
                    + MAX_RANGE_DAYS + " ngày.");
        }
        return new LocalDate[] {start, end};
    }
}
