package vn.lienlac.identity;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Set;
import vn.lienlac.directory.AccessScopes;
import vn.lienlac.directory.model.StaffRole;

/**
 * Who may publish notices for a school's families, and as what ({@link NoticeAuthor}): the access policy's notice
 * decisions (docs/access.md), for the request's caller, for the sender of a batch scheduled earlier as the directory
 * says now, and for who may list and cancel their scheduled batches. Fails as {@link AccessPolicy} does (403).
 */
@ApplicationScoped
public class NoticeAuthors {

    private final Callers callers;
    private final AccessScopes scopes;

    public NoticeAuthors(Callers callers, AccessScopes scopes) {
        this.callers = callers;
        this.scopes = scopes;
    }

    /**
     * What the caller may publish as notices for this school's families ({@link NoticeAuthor}); 403 for callers who
     * may publish nothing there (district officers, other staff, guardians, other schools' portals and staff).
     */
    public Uni<NoticeAuthor> requireNoticeAuthor(SecurityIdentity identity, String schoolCode) {
        return callers.current().chain(caller -> noticeAuthor(caller, callers.person(identity), schoolCode));
    }

    /**
     * What the sender of a batch scheduled earlier may publish for this school <em>now</em>, as the directory says at
     * this moment (docs/notices.md, "Scheduled batches"): the job asks this when the batch is due, with no request
     * around it. {@code actor} is the stored {@link NoticeAuthor#actor()}; {@code person} the staff member it names
     * (null for the admin and a portal). Fails with 403 as {@link #requireNoticeAuthor} would for that person now.
     */
    public Uni<NoticeAuthor> noticeAuthorNow(String actor, SignedInPerson person, String schoolCode) {
        if (NoticeAuthor.ADMIN.equals(actor)) {
            return noticeAuthor(Caller.ADMIN, null, schoolCode);
        }
        if (actor.startsWith(NoticeAuthor.PORTAL)) {
            return noticeAuthor(Caller.portal(actor.substring(NoticeAuthor.PORTAL.length())), null, schoolCode);
        }
        if (person == null) {
            return Uni.createFrom().failure(AccessPolicy.forbidden());
        }
        return scopes.load(person.phone(), person.staffCode())
                .chain(scope -> noticeAuthor(Caller.of(scope), person, schoolCode));
    }

    /**
     * Under which actor the caller's scheduled notice batches for this school are kept, for listing and cancelling
     * them: the admin, the school's portal, and anyone working at the school — also a teacher who lost the class a
     * batch was for, who must see why it did not go. 403 for everyone else.
     */
    public Uni<String> requireNoticeSender(SecurityIdentity identity, String schoolCode) {
        return callers.current().map(caller -> {
            if (caller.admin()) {
                return NoticeAuthor.ADMIN;
            }
            if (caller.portalSchool() != null) {
                AccessPolicy.allowOr403(caller.portalSchool().equals(schoolCode));
                return NoticeAuthor.PORTAL + schoolCode;
            }
            SignedInPerson person = callers.person(identity);
            AccessPolicy.allowOr403(person != null && caller.worksAt(schoolCode));
            return NoticeAuthor.staff(person);
        });
    }

    private Uni<NoticeAuthor> noticeAuthor(Caller caller, SignedInPerson person, String schoolCode) {
        if (caller.admin()) {
            return Uni.createFrom().item(new NoticeAuthor(NoticeAuthor.ADMIN, true, true, Set.of(), Map.of()));
        }
        if (caller.portalSchool() != null) {
            AccessPolicy.allowOr403(caller.portalSchool().equals(schoolCode));
            return Uni.createFrom().item(new NoticeAuthor(NoticeAuthor.PORTAL + schoolCode, true, true, Set.of(),
                    Map.of()));
        }
        Set<StaffRole> positions = caller.scope().positionsIn(schoolCode);
        AccessPolicy.allowOr403(person != null && !positions.isEmpty());
        String actor = NoticeAuthor.staff(person);
        boolean whole = positions.contains(StaffRole.PRINCIPAL) || positions.contains(StaffRole.VICE_PRINCIPAL);
        boolean health = whole || positions.contains(StaffRole.SCHOOL_NURSE);
        if (whole || !positions.contains(StaffRole.TEACHER)) {
            AccessPolicy.allowOr403(health);
            return Uni.createFrom().item(new NoticeAuthor(actor, whole, health, Set.of(), Map.of()));
        }
        return scopes.teaching(person.phone(), person.staffCode(), schoolCode).map(taught -> {
            Set<Long> homeroom = caller.scope().homeroomClasses();
            AccessPolicy.allowOr403(health || !taught.isEmpty() || !homeroom.isEmpty());
            return new NoticeAuthor(actor, false, health, homeroom, taught);
        });
    }
}
