package vn.lienlac.directives;

import java.util.Set;

/**
 * How the caller stands to one directive. Everyone related may open it; tracking (who received, read, acknowledged)
 * is for its sender, the officers of its sending unit (its district office, or its department for a department's
 * directive) and the leadership of its school, and for the leadership of a recipient school limited to that school.
 *
 * @param officer        the caller is an officer of the sending district office or department
 *
 * @param schoolManager  the caller leads the school that sent it
 * @param managedSchools the recipient schools the caller leads
 * @param recipient      one of the caller's positions received it
 * @param viaForward     one of the caller's positions received a forward of it
 * @param receivingDistricts the district offices the caller is an officer of that received it (a department's
 *                       directive): their officers follow it down their own district (tracking and cascade only)
 */
public record Access(long directiveId, Long parentId, Long schoolId, boolean sender, boolean officer,
        boolean schoolManager, Set<Long> managedSchools, boolean recipient, boolean viaForward,
        Set<Long> receivingDistricts) {

    public boolean visible() {
        return sender || officer || schoolManager || !managedSchools.isEmpty() || recipient || viaForward;
    }

    /** The caller tracks every recipient. */
    public boolean tracksAll() {
        return sender || officer || schoolManager;
    }

    /** The caller tracks at least some recipients (all, or those of the schools they lead). */
    public boolean tracks() {
        return tracksAll() || !managedSchools.isEmpty();
    }

    /**
     * The caller follows at least part of its tracking view and cascade: as {@link #tracks()}, or as an officer of a
     * district office it reached, for that district.
     */
    public boolean followsDown() {
        return tracks() || !receivingDistricts.isEmpty();
    }

    /** The districts whose offices and schools the caller follows in tracking and cascade; null for all. */
    public Long[] trackedDistricts() {
        return tracksAll() ? null : receivingDistricts.toArray(Long[]::new);
    }

    /** The schools whose recipients the caller tracks; null for all. */
    public Long[] trackedSchools() {
        return tracksAll() ? null : managedSchools.toArray(Long[]::new);
    }
}
