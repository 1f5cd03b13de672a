package vn.lienlac.notices.publish;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The answer to a publishing request: every record's own outcome, in request order, and the counts. Batches are
 * not atomic: rejected records do not stop the valid ones.
 */
public record BatchResult(UUID batchId, Map<String, Integer> counts, List<RecordResult> records) {

    static BatchResult of(UUID batchId, List<RecordResult> records) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (RecordResult.Outcome outcome : RecordResult.Outcome.values()) {
            counts.put(outcome.wire(), 0);
        }
        records.forEach(r -> counts.merge(r.outcome().wire(), 1, Integer::sum));
        return new BatchResult(batchId, counts, List.copyOf(records));
    }
}
