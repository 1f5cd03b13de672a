package vn.lienlac.notices.publish;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The answer to a publishing request: every record's own outcome, in request order, and the counts. Batches are
 * not atomic: rejected records do not stop the valid ones. A batch scheduled for later answers its scheduled id as
 * {@code batchId}, {@code sendAt}, and {@code scheduled} for each valid record (the count {@code scheduled} appears
 * only then).
 */
public record BatchResult(UUID batchId, Map<String, Integer> counts, List<RecordResult> records,
        @JsonInclude(JsonInclude.Include.NON_NULL) Instant sendAt) {

    static BatchResult of(UUID batchId, List<RecordResult> records) {
        return new BatchResult(batchId, counts(records), List.copyOf(records), null);
    }

    /** The answer to a scheduled batch: the records rejected now, and the others {@code scheduled}. */
    public static BatchResult scheduled(UUID id, List<RecordResult> rejected, List<String> sourceIds,
            List<Integer> indexes, Instant sendAt) {
        List<RecordResult> all = new ArrayList<>(rejected);
        for (int i = 0; i < indexes.size(); i++) {
            all.add(new RecordResult(indexes.get(i), sourceIds.get(i), RecordResult.Outcome.SCHEDULED, null, null,
                    null));
        }
        all.sort((a, b) -> Integer.compare(a.index(), b.index()));
        return new BatchResult(id, counts(all), List.copyOf(all), sendAt);
    }

    private static Map<String, Integer> counts(List<RecordResult> records) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (RecordResult.Outcome outcome : RecordResult.Outcome.values()) {
            if (outcome != RecordResult.Outcome.SCHEDULED) {
                counts.put(outcome.wire(), 0);
            }
        }
        records.forEach(r -> counts.merge(r.outcome().wire(), 1, Integer::sum));
        return counts;
    }
}
