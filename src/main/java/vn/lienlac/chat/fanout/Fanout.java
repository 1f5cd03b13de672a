package vn.lienlac.chat.fanout;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import vn.lienlac.chat.event.ChatEvent;

/**
 * Delivery of committed events to connections on this pod and, through the {@link ChatBus}, on every other pod.
 * Call {@link #committed} after the transaction that appended the events has committed.
 */
@ApplicationScoped
public class Fanout {

    /** Events just committed (any conversations, each conversation's in sequence order). */
    public void committed(List<ChatEvent> events) {
        // implemented with the hub
    }
}
