package vn.lienlac.adoption.invitations;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.lienlac.adoption.Invitees;
import vn.lienlac.adoption.Invitees.Invitee;
import vn.lienlac.adoption.invitations.InvitationStore.NewInvitation;
import vn.lienlac.adoption.invitations.InvitationStore.School;
import vn.lienlac.adoption.invitations.InvitationStore.Written;
import vn.lienlac.directory.Participant;
import vn.lienlac.directory.text.PhoneNumbers;
import vn.lienlac.notifications.outbox.ItemKind;
import vn.lienlac.notifications.outbox.Outbox;
import vn.lienlac.notifications.outbox.Reach;
import vn.lienlac.notifications.outbox.DeliveryPaths;
import vn.lienlac.platform.locks.LockNamespace;

/**
 * Invitation campaigns (docs/adoption.md, "Invitations"): one call invites everyone on a school's or a class's
 * not-activated list who was not invited within the spacing, in one transaction — the campaign, one invitation per
 * person with its short link's code, and one outbox item per person (Zalo first, then SMS, as the policy decides).
 * No access checks here: the REST resource asks the access policy first.
 */
@ApplicationScoped
public class Invitations {

    private final Pool pool;
    private final InvitationStore store;
    private final Invitees invitees;
    private final InvitationMessages messages;
    private final Outbox outbox;
    private final DeliveryPaths paths;
    private final InvitationsConfig config;
    private final Clock clock;

    Invitations(Pool pool, InvitationStore store, Invitees invitees, InvitationMessages messages, Outbox outbox,
            DeliveryPaths paths, InvitationsConfig config, Clock clock) {
        this.pool = pool;
        this.store = store;
        this.invitees = invitees;
        this.messages = messages;
        this.outbox = outbox;
        this.paths = paths;
        this.config = config;
        this.clock = clock;
    }

    /** Invites the school's not-activated staff and guardians; a null item when no active school has this code. */
    public Uni<CampaignResult> inviteSchool(String schoolCode, String createdBy) {
        return invite(schoolCode, null, createdBy);
    }

    /** Invites the class's not-activated guardians; the class must be one of the school's (see schoolOfClass). */
    public Uni<CampaignResult> inviteClass(String schoolCode, long classId, String createdBy) {
        return invite(schoolCode, classId, createdBy);
    }

    /** The code of the school of the active class with this id, or a null item. */
    public Uni<String> schoolOfClass(long classId) {
        return store.schoolOfClass(classId);
    }

    /** The campaign with its invitations and their outbox states, or a null item. */
    public Uni<Campaign> campaign(long id) {
        return store.campaign(id).chain(row -> row == null ? Uni.createFrom().nullItem()
                : store.invitations(id).chain(sent -> paths.of(sent.stream().map(s -> ref(s.id())).toList())
                        .map(byRef -> {
                            List<Campaign.Invited> list = new ArrayList<>();
                            for (InvitationStore.Sent s : sent) {
                                DeliveryPaths.Path path = byRef.getOrDefault(ref(s.id()), Map.of())
                                        .get(Participant.parse(s.participant()));
                                list.add(new Campaign.Invited(s.participant(), PhoneNumbers.national(s.phone()),
                                        s.invitedAt(), s.openedAt(), path == null ? null : path.readAt(),
                                        path == null ? List.of() : path.hops()));
                            }
                            return new Campaign(row.id(), row.schoolCode(), row.classId(), row.createdAt(),
                                    row.invited(), row.skippedRecent(), row.skippedNoPhone(), list);
                        })));
    }

    /**
     * The still valid invitation with this code, marked opened the first time; a null item for an unknown, malformed
     * or expired code (the caller answers all three alike).
     */
    public Uni<OpenedInvitation> open(String code) {
        String normalised = InvitationCodes.normalise(code);
        if (normalised == null) {
            return Uni.createFrom().nullItem();
        }
        return store.open(normalised, clock.instant()).map(found -> found == null ? null
                : new OpenedInvitation(PhoneNumbers.national(found.phone()), found.schoolName(), found.expiresAt()));
    }

    private Uni<CampaignResult> invite(String schoolCode, Long classId, String createdBy) {
        Instant now = clock.instant();
        Instant spacingStart = now.minus(config.spacing());
        // One lock for every campaign: two at once (two schools of one guardian, or a double click) would each see
        // the person as not yet invited.
        return pool.withTransaction(conn -> LockNamespace.ADOPTION_INVITATIONS.lock(conn, 0)
                .chain(() -> store.school(conn, schoolCode))
                .chain(school -> school == null ? Uni.createFrom().nullItem()
                        : (classId == null ? invitees.school(conn, school.id(), spacingStart)
                                : invitees.classGuardians(conn, school.id(), classId, spacingStart))
                                .chain(list -> write(conn, school, classId, createdBy, list, now))));
    }

    private Uni<CampaignResult> write(SqlConnection conn, School school, Long classId, String createdBy,
            List<Invitee> list, Instant now) {
        List<Invitee> toInvite = new ArrayList<>();
        int recent = 0;
        int noPhone = 0;
        for (Invitee invitee : list) {
            if (invitee.phone() == null) {
                noPhone++;
            } else if (invitee.recentlyInvited()) {
                recent++;
            } else {
                toInvite.add(invitee);
            }
        }
        int skippedRecent = recent;
        int skippedNoPhone = noPhone;
        List<NewInvitation> rows = toInvite.stream()
                .map(i -> new NewInvitation(i.participant().toString(), i.phone(), InvitationCodes.next())).toList();
        return store.insertCampaign(conn, school.id(), classId, createdBy, now, toInvite.size(), skippedRecent,
                        skippedNoPhone)
                .chain(campaignId -> store.insertInvitations(conn, campaignId, rows, now, now.plus(config.validity()))
                        .chain(written -> outbox.enqueue(conn, reaches(school, toInvite, written), now))
                        .map(nothing -> new CampaignResult(campaignId, toInvite.size(), skippedRecent,
                                skippedNoPhone)));
    }

    private List<Reach> reaches(School school, List<Invitee> invited, List<Written> written) {
        Map<String, Invitee> byParticipant = new HashMap<>();
        invited.forEach(i -> byParticipant.put(i.participant().toString(), i));
        List<Reach> reaches = new ArrayList<>();
        for (Written row : written) {
            Invitee invitee = byParticipant.get(row.participant());
            reaches.add(new Reach(ItemKind.INVITATION, ref(row.id()), Participant.parse(row.participant()),
                    school.id(), school.districtId(), false, null, null,
                    messages.of(invitee, school.name(), row.code())));
        }
        return reaches;
    }

    /** The outbox item ref of an invitation. */
    static String ref(long invitationId) {
        return "invitation:" + invitationId;
    }
}
