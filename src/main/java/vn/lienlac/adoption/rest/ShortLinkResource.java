package vn.lienlac.adoption.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The invitation's short link, public: {@code /moi/<code>} sends the browser to the web app's sign-in with the code
 * in the URL's fragment (never sent to a server); the app then resolves the code to the phone number to fill in
 * ({@link InvitationLinkResource}). Nothing is looked up here: a link preview that fetches the URL opens nothing.
 */
@Path("/moi")
@PermitAll
public class ShortLinkResource {

    @GET
    @Path("/{code}")
    @Operation(hidden = true) // a link for browsers, not an API operation
    public RestResponse<Void> shortLink(@PathParam("code") String code) {
        String fragment = code.matches("[A-Za-z2-7]{1,32}") ? "/dang-nhap/moi/" + code : "/dang-nhap";
        return RestResponse.ResponseBuilder.<Void>create(RestResponse.Status.SEE_OTHER)
                .location(URI.create("/#" + fragment)).build();
    }
}
