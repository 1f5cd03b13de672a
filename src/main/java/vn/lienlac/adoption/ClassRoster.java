package vn.lienlac.adoption;

import java.util.List;

/**
 * A class's active students, each with their active guardians and whether each has activated, for the teacher who
 * calls the parents (docs/adoption.md, "A class's roster"). Holds phone numbers: keep it out of logs.
 */
public record ClassRoster(long classId, String className, String schoolCode, List<Student> students) {

    /** @param guardians by relationship (father, mother, guardian); empty when none is on record */
    public record Student(String studentCode, String fullName, List<Guardian> guardians) {

        @Override
        public String toString() {
            return "Student[" + studentCode + "]";
        }
    }

    /**
     * @param participant  the guardian as chat knows them ({@code g:42}), to open a conversation with
     * @param relationship the Vietnamese label (Cha, Mẹ, Người giám hộ)
     * @param phone        national form without spaces ({@code 0912345678})
     * @param activated    as adoption counts it: the account with this number has signed in at least once
     */
    public record Guardian(String participant, String fullName, String relationship, String phone,
            boolean activated) {

        @Override
        public String toString() {
            return "Guardian[" + participant + "]";
        }
    }

    @Override
    public String toString() {
        return "ClassRoster[" + classId + ", " + students.size() + " students]";
    }
}
