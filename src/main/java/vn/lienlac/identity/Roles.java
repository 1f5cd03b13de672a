package vn.lienlac.identity;

/** Role names used in {@code @RolesAllowed}. */
public final class Roles {

    /** Operates the whole platform: directory imports, organisation units, audit. */
    public static final String ADMIN = "admin";

    private Roles() {
    }
}
