package vn.lienlac.notices.publish;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import vn.lienlac.directory.StudentBirths;
import vn.lienlac.directory.StudentBirths.Birth;
import vn.lienlac.notices.growth.GrowthAssessment;
import vn.lienlac.notices.growth.WhoReference;

/**
 * Growth measurements ({@code CAN_DO}) read on the WHO reference with the child's birth date and sex from the
 * directory: the reading is stored in the record as {@code "who"} (docs/notices.md#growth), so the notice states it
 * and can be rendered again. A record whose student the directory does not know gets no reading here; matching it
 * with the directory rejects it afterwards.
 */
@ApplicationScoped
class GrowthDrafts {

    /** The record's key for the WHO reading. */
    static final String WHO = "who";

    private final StudentBirths births;

    GrowthDrafts(StudentBirths births) {
        this.births = births;
    }

    Uni<List<RecordDraft>> apply(long schoolId, List<RecordDraft> drafts) {
        List<RecordDraft> growth = drafts.stream()
                .filter(d -> !d.deleted() && Codes.HealthType.CAN_DO.name().equals(d.payload().get("type")))
                .toList();
        if (growth.isEmpty()) {
            return Uni.createFrom().item(drafts);
        }
        Set<String> codes = growth.stream().map(RecordDraft::studentCode).collect(Collectors.toSet());
        return births.of(schoolId, codes).map(found -> {
            for (RecordDraft draft : growth) {
                Birth birth = found.get(draft.studentCode());
                if (birth == null) {
                    continue;
                }
                draft.payload().put(WHO, GrowthAssessment.of(WhoReference.shipped(), birth.sex(),
                        birth.dateOfBirth(), draft.occurredOn(), new BigDecimal((String) draft.payload().get("heightCm")),
                        new BigDecimal((String) draft.payload().get("weightKg"))).toPayload());
            }
            return drafts;
        });
    }
}
