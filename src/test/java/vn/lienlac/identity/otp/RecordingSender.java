package vn.lienlac.identity.otp;

import io.smallrye.mutiny.Uni;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Keeps what would have been sent, so that a test can read the code as the phone's owner would. */
final class RecordingSender implements OtpSender {

    record Sent(String phone, String code, String message) {
    }

    private final List<Sent> sent = new CopyOnWriteArrayList<>();

    @Override
    public Uni<Void> send(String phoneE164, String code, String message) {
        sent.add(new Sent(phoneE164, code, message));
        return Uni.createFrom().voidItem();
    }

    List<Sent> sentTo(String phone) {
        return sent.stream().filter(s -> s.phone().equals(phone)).toList();
    }

    /** The code of the latest message to this phone; fails when none was sent. */
    String lastCodeFor(String phone) {
        List<Sent> messages = sentTo(phone);
        if (messages.isEmpty()) {
            throw new AssertionError("no code was sent to " + phone);
        }
        return messages.get(messages.size() - 1).code();
    }
}
