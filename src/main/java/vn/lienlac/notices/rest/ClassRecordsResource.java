package vn.lienlac.notices.rest;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.lienlac.directory.model.SchoolYears;
import vn.lienlac.notices.publish.ClassAssessments;
import vn.lienlac.notices.publish.ClassRecords;

/**
 * What has been sent to a class's families, for those who may send it: the attendance of a day, the grades of a
 * subject, term and kind, and the assessments of a period (the web app's attendance, grade and assessment screens load
 * them before a teacher sends changes).
 */
@Path("/api/v1/notices/schools/{schoolCode}/classes/{classId}")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Notices")
public class ClassRecordsResource {

    private final ClassRecords records;
    private final ClassAssessments assessments;
    private final SecurityIdentity identity;
    private final Clock clock;

    public ClassRecordsResource(ClassRecords records, ClassAssessments assessments, SecurityIdentity identity,
            Clock clock) {
        this.records = records;
        this.assessments = assessments;
        this.identity = identity;
        this.clock = clock;
    }

    @GET
    @Path("/attendance")
    @Operation(summary = "The class's live attendance records of a day (default: today)")
    public Uni<ClassRecords.AttendanceDay> attendance(@PathParam("schoolCode") String schoolCode,
            @PathParam("classId") long classId, @QueryParam("date") String date) {
        return records.attendance(identity, schoolCode, classId, DateParams.orElse(date, LocalDate.now(clock)));
    }

    @GET
    @Path("/grades")
    @Operation(summary = "The class's live grades of a subject, term and kind (default year: the current one)")
    public Uni<ClassRecords.GradeSheet> grades(@PathParam("schoolCode") String schoolCode,
            @PathParam("classId") long classId, @QueryParam("subject") String subject,
            @QueryParam("schoolYear") String schoolYear, @QueryParam("term") String term,
            @QueryParam("kind") String kind) {
        String year = schoolYear == null || schoolYear.isBlank() ? SchoolYears.current(clock) : schoolYear;
        return records.grades(identity, schoolCode, classId, subject, year, term, kind);
    }

    @GET
    @Path("/assessments")
    @Operation(summary = "The class's live assessments of a period: schoolYear and term (and kind at primary), or a "
            + "month (and topic) at preschool; defaults: the current school year, the current month")
    public Uni<ClassAssessments.Sheet> assessments(@PathParam("schoolCode") String schoolCode,
            @PathParam("classId") long classId, @QueryParam("schoolYear") String schoolYear,
            @QueryParam("term") String term, @QueryParam("kind") String kind, @QueryParam("month") String month,
            @QueryParam("topic") String topic) {
        String year = schoolYear == null || schoolYear.isBlank() ? SchoolYears.current(clock) : schoolYear;
        String period = month == null || month.isBlank() ? YearMonth.now(clock).toString() : month;
        return assessments.assessments(identity, schoolCode, classId,
                new ClassAssessments.Period(year, term, kind, period, topic));
    }
}
