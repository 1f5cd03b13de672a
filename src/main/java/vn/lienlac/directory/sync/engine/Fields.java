package vn.lienlac.directory.sync.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.lienlac.directory.sync.FieldChange;

/** Collects the fields of one {@link vn.lienlac.directory.sync.Change}. */
public final class Fields {

    private final List<FieldChange> list = new ArrayList<>();

    /** Adds the field when the value changes. */
    public Fields diff(String field, Object from, Object to) {
        if (!Objects.equals(from, to)) {
            list.add(new FieldChange(field, text(from), text(to)));
        }
        return this;
    }

    /** Adds a field of a new record when it has a value. */
    public Fields set(String field, Object to) {
        if (to != null) {
            list.add(new FieldChange(field, null, text(to)));
        }
        return this;
    }

    public boolean isEmpty() {
        return list.isEmpty();
    }

    public List<FieldChange> list() {
        return list;
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof Enum<?> e ? e.name() : value.toString();
    }
}
