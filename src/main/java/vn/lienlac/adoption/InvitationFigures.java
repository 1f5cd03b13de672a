package vn.lienlac.adoption;

/**
 * The effect of invitations on a school or a class (docs/adoption.md, "Invitations"): of the people counted in its
 * figures, how many were invited by a campaign of the school, and how many of those activated at or after their
 * first such invitation.
 */
public record InvitationFigures(Invited guardians, Invited staff) {

    public static final InvitationFigures NONE = new InvitationFigures(new Invited(0, 0), new Invited(0, 0));

    /**
     * @param invited        people invited at least once
     * @param activatedAfter of those, the ones whose first sign-in is at or after their first invitation
     */
    public record Invited(long invited, long activatedAfter) {
    }
}
