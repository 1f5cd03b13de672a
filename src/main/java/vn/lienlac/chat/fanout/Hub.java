package vn.lienlac.chat.fanout;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * The connections of this pod, indexed by the conversations they follow and the participants they act for. It
 * only routes wake-ups: each {@link Follower} reads what it has not sent yet from the {@link ConversationFeeds}.
 */
@Singleton
public class Hub {

    private final ConcurrentHashMap<Long, Set<Follower>> byConversation = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Set<Subscriber>> byParticipant = new ConcurrentHashMap<>();

    /**
     * Registers the subscriber unless {@code max} subscribers on this pod already act for {@code person} (one of its
     * participants, the same for every connection of a person): the check and the registration are one atomic step,
     * so concurrent connections of one person cannot pass the cap together.
     *
     * @return false when the subscriber is one too many (nothing was registered)
     */
    public boolean register(Subscriber subscriber, String person, int max) {
        boolean[] admitted = {false};
        byParticipant.compute(person, (key, set) -> {
            Set<Subscriber> subscribers = set != null ? set : ConcurrentHashMap.newKeySet();
            if (subscribers.size() < max) {
                subscribers.add(subscriber);
                admitted[0] = true;
            }
            return subscribers.isEmpty() ? null : subscribers;
        });
        if (!admitted[0]) {
            return false;
        }
        for (String participant : subscriber.participants()) {
            if (!participant.equals(person)) {
                byParticipant.computeIfAbsent(participant, key -> ConcurrentHashMap.newKeySet()).add(subscriber);
            }
        }
        return true;
    }

    /** How many connections on this pod act for the participant. */
    public int connections(String participant) {
        Set<Subscriber> subscribers = byParticipant.get(participant);
        return subscribers == null ? 0 : subscribers.size();
    }

    public void follow(long conversationId, Follower follower) {
        byConversation.computeIfAbsent(conversationId, key -> ConcurrentHashMap.newKeySet()).add(follower);
    }

    public void unfollow(long conversationId, Follower follower) {
        byConversation.computeIfPresent(conversationId, (key, set) -> {
            set.remove(follower);
            return set.isEmpty() ? null : set;
        });
    }

    /** Forgets a closed connection and the conversations it followed. */
    public void remove(Subscriber subscriber, Map<Long, ? extends Follower> followed) {
        followed.forEach(this::unfollow);
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
        wake(List.of(conversationId));
    }

    /**
     * Wakes the followers of the conversations, each on its own lane: one task per other lane, and the followers
     * of the calling thread's lane last, in place.
     */
    void wake(Collection<Long> conversationIds) {
        Map<Lane, List<Follower>> byLane = new IdentityHashMap<>();
        for (long conversationId : conversationIds) {
            each(byConversation.get(conversationId),
                    follower -> byLane.computeIfAbsent(follower.lane(), lane -> new ArrayList<>()).add(follower));
        }
        List<Follower> here = List.of();
        for (Map.Entry<Lane, List<Follower>> entry : byLane.entrySet()) {
            List<Follower> followers = entry.getValue();
            if (entry.getKey().isCurrent()) {
                here = followers;
            } else {
                entry.getKey().execute(() -> followers.forEach(Follower::wake));
            }
        }
        here.forEach(Follower::wake);
    }

    void wakeAll() {
        wake(List.copyOf(byConversation.keySet()));
    }

    void joined(String participant, long conversationId, long seq) {
        each(byParticipant.get(participant), subscriber -> subscriber.joined(conversationId, participant, seq));
    }

    void ephemeral(long conversationId, String from, String frame) {
        each(byConversation.get(conversationId), follower -> follower.ephemeral(from, frame));
    }

    private static <T> void each(Set<T> targets, Consumer<T> action) {
        if (targets != null) {
            targets.forEach(action);
        }
    }
}
