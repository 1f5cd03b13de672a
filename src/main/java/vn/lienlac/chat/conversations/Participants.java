package vn.lienlac.chat.conversations;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import vn.lienlac.directory.Participant;
import vn.lienlac.platform.error.ApiException;
import vn.lienlac.platform.error.ErrorCode;

/** Participants named in a request, read strictly: one malformed entry refuses the request, naming every bad one. */
public final class Participants {

    private Participants() {
    }

    /** The participant written {@code g:12} or {@code s:7}; 400 for anything else. */
    public static Participant parse(String text) {
        Participant participant = Participant.parse(text);
        if (participant == null) {
            throw new ApiException(ErrorCode.VALIDATION_FAILED, MemberProblem.MALFORMED,
                    List.of(new MemberProblem(text, MemberProblem.MALFORMED)));
        }
        return participant;
    }

    /** The distinct participants of a list, in order; 400 listing every malformed entry, or when over {@code max}. */
    public static List<Participant> parseAll(List<String> texts, int max) {
        if (texts == null) {
            return List.of();
        }
        Set<Participant> participants = new LinkedHashSet<>();
        List<MemberProblem> problems = new ArrayList<>();
        for (String text : texts) {
            Participant participant = Participant.parse(text);
            if (participant == null) {
                problems.add(new MemberProblem(text, MemberProblem.MALFORMED));
            } else {
                participants.add(participant);
            }
        }
        if (!problems.isEmpty()) {
            throw new ApiException(ErrorCode.VALIDATION_FAILED, MemberProblem.MALFORMED, problems);
        }
        if (participants.size() > max) {
            throw new ApiException(ErrorCode.VALIDATION_FAILED,
                    "Một nhóm có tối đa " + max + " thành viên.");
        }
        return List.copyOf(participants);
    }
}
