package vn.lienlac.chat.send;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.UniEmitter;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;
import vn.lienlac.chat.fanout.Fanout;
import vn.lienlac.directory.Participant;
import vn.lienlac.notifications.outbox.Outbox;
import vn.lienlac.notifications.outbox.ReadMark;

/**
 * Delivered and read watermarks. Clients send a receipt per message they show, so receipts are written like
 * messages: those that arrive while a write is in flight go together in the next one, one statement for all,
 * each watermark only ever moving forward (and never past the conversation's last event). Other members' connections
 * learn the new watermarks once stored. A read watermark that moved settles the person's notifications up to it
 * ({@link Outbox#readUpTo}: their queued pushes, Zalo and SMS messages for what they have now read are skipped), in
 * one statement for the batch, after the watermarks are stored and without holding up the next write.
 */
@ApplicationScoped
public class ReceiptWriter {

    private static final Logger LOG = Logger.getLogger(ReceiptWriter.class);
    private static final String UPDATE = """
            UPDATE conversation_member m
            SET delivered_seq = GREATEST(m.delivered_seq, LEAST(GREATEST(b.delivered, b.read), c.last_seq)),
                read_seq = GREATEST(m.read_seq, LEAST(b.read, c.last_seq))
            FROM unnest($1::bigint[], $2::text[], $3::bigint[], $4::bigint[]) AS b(conversation_id, participant,
                                                                                   delivered, read),
                 conversation c, conversation_member before
            WHERE c.id = b.conversation_id AND m.conversation_id = b.conversation_id
              AND m.participant = b.participant AND m.active
              AND before.conversation_id = m.conversation_id AND before.participant = m.participant
            RETURNING m.conversation_id, m.participant, m.delivered_seq, m.read_seq, before.read_seq AS read_before""";

    private final ConcurrentLinkedQueue<Pending> queue = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean writing = new AtomicBoolean();
    private final Pool pool;
    private final Fanout fanout;
    private final Outbox outbox;
    private final Clock clock;

    public ReceiptWriter(Pool pool, Fanout fanout, Outbox outbox, Clock clock) {
        this.pool = pool;
        this.fanout = fanout;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * Moves {@code participant}'s watermarks forward (0 leaves one as it is).
     *
     * @return true when stored; false when the participant is not an active member of the conversation
     */
    public Uni<Boolean> mark(long conversationId, String participant, long deliveredSeq, long readSeq) {
        return Uni.createFrom().emitter(emitter -> {
            queue.add(new Pending(conversationId, participant, deliveredSeq, readSeq, emitter));
            drain();
        });
    }

    private void drain() {
        if (queue.isEmpty() || !writing.compareAndSet(false, true)) {
            return;
        }
        Map<String, long[]> merged = new LinkedHashMap<>();
        Map<String, List<Pending>> waiting = new LinkedHashMap<>();
        Pending next;
        while ((next = queue.poll()) != null) {
            String key = next.conversationId() + "|" + next.participant();
            long[] marks = merged.computeIfAbsent(key, k -> new long[2]);
            marks[0] = Math.max(marks[0], next.deliveredSeq());
            marks[1] = Math.max(marks[1], next.readSeq());
            waiting.computeIfAbsent(key, k -> new ArrayList<>()).add(next);
        }
        int n = merged.size();
        Long[] conversations = new Long[n];
        String[] participants = new String[n];
        Long[] delivered = new Long[n];
        Long[] read = new Long[n];
        int i = 0;
        for (Map.Entry<String, long[]> entry : merged.entrySet()) {
            Pending first = waiting.get(entry.getKey()).get(0);
            conversations[i] = first.conversationId();
            participants[i] = first.participant();
            delivered[i] = entry.getValue()[0];
            read[i] = entry.getValue()[1];
            i++;
        }
        pool.preparedQuery(UPDATE).execute(Tuple.of(conversations, participants, delivered, read))
                .subscribe().with(rows -> {
                    List<ReadMark> reads = new ArrayList<>();
                    for (Row row : rows) {
                        if (row.getLong("read_seq") > row.getLong("read_before")) {
                            reads.add(new ReadMark(Participant.parse(row.getString("participant")),
                                    row.getLong("conversation_id"), row.getLong("read_seq")));
                        }
                        String key = row.getLong("conversation_id") + "|" + row.getString("participant");
                        fanout.receipt(row.getLong("conversation_id"), row.getString("participant"),
                                row.getLong("delivered_seq"), row.getLong("read_seq"));
                        waiting.remove(key).forEach(p -> p.emitter().complete(true));
                    }
                    waiting.values().forEach(list -> list.forEach(p -> p.emitter().complete(false)));
                    writing.set(false);
                    drain();
                    settle(reads);
                }, failure -> {
                    LOG.warnf("receipts could not be stored (%s)", failure.getMessage());
                    waiting.values().forEach(list -> list.forEach(p -> p.emitter().fail(failure)));
                    writing.set(false);
                    drain();
                });
    }

    /** The outbox learns what was read; a failure only means that a notification may still go out. */
    private void settle(List<ReadMark> reads) {
        if (reads.isEmpty()) {
            return;
        }
        pool.withTransaction(conn -> outbox.readUpTo(conn, reads, clock.instant()))
                .subscribe().with(ok -> { }, failure -> LOG.warnf("read marks not passed to the outbox (%s)",
                        failure.getMessage()));
    }

    private record Pending(long conversationId, String participant, long deliveredSeq, long readSeq,
            UniEmitter<? super Boolean> emitter) {
    }
}
