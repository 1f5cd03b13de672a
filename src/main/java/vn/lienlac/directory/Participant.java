package vn.lienlac.directory;

import java.util.regex.Pattern;

/**
 * One person of the directory in one capacity: a guardian ({@code g:<guardian id>}) or one staff position
 * ({@code s:<staff id>}). A teacher who is also a parent is two participants. The text form is what the database
 * stores (chat's members and events, directives' owners) and what clients see; it is opaque to them. This record is
 * the encoding's Java half; its SQL half is V23's {@code directory_participant_*} functions (docs/directory-contract.md).
 */
public record Participant(Kind kind, long id) implements Comparable<Participant> {

    private static final Pattern FORMAT = Pattern.compile("[gs]:[1-9][0-9]{0,17}");

    public enum Kind {
        GUARDIAN('g'), STAFF('s');

        private final char prefix;

        Kind(char prefix) {
            this.prefix = prefix;
        }
    }

    public static Participant guardian(long guardianId) {
        return new Participant(Kind.GUARDIAN, guardianId);
    }

    public static Participant staff(long staffId) {
        return new Participant(Kind.STAFF, staffId);
    }

    /** The participant written {@code g:12} or {@code s:7}, or null for anything else. */
    public static Participant parse(String text) {
        if (text == null || !FORMAT.matcher(text).matches()) {
            return null;
        }
        long id = Long.parseLong(text.substring(2));
        return text.charAt(0) == 'g' ? guardian(id) : staff(id);
    }

    public boolean isGuardian() {
        return kind == Kind.GUARDIAN;
    }

    public boolean isStaff() {
        return kind == Kind.STAFF;
    }

    @Override
    public int compareTo(Participant other) {
        return toString().compareTo(other.toString());
    }

    @Override
    public String toString() {
        return kind.prefix + ":" + id;
    }
}
