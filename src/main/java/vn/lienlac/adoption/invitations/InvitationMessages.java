package vn.lienlac.adoption.invitations;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import vn.lienlac.adoption.Invitees.Invitee;
import vn.lienlac.notifications.outbox.Message;

/** What an invitation says, in Vietnamese, for Zalo's template, the SMS and (later) a push. */
@ApplicationScoped
class InvitationMessages {

    static final String TITLE = "Lời mời dùng Sổ liên lạc điện tử";

    private final InvitationsConfig config;

    InvitationMessages(InvitationsConfig config) {
        this.config = config;
    }

    /** The short link of a code: {@code <origin>/moi/<code>}. */
    String link(String code) {
        String origin = config.linkOrigin();
        return (origin.endsWith("/") ? origin.substring(0, origin.length() - 1) : origin) + "/moi/" + code;
    }

    Message of(Invitee invitee, String schoolName, String code) {
        String link = link(code);
        if (invitee.participant().isGuardian()) {
            String body = schoolName + " mời phụ huynh em " + invitee.children()
                    + " dùng Sổ liên lạc điện tử để nhận điểm, chuyên cần và tin nhắn của nhà trường: " + link;
            return new Message(TITLE, shorten(body, link), "/moi/" + code, config.guardianTemplate(),
                    Map.of("school", schoolName, "child", invitee.children(), "link", link), null);
        }
        String body = schoolName + " mời thầy cô " + invitee.fullName()
                + " dùng Sổ liên lạc điện tử của nhà trường: " + link;
        return new Message(TITLE, shorten(body, link), "/moi/" + code, config.staffTemplate(),
                Map.of("school", schoolName, "name", invitee.fullName(), "link", link), null);
    }

    /** At most 240 characters, the link kept whole at the end. */
    private static String shorten(String body, String link) {
        if (body.length() <= 240) {
            return body;
        }
        String head = body.substring(0, body.length() - link.length() - 2);
        return head.substring(0, 240 - link.length() - 3) + "…: " + link;
    }
}
