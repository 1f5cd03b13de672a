package vn.lienlac.notices.rest;

import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.lienlac.notices.growth.GrowthChart;

/** A child's growth chart: measurements read on the WHO reference, and the reference curves (docs/notices.md#growth). */
@Path("/api/v1/notices/students/{studentCode}/growth")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Contact book")
public class GrowthResource {

    private final GrowthChart chart;

    public GrowthResource(GrowthChart chart) {
        this.chart = chart;
    }

    @GET
    @Operation(summary = "The child's height and weight over time, with z-scores and the WHO reference curves")
    public Uni<GrowthChart.Growth> growth(@PathParam("studentCode") String studentCode) {
        return chart.of(studentCode);
    }
}
