package vn.lienlac.chat.conversations;

import java.util.List;
import vn.lienlac.chat.event.EventView;

/**
 * A page of a conversation's events, oldest first.
 *
 * @param hasMore true when more events lie in the direction paged: after the last one (paging forward or between),
 *                or before the first one (paging back)
 */
public record EventPage(List<EventView> events, boolean hasMore) {
}
