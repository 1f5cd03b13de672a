package vn.lienlac.notices.publish;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import vn.lienlac.directory.model.SchoolYears;
import vn.lienlac.notices.publish.AssessmentCodes.AssessmentType;
import vn.lienlac.notices.publish.AssessmentCodes.DomainLevel;
import vn.lienlac.notices.publish.AssessmentCodes.PreschoolDomain;
import vn.lienlac.notices.publish.AssessmentCodes.QualityLevel;
import vn.lienlac.notices.publish.AssessmentCodes.Tt22Level;
import vn.lienlac.notices.publish.AssessmentCodes.Tt27Item;
import vn.lienlac.notices.publish.AssessmentCodes.Tt27Kind;
import vn.lienlac.notices.publish.Codes.Term;

/**
 * Reads one assessment record (kind {@code ASSESSMENT}, docs/notices.md "Assessments") into a {@link RecordDraft}:
 * a lower-secondary term result (Thông tư 22/2021), a primary assessment of qualities and competences (Thông tư
 * 27/2020) or a preschool topic assessment. Whether the type fits the school's level is checked later, against the
 * directory ({@link SchoolLevelRules}).
 */
final class AssessmentReader {

    private static final int NOTE = 500;

    private AssessmentReader() {
    }

    static RecordDraft read(int index, String sourceId, RecordFields fields, LocalDate today) {
        String student = fields.line("studentCode", true, 50);
        AssessmentType type = fields.choice("type", AssessmentType.class, true);
        SortedMap<String, Object> payload = new TreeMap<>();
        payload.put("studentCode", student);
        payload.put("type", type.name());
        LocalDate occurredOn = today;
        switch (type) {
            case REN_LUYEN_HOC_TAP -> {
                payload.put("schoolYear", schoolYear(fields));
                payload.put("term", fields.choice("term", Term.class, true).name());
                Tt22Level conduct = fields.choice("conduct", Tt22Level.class, false);
                Tt22Level learning = fields.choice("learning", Tt22Level.class, false);
                if (conduct == null && learning == null) {
                    throw new Rejected(RecordProblem.MISSING_FIELD, "conduct, learning");
                }
                put(payload, "conduct", conduct);
                put(payload, "learning", learning);
            }
            case PHAM_CHAT_NANG_LUC -> {
                payload.put("schoolYear", schoolYear(fields));
                Term term = fields.choice("term", Term.class, true);
                if (term == Term.CA_NAM) {
                    throw new Rejected(RecordProblem.INVALID_VALUE, "term", term.name() + " (chỉ HK1 hoặc HK2)");
                }
                payload.put("term", term.name());
                payload.put("kind", fields.choice("kind", Tt27Kind.class, true).name());
                payload.put("items", items(fields.object("items", true)));
            }
            case CHU_DE -> {
                payload.put("topic", fields.line("topic", true, 200));
                String period = fields.line("period", true, 20);
                occurredOn = periodStart(period, today);
                payload.put("period", period);
                int start = occurredOn.getMonthValue() >= 8 ? occurredOn.getYear() : occurredOn.getYear() - 1;
                payload.put("schoolYear", start + "-" + (start + 1));
                payload.put("domains", domains(fields.object("domains", true)));
            }
        }
        put(payload, "comment", fields.line("comment", false, NOTE));
        return new RecordDraft(index, sourceId, false, student, null, occurredOn, null, payload);
    }

    private static String schoolYear(RecordFields fields) {
        String year = fields.line("schoolYear", true, 9);
        if (!SchoolYears.isValid(year)) {
            throw new Rejected(RecordProblem.INVALID_VALUE, "schoolYear", year);
        }
        return year;
    }

    /** {"YEU_NUOC": "TOT", …}: at least one quality or competence, each with its level. */
    private static SortedMap<String, Object> items(JsonNode node) {
        SortedMap<String, Object> items = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            Tt27Item item = code(Tt27Item.class, "items", e.getKey());
            items.put(item.name(), level(QualityLevel.class, "items." + item.name(), e.getValue()).name());
        }
        if (items.isEmpty()) {
            throw new Rejected(RecordProblem.MISSING_FIELD, "items");
        }
        return items;
    }

    /** {"THE_CHAT": "DAT", "NGON_NGU": {"level": "CHUA_DAT", "comment": "…"}}: at least one domain. */
    private static SortedMap<String, Object> domains(JsonNode node) {
        SortedMap<String, Object> domains = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            PreschoolDomain domain = code(PreschoolDomain.class, "domains", e.getKey());
            String field = "domains." + domain.name();
            SortedMap<String, Object> entry = new TreeMap<>();
            if (e.getValue().isObject()) {
                RecordFields inner = new RecordFields(e.getValue());
                entry.put("level", level(DomainLevel.class, field + ".level", e.getValue().get("level")).name());
                put(entry, "comment", inner.line("comment", false, NOTE));
            } else {
                entry.put("level", level(DomainLevel.class, field, e.getValue()).name());
            }
            domains.put(domain.name(), entry);
        }
        if (domains.isEmpty()) {
            throw new Rejected(RecordProblem.MISSING_FIELD, "domains");
        }
        return domains;
    }

    private static <E extends Enum<E>> E code(Class<E> type, String field, String key) {
        try {
            return Enum.valueOf(type, key);
        } catch (IllegalArgumentException e) {
            throw new Rejected(RecordProblem.INVALID_VALUE, field, key);
        }
    }

    private static <E extends Enum<E>> E level(Class<E> type, String field, JsonNode value) {
        if (value == null || value.isNull()) {
            throw new Rejected(RecordProblem.MISSING_FIELD, field);
        }
        if (!value.isTextual()) {
            throw new Rejected(RecordProblem.INVALID_VALUE, field, value.toString());
        }
        return code(type, field, value.asText());
    }

    /** {@code 2025-11} (a month) or {@code 2025-11-14} (a day), not after today: the day the period starts. */
    private static LocalDate periodStart(String period, LocalDate today) {
        LocalDate start;
        try {
            start = period.length() == 7 ? YearMonth.parse(period).atDay(1) : LocalDate.parse(period);
        } catch (DateTimeParseException e) {
            throw new Rejected(RecordProblem.INVALID_VALUE, "period", period + " (yyyy-MM hoặc yyyy-MM-dd)");
        }
        if (start.isAfter(today)) {
            throw new Rejected(RecordProblem.FUTURE_DATE, period);
        }
        return start;
    }

    private static void put(SortedMap<String, Object> payload, String key, Object value) {
        if (value != null) {
            payload.put(key, value instanceof Enum<?> e ? e.name() : value.toString());
        }
    }
}
