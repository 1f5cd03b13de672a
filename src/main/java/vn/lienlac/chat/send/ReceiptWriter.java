package vn.lienlac.chat.send;

import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.subscription.UniEmitter;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;
import vn.lienlac.chat.fanout.Fanout;

/**
 * Delivered and read watermarks. Clients send a receipt per message they show, so receipts are written like
 * messages: those that arrive while a write is in flight go together in the next one, one statement for all,
 * each watermark only ever moving forward (and never past the conversation's last event). Other members' connections
 * learn the new watermarks once stored.
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
                 conversation c
            WHERE c.id = b.conversation_id AND m.conversation_id = b.conversation_id
              AND m.participant = b.participant AND m.active
            RETURNING m.conversation_id, m.participant, m.delivered_seq, m.read_seq""";

    private final ConcurrentLinkedQueue<Pending> queue = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean writing = new AtomicBoolean();
    private final Pool pool;
    private final Fanout fanout;

    public ReceiptWriter(Pool pool, Fanout fanout) {
        this.pool = pool;
        this.fanout = fanout;
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
                    for (Row row : rows) {
                        String key = row.getLong("conversation_id") + "|" + row.getString("participant");
                        fanout.receipt(row.getLong("conversation_id"), row.getString("participant"),
                                row.getLong("delivered_seq"), row.getLong("read_seq"));
                        waiting.remove(key).forEach(p -> p.emitter().complete(true));
                    }
                    waiting.values().forEach(list -> list.forEach(p -> p.emitter().complete(false)));
                    writing.set(false);
                    drain();
                }, failure -> {
                    LOG.warnf("receipts could not be stored (%s)", failure.getMessage());
                    waiting.values().forEach(list -> list.forEach(p -> p.emitter().fail(failure)));
                    writing.set(false);
                    drain();
                });
    }

    private record Pending(long conversationId, String participant, long deliveredSeq, long readSeq,
            UniEmitter<? super Boolean> emitter) {
    }
}
