package vn.lienlac.chat.send;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.UniEmitter;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.Logger;
import vn.lienlac.chat.ChatConfig;
import vn.lienlac.chat.ChatError;
import vn.lienlac.chat.event.ChatEvent;
import vn.lienlac.chat.event.EventDraft;
import vn.lienlac.chat.event.EventLog;
import vn.lienlac.chat.fanout.Fanout;
import vn.lienlac.chat.presence.ChatPresence;
import vn.lienlac.notifications.outbox.Outbox;
import vn.lienlac.notifications.outbox.Reach;
import vn.lienlac.platform.sql.SqlTimes;

/**
 * Stores messages with group commit: the sends that arrive while a transaction is in flight are stored together in
 * the next one (up to {@link ChatConfig#maxBatch}), so that a disk doing a few thousand durable commits a second
 * can store many more messages, each acknowledged only after its own commit ({@code synchronous_commit} stays on).
 * Under light load a send is its own transaction and waits for nobody.
 *
 * <p>In each transaction: lock the conversations (id order), check every send ({@link SendCheck}), append the
 * accepted ones to the {@link EventLog}, enqueue push items for members who are not connected (only when the check
 * found some: {@link ChatReaches}), commit, then complete the sends (the acks) and hand the events to the
 * {@link Fanout}.
 * If a batch fails, each of its sends is retried alone, so that one bad send cannot fail the others.
 */
@ApplicationScoped
public class MessageWriter {

    private static final Logger LOG = Logger.getLogger(MessageWriter.class);

    private final ConcurrentLinkedQueue<Pending> queue = new ConcurrentLinkedQueue<>();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final Pool pool;
    private final EventLog log;
    private final Fanout fanout;
    private final ChatQuietHours quietHours;
    private final Clock clock;
    private final ChatConfig config;
    private final ChatPresence presence;
    private final Outbox outbox;

    public MessageWriter(Pool pool, EventLog log, Fanout fanout, ChatQuietHours quietHours, Clock clock,
            ChatConfig config, ChatPresence presence, Outbox outbox) {
        this.presence = presence;
        this.outbox = outbox;
        this.pool = pool;
        this.log = log;
        this.fanout = fanout;
        this.quietHours = quietHours;
        this.clock = clock;
        this.config = config;
    }

    /** Stores the message (or finds it stored under its client id); the item comes after the commit. */
    public Uni<SendResult> send(SendCommand command) {
        return Uni.createFrom().emitter(emitter -> {
            queue.add(new Pending(command, emitter, false));
            drain();
        });
    }

    /** Starts transactions for queued sends while fewer than the allowed number are in flight. */
    private void drain() {
        while (!queue.isEmpty()) {
            int current = inFlight.get();
            if (current >= config.writersInFlight()) {
                return;
            }
            if (!inFlight.compareAndSet(current, current + 1)) {
                continue;
            }
            List<Pending> batch = take();
            if (batch.isEmpty()) {
                inFlight.decrementAndGet();
                return;
            }
            write(batch);
        }
    }

    private List<Pending> take() {
        List<Pending> batch = new ArrayList<>();
        Pending next;
        while (batch.size() < config.maxBatch() && (next = queue.poll()) != null) {
            if (next.alone() && !batch.isEmpty()) {
                queue.add(next);
                break;
            }
            batch.add(next);
            if (next.alone()) {
                break;
            }
        }
        return batch;
    }

    private void write(List<Pending> batch) {
        Instant now = clock.instant();
        List<SendCommand> commands = batch.stream().map(Pending::command).toList();
        pool.withTransaction(conn -> store(conn, commands, now))
                .subscribe().with(outcome -> {
                    inFlight.decrementAndGet();
                    // Acks first: they are a frame per sender, while the fan-out this thread runs for its own
                    // event loop's members is hundreds, and the ack (the sender's tick) would wait behind it.
                    for (int i = 0; i < batch.size(); i++) {
                        batch.get(i).emitter().complete(outcome.results().get(i));
                    }
                    fanout.committed(outcome.events());
                    drain();
                }, failure -> {
                    inFlight.decrementAndGet();
                    if (batch.size() > 1) {
                        LOG.warnf("a batch of %d messages failed (%s); storing each alone", batch.size(),
                                failure.getMessage());
                        batch.forEach(p -> queue.add(new Pending(p.command(), p.emitter(), true)));
                    } else {
                        LOG.errorf(failure, "a message could not be stored: %s", batch.get(0).command());
                        batch.get(0).emitter().complete(SendResult.refused(batch.get(0).command(),
                                ChatError.INTERNAL));
                    }
                    drain();
                });
    }

    private Uni<Outcome> store(SqlConnection conn, List<SendCommand> commands, Instant now) {
        Set<Long> conversations = new HashSet<>();
        commands.forEach(command -> conversations.add(command.conversationId()));
        return log.lock(conn, conversations).chain(lastSeq -> SendCheck.run(conn, commands, presence.staleBefore())
                .chain(verdicts -> {
            List<Map.Entry<Long, EventDraft>> drafts = new ArrayList<>();
            List<BatchSlot> slots = new ArrayList<>(commands.size());
            Map<String, Integer> firstOfKey = new HashMap<>();
            SendResult[] results = new SendResult[commands.size()];
            List<ChatQuietHours.Notice> notices = new ArrayList<>();
            for (int i = 0; i < commands.size(); i++) {
                SendCommand command = commands.get(i);
                SendCheck.Verdict verdict = verdicts.get(i);
                if (verdict.refusal() != null) {
                    results[i] = SendResult.refused(command, verdict.refusal());
                } else if (verdict.duplicateSeq() != null) {
                    results[i] = SendResult.stored(command, verdict.sender(), verdict.duplicateSeq(),
                            verdict.duplicateAt(), true, null);
                } else {
                    String key = command.conversationId() + "|" + verdict.sender() + "|" + command.clientId();
                    Integer first = firstOfKey.putIfAbsent(key, i);
                    if (first != null) {
                        slots.add(new BatchSlot.RepeatOf(first));
                        continue;
                    }
                    ChatQuietHours.Decision quiet = quietHours.decide(verdict, now);
                    if (quiet.notice() != null) {
                        notices.add(new ChatQuietHours.Notice(command.conversationId(), verdict.sender(), i,
                                quiet.notice()));
                    }
                    drafts.add(Map.entry(command.conversationId(), EventDraft.message(verdict.sender(),
                            command.clientId(), command.text(), command.replyTo(), command.attachmentId(),
                            quiet.silentFor())));
                    slots.add(BatchSlot.NEW);
                    continue;
                }
                slots.add(BatchSlot.SETTLED);
            }
            return log.appendLocked(conn, lastSeq, drafts, now)
                    .call(events -> recordNotices(conn, notices, now))
                    .call(events -> enqueue(conn, verdicts, slots, events, now))
                    .map(events -> {
                        Map<Integer, String> noticeText = new HashMap<>();
                        notices.forEach(n -> noticeText.put(n.index(), n.text()));
                        int e = 0;
                        for (int i = 0; i < commands.size(); i++) {
                            if (slots.get(i) == BatchSlot.NEW) {
                                ChatEvent event = events.get(e++);
                                results[i] = SendResult.stored(commands.get(i), event.sender(), event.seq(),
                                        event.createdAt(), false, noticeText.get(i));
                            }
                        }
                        for (int i = 0; i < commands.size(); i++) {
                            if (slots.get(i) instanceof BatchSlot.RepeatOf repeat) {
                                SendResult first = results[repeat.first()];
                                results[i] = SendResult.stored(commands.get(i), first.sender(), first.seq(),
                                        first.sentAt(), true, null);
                            }
                        }
                        return new Outcome(events, List.of(results));
                    });
        }));
    }

    /** One enqueue for the batch's new messages, and none at all when no member is to be woken. */
    private Uni<Void> enqueue(SqlConnection conn, List<SendCheck.Verdict> verdicts, List<BatchSlot> slots,
            List<ChatEvent> events, Instant now) {
        List<Reach> reaches = ChatReaches.none();
        int e = 0;
        for (int i = 0; i < slots.size(); i++) {
            if (slots.get(i) == BatchSlot.NEW) {
                ChatReaches.add(reaches, verdicts.get(i).row(), events.get(e++));
            }
        }
        return reaches.isEmpty() ? Uni.createFrom().voidItem() : outbox.enqueue(conn, reaches, now);
    }

    private Uni<Void> recordNotices(SqlConnection conn, List<ChatQuietHours.Notice> notices, Instant now) {
        if (notices.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        Long[] conversations = notices.stream().map(ChatQuietHours.Notice::conversationId).toArray(Long[]::new);
        String[] senders = notices.stream().map(ChatQuietHours.Notice::sender).toArray(String[]::new);
        return conn.preparedQuery("UPDATE conversation_member m SET quiet_notice_at = $3 "
                        + "FROM unnest($1::bigint[], $2::text[]) AS b(c, p) "
                        + "WHERE m.conversation_id = b.c AND m.participant = b.p")
                .execute(Tuple.of(conversations, senders, SqlTimes.of(now)))
                .replaceWithVoid();
    }

    private record Pending(SendCommand command, UniEmitter<? super SendResult> emitter, boolean alone) {
    }

    private record Outcome(List<ChatEvent> events, List<SendResult> results) {
    }
}
