package vn.lienlac.notifications.rest;

import io.smallrye.common.annotation.NonBlocking;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.lienlac.notifications.webpush.VapidKeyring;
import vn.lienlac.platform.error.ApiException;

/**
 * The VAPID public key a browser subscribes with ({@code applicationServerKey}); public, as it is in every push
 * service's request anyway. 404 while Web Push is not configured (docs/notifications.md, "Web Push").
 */
@Path("/api/v1/notifications/web-push/key")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Notifications")
public class WebPushKeyResource {

    static final String OFF = "Máy chủ chưa bật thông báo đẩy trên trình duyệt.";

    private final VapidKeyring keyring;

    public WebPushKeyResource(VapidKeyring keyring) {
        this.keyring = keyring;
    }

    /** The key as the browser's {@code PushManager.subscribe} takes it. */
    public record Key(String publicKey) {
    }

    @GET
    @NonBlocking
    @Operation(summary = "The VAPID public key (base64url) for PushManager.subscribe; 404 when Web Push is off")
    public Key key() {
        return keyring.publicKey().map(Key::new).orElseThrow(() -> ApiException.notFound(OFF));
    }
}
