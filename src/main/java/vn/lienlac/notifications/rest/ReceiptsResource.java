package vn.lienlac.notifications.rest;

import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.lienlac.notifications.sms.SmsReceipts;
import vn.lienlac.notifications.zalo.ZaloWebhook;

/**
 * Delivery receipts from the paid channels' providers (docs/notifications.md, "Delivery receipts"). No user token:
 * Zalo's events are signed, SMS reports carry a shared secret. The body is read as sent (the signature covers it).
 */
@Path("/api/v1/notifications/receipts")
@PermitAll
@Consumes(MediaType.WILDCARD)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Notifications")
public class ReceiptsResource {

    private final ZaloWebhook zalo;
    private final SmsReceipts sms;

    public ReceiptsResource(ZaloWebhook zalo, SmsReceipts sms) {
        this.zalo = zalo;
        this.sms = sms;
    }

    @POST
    @Path("/zalo")
    @Operation(summary = "Zalo webhook: ZNS user_received_message marks the message delivered")
    public Uni<Receipt> zalo(String body, @HeaderParam("X-ZEvent-Signature") String signature) {
        return zalo.receive(body, signature).map(Receipt::new);
    }

    @POST
    @Path("/sms")
    @Operation(summary = "An SMS gateway's delivery report, authenticated by the shared secret header")
    public Uni<Receipt> sms(String body, @Context HttpServerRequest request) {
        return sms.receive(body, request.getHeader(sms.header())).map(Receipt::new);
    }

    /** Whether the receipt changed a row (false: repeated, unknown id, or an event that is not a receipt). */
    public record Receipt(boolean updated) {
    }
}
