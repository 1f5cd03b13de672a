package vn.lienlac.identity;

/**
 * Who a token names in the directory: the phone number and the staff code it was issued for (either may be null,
 * not both). What they may do is for the directory to say, now.
 */
public record SignedInPerson(String phone, String staffCode) {

    /** Without the phone number. */
    @Override
    public String toString() {
        return "SignedInPerson[staffCode=" + staffCode + "]";
    }
}
