package vn.lienlac.chat.fanout;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * The connections of this pod, indexed by the conversations they follow and the participants they act for. It
 * only routes wake-ups: each {@link Subscriber} reads what it has not sent yet from the {@link ConversationFeeds}.
 */
@ApplicationScoped
public class Hub {

    private final ConcurrentHashMap<Long, Set<Subscriber>> byConversation = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Set<Subscriber>> byParticipant = new ConcurrentHashMap<>();

    public void register(Subscriber subscriber) {
        for (String participant : subscriber.participants()) {
            byParticipant.computeIfAbsent(participant, key -> ConcurrentHashMap.newKeySet()).add(subscriber);
        }
    }

    public void follow(Subscriber subscriber, long conversationId) {
        byConversation.computeIfAbsent(conversationId, key -> ConcurrentHashMap.newKeySet()).add(subscriber);
    }

    public void unfollow(Subscriber subscriber, long conversationId) {
        byConversation.computeIfPresent(conversationId, (key, set) -> {
            set.remove(subscriber);
            return set.isEmpty() ? null : set;
        });
    }

    /** Forgets a closed connection. */
    public void remove(Subscriber subscriber, Collection<Long> followed) {
        for (long conversationId : followed) {
            unfollow(subscriber, conversationId);
        }
        for (String participant : subscriber.participants()) {
            byParticipant.computeIfPresent(participant, (key, set) -> {
                set.remove(subscriber);
                return set.isEmpty() ? null : set;
            });
        }
    }

    /** Whether any connection on this pod acts for the participant. */
    public boolean holds(String participant) {
        return byParticipant.containsKey(participant);
    }

    public boolean followed(long conversationId) {
        return byConversation.containsKey(conversationId);
    }

    void wake(long conversationId) {
        each(byConversation.get(conversationId), subscriber -> subscriber.wake(conversationId));
    }

    void wakeAll() {
        byConversation.forEach((conversationId, subscribers) -> each(subscribers, s -> s.wake(conversationId)));
    }

    void joined(String participant, long conversationId, long seq) {
        each(byParticipant.get(participant), subscriber -> subscriber.joined(conversationId, participant, seq));
    }

    void ephemeral(long conversationId, String from, String frame) {
        each(byConversation.get(conversationId), subscriber -> subscriber.ephemeral(conversationId, from, frame));
    }

    private static void each(Set<Subscriber> subscribers, Consumer<Subscriber> action) {
        if (subscribers != null) {
            subscribers.forEach(action);
        }
    }
}
