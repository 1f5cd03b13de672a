package vn.lienlac.adoption;

/**
 * One class of the current school year. Its staff are its homeroom teacher and the staff teaching it.
 *
 * @param homeroomTeacher the homeroom teacher's name, or null
 * @param invitations     its guardians and staff invited by the school's campaigns, and activated after
 */
public record ClassFigures(long classId, String name, String homeroomTeacher, Figures figures,
        InvitationFigures invitations) {

    ClassFigures withInvitations(InvitationFigures invited) {
        return new ClassFigures(classId, name, homeroomTeacher, figures, invited);
    }
}
