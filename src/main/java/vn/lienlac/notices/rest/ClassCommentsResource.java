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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.lienlac.notices.publish.ClassComments;
import vn.lienlac.platform.error.ApiException;

/** The comments a class has been sent, for the teacher's comment screen (docs/notices.md, "Comments"). */
@Path("/api/v1/notices/schools/{schoolCode}/classes/{classId}/comments")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Notices")
public class ClassCommentsResource {

    /** Longest date range of one query, in days. */
    static final int MAX_RANGE_DAYS = 400;

    private final ClassComments comments;
    private final SecurityIdentity identity;
    private final Clock clock;

    public ClassCommentsResource(ClassComments comments, SecurityIdentity identity, Clock clock) {
        this.comments = comments;
        this.identity = identity;
        this.clock = clock;
    }

    @GET
    @Operation(summary = "The class's live comments (on the class and its students) between two dates "
            + "(default: the last 30 days), newest first")
    public Uni<ClassComments.Sheet> comments(@PathParam("schoolCode") String schoolCode,
            @PathParam("classId") long classId, @QueryParam("from") String from, @QueryParam("to") String to) {
        LocalDate end = DateParams.orElse(to, LocalDate.now(clock));
        LocalDate start = DateParams.orElse(from, end.minusDays(30));
        if (start.isAfter(end) || start.plusDays(MAX_RANGE_DAYS).isBefore(end)) {
            throw ApiException.badRequest("Khoảng ngày không hợp lệ: từ ngày phải trước đến ngày, tối đa "
                    + MAX_RANGE_DAYS + " ngày.");
        }
        return comments.comments(identity, schoolCode, classId, start, end);
    }
}
