package vn.lienlac.directory.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.hibernate.reactive.mutiny.Mutiny;

/**
 * The {@code where} clause of a query whose filters are optional, with its named parameters: conditions are
 * added only when they apply, so no query binds a null parameter.
 */
final class Conditions {

    private final List<String> clauses = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    Conditions add(String clause) {
        clauses.add(clause);
        return this;
    }

    Conditions add(String clause, String name, Object value) {
        parameters.put(name, value);
        return add(clause);
    }

    /** {@code path in :classIds}; an empty set matches nothing (an empty {@code in} list is not portable HQL). */
    Conditions inClasses(String path, Set<Long> classIds) {
        return classIds.isEmpty() ? add("1 = 0") : add(path + " in :classIds", "classIds", classIds);
    }

    Conditions parameter(String name, Object value) {
        parameters.put(name, value);
        return this;
    }

    String where() {
        return clauses.isEmpty() ? "" : " where " + String.join(" and ", clauses);
    }

    <R> Mutiny.SelectionQuery<R> bind(Mutiny.SelectionQuery<R> query) {
        parameters.forEach(query::setParameter);
        return query;
    }
}
