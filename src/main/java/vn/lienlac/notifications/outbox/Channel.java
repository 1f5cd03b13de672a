package vn.lienlac.notifications.outbox;

import io.smallrye.mutiny.Uni;

/**
 * One way to reach a person (an {@code @ApplicationScoped} bean per channel). Channels never throw for a provider's
 * answer: every outcome is a {@link SendResult}; a failed Uni is treated as {@link SendResult.Retry}.
 */
public interface Channel {

    ChannelName name();

    /** Whether its environment variables are set (docs/notifications.md); the policy skips a channel that is not. */
    boolean configured();

    Uni<SendResult> send(Attempt attempt);
}
