package vn.lienlac.directory.sync.students;

import static vn.lienlac.directory.sync.DirectoryEventType.GUARDIAN_DEACTIVATED;
import static vn.lienlac.directory.sync.DirectoryEventType.GUARDIAN_LINKED;
import static vn.lienlac.directory.sync.DirectoryEventType.GUARDIAN_PHONE_CHANGED;
import static vn.lienlac.directory.sync.DirectoryEventType.GUARDIAN_REACTIVATED;
import static vn.lienlac.directory.sync.DirectoryEventType.GUARDIAN_UNLINKED;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import vn.lienlac.directory.text.VietnameseText;
import vn.lienlac.directory.model.GuardianRecord;
import vn.lienlac.directory.model.Relationship;
import vn.lienlac.directory.model.StudentRecord;
import vn.lienlac.directory.sync.ChangeAction;
import vn.lienlac.directory.sync.ChangeEntity;
import vn.lienlac.directory.sync.engine.ChangeLog;
import vn.lienlac.directory.sync.engine.Fields;
import vn.lienlac.directory.sync.engine.Ref;
import vn.lienlac.directory.sync.engine.SyncContext;
import vn.lienlac.directory.sync.students.StudentState.ExistingGuardian;
import vn.lienlac.directory.sync.students.StudentState.ExistingLink;
import vn.lienlac.directory.sync.students.StudentState.ExistingStudent;

/**
 * Diffs the guardians of a student import: who each listed phone number is (an existing guardian, one whose number
 * changed, or a new one), the links of each student's relationship slots, and the guardians left without any active
 * child. Pure, like {@link StudentDiffer}.
 */
final class GuardianDiffer {

    private final SyncContext ctx;
    private final StudentState state;
    private final StudentPlan plan;
    private final ChangeLog log;
    /** Phone number after the import → existing guardian who has it. Phones absent here are new guardians. */
    private final Map<String, Long> owners = new HashMap<>();
    /** Guardians that lose a link, to check whether they keep any child. */
    private final Set<Long> losing = new TreeSet<>();
    private final Set<Long> endedLinks = new HashSet<>();
    private final Set<Long> renumbered = new HashSet<>();

    GuardianDiffer(SyncContext ctx, StudentState state, StudentPlan plan) {
        this.ctx = ctx;
        this.state = state;
        this.plan = plan;
        this.log = plan.log();
    }

    void diff(List<StudentRecord> records, List<ExistingStudent> leaving) {
        Map<String, Listing> listed = listings(records);
        listed.keySet().forEach(phone -> {
            ExistingGuardian g = state.guardianWithPhone(phone);
            if (g != null) {
                owners.put(phone, g.id());
            }
        });
        records.forEach(r -> detectPhoneChanges(r, listed));
        listed.forEach(this::upsert);
        records.forEach(this::links);
        for (ExistingStudent s : leaving) {
            state.linksOf(s.id()).forEach(link -> unlink(0, s.code(), link));
        }
        deactivateOrphans(records, leaving);
    }

    /** Where each phone number is first listed, and the name given there (a phone shared by two people keeps one). */
    private record Listing(int row, String fullName) {
    }

    private static Map<String, Listing> listings(List<StudentRecord> records) {
        Map<String, Listing> listed = new LinkedHashMap<>();
        for (StudentRecord r : records) {
            r.guardians().forEach(g -> listed.putIfAbsent(g.phone(), new Listing(r.row(), g.fullName())));
        }
        return listed;
    }

    /**
     * A slot that held guardian G now lists a number nobody has, under G's name: G's number changed. Not when G's
     * old number is still listed, nor when G has children elsewhere (the other school may still list the old one).
     */
    private void detectPhoneChanges(StudentRecord r, Map<String, Listing> listed) {
        ExistingStudent s = state.students().get(r.studentCode());
        if (s == null) {
            return;
        }
        Map<Relationship, ExistingLink> slots = slots(s);
        for (GuardianRecord listing : r.guardians()) {
            ExistingLink link = slots.get(listing.relationship());
            if (link == null || owners.containsKey(listing.phone()) || renumbered.contains(link.guardianId())) {
                continue;
            }
            ExistingGuardian g = state.guardian(link.guardianId());
            if (!listed.containsKey(g.phone()) && state.otherChildren(g.id()) == 0
                    && VietnameseText.searchKey(listing.fullName()).equals(g.nameSearch())) {
                owners.put(listing.phone(), g.id());
                renumbered.add(g.id());
            }
        }
    }

    private void upsert(String phone, Listing listing) {
        Long id = owners.get(phone);
        if (id == null) {
            plan.newGuardians.add(new GuardianRecord(null, listing.fullName(), phone));
            log.change(listing.row(), ChangeEntity.GUARDIAN, phone, ChangeAction.CREATED,
                    new Fields().set("fullName", listing.fullName()));
            return;
        }
        plan.ids().guardian(phone, id);
        ExistingGuardian g = state.guardian(id);
        Fields fields = new Fields()
                .diff("phone", g.phone(), phone)
                .diff("fullName", g.fullName(), listing.fullName())
                .diff("active", g.active(), true);
        if (fields.isEmpty()) {
            return;
        }
        plan.guardianUpdates.add(new StudentPlan.GuardianUpdate(id, phone, listing.fullName()));
        log.change(listing.row(), ChangeEntity.GUARDIAN, phone,
                g.active() ? ChangeAction.UPDATED : ChangeAction.REACTIVATED, fields);
        if (!g.phone().equals(phone)) {
            log.event(GUARDIAN_PHONE_CHANGED, "guardianId", id);
        }
        if (!g.active()) {
            log.event(GUARDIAN_REACTIVATED, "guardianId", id);
        }
    }

    private void links(StudentRecord r) {
        ExistingStudent s = state.students().get(r.studentCode());
        Map<Relationship, ExistingLink> slots = s == null ? Map.of() : slots(s);
        Set<Relationship> listedSlots = new HashSet<>();
        for (GuardianRecord listing : r.guardians()) {
            listedSlots.add(listing.relationship());
            ExistingLink current = slots.get(listing.relationship());
            Long owner = owners.get(listing.phone());
            if (current != null && owner != null && current.guardianId() == owner) {
                continue;
            }
            if (current != null) {
                unlink(r.row(), r.studentCode(), current);
            }
            link(r, listing);
        }
        if (ctx.snapshot()) {
            slots.values().stream().filter(l -> !listedSlots.contains(l.relationship()))
                    .forEach(l -> unlink(r.row(), r.studentCode(), l));
        }
    }

    private Map<Relationship, ExistingLink> slots(ExistingStudent s) {
        Map<Relationship, ExistingLink> slots = new EnumMap<>(Relationship.class);
        state.linksOf(s.id()).forEach(l -> slots.put(l.relationship(), l));
        return slots;
    }

    private void link(StudentRecord r, GuardianRecord listing) {
        Ref student = new Ref.Student(r.studentCode());
        Ref guardian = new Ref.Guardian(listing.phone());
        plan.links.add(new StudentPlan.Link(student, guardian, listing.relationship()));
        log.change(r.row(), ChangeEntity.GUARDIAN_LINK, r.studentCode(), ChangeAction.CREATED,
                new Fields().set("relationship", listing.relationship()).set("guardian", listing.phone()));
        log.event(GUARDIAN_LINKED, "studentId", student, "studentCode", r.studentCode(), "guardianId", guardian,
                "relationship", listing.relationship());
    }

    private void unlink(int row, String studentCode, ExistingLink link) {
        plan.endedLinks.add(link.id());
        endedLinks.add(link.id());
        losing.add(link.guardianId());
        log.change(row, ChangeEntity.GUARDIAN_LINK, studentCode, ChangeAction.DEACTIVATED, new Fields()
                .diff("relationship", link.relationship(), null)
                .diff("guardian", state.guardian(link.guardianId()).phone(), null));
        log.event(GUARDIAN_UNLINKED, "studentId", link.studentId(), "studentCode", studentCode,
                "guardianId", link.guardianId(), "relationship", link.relationship());
    }

    /** Guardians that lost a link and have no active child left, here or in another school. */
    private void deactivateOrphans(List<StudentRecord> records, List<ExistingStudent> leaving) {
        Set<Long> listedOwners = new HashSet<>(owners.values());
        Map<Long, Integer> kept = keptLinks(records, leaving);
        for (long id : losing) {
            ExistingGuardian g = state.guardian(id);
            if (listedOwners.contains(id) || !g.active() || kept.getOrDefault(id, 0) + state.otherChildren(id) > 0) {
                continue;
            }
            plan.deactivatedGuardians.add(id);
            log.change(0, ChangeEntity.GUARDIAN, g.phone(), ChangeAction.DEACTIVATED,
                    new Fields().diff("active", true, false));
            log.event(GUARDIAN_DEACTIVATED, "guardianId", id);
        }
    }

    /** By guardian: the loaded links that stay active, to students that stay active. */
    private Map<Long, Integer> keptLinks(List<StudentRecord> records, List<ExistingStudent> leaving) {
        Set<String> listed = new HashSet<>();
        records.forEach(r -> listed.add(r.studentCode()));
        Set<Long> left = new HashSet<>();
        leaving.forEach(s -> left.add(s.id()));
        Map<Long, Integer> kept = new HashMap<>();
        for (ExistingStudent s : state.students().values()) {
            boolean staysActive = listed.contains(s.code()) || (s.active() && !left.contains(s.id()));
            if (staysActive) {
                state.linksOf(s.id()).stream().filter(l -> !endedLinks.contains(l.id()))
                        .forEach(l -> kept.merge(l.guardianId(), 1, Integer::sum));
            }
        }
        return kept;
    }
}
