package vn.lienlac.bench.chat.setup;

/**
 * One person of the imported district as chat knows them, with the access token the benchmark made for them.
 *
 * @param participant {@code g:<guardian id>} or {@code s:<staff id>}
 * @param phone       E.164 ({@code +84…}); the token's {@code phone} claim
 * @param staffCode   the token's {@code staff_code} claim, null for guardians
 * @param role        the token's {@code groups} claim
 * @param classId     the class of the guardian's child or of the homeroom teacher; 0 for others
 * @param forGroups   whether the person belongs to a group school (the group scenario's people)
 */
public record Person(String participant, String phone, String staffCode, String role, long classId,
                     boolean forGroups, String token) {

    public Person withToken(String signed) {
        return new Person(participant, phone, staffCode, role, classId, forGroups, signed);
    }
}
