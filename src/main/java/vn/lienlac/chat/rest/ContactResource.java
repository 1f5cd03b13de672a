package vn.lienlac.chat.rest;

import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.lienlac.chat.ChatIdentities;
import vn.lienlac.chat.conversations.ContactQueries;
import vn.lienlac.chat.conversations.ContactView;

/** The people the caller may message directly (docs/chat-rest.md). */
@Path("/api/v1/chat/contacts")
@Authenticated
@Tag(name = "Chat")
public class ContactResource {

    private final ChatIdentities identities;
    private final SecurityIdentity identity;
    private final ContactQueries contacts;

    public ContactResource(ChatIdentities identities, SecurityIdentity identity, ContactQueries contacts) {
        this.identities = identities;
        this.identity = identity;
        this.contacts = contacts;
    }

    @GET
    @Operation(summary = "People I may open a direct conversation with, by name (at most 100); q filters by name "
            + "without case or diacritics")
    public Uni<List<ContactView>> list(@QueryParam("q") String q) {
        return identities.of(identity).chain(caller -> contacts.contacts(caller, q));
    }
}
