package vn.lienlac.directives;

/** The chat inbox owner of a staff position: the participant {@code s:<staff id>} (see vn.lienlac.chat.Participant). */
public final class Owners {

    private Owners() {
    }

    public static String of(long staffId) {
        return "s:" + staffId;
    }
}
