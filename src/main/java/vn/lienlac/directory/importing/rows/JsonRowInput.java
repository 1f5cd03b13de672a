package vn.lienlac.directory.importing.rows;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import vn.lienlac.directory.importing.ImportColumn;

/** One item of a JSON push: text fields, list fields (already split by the sender) and JSON field names. */
public final class JsonRowInput<C extends Enum<C> & ImportColumn> implements RowInput<C> {

    private final int row;
    private final Map<C, String> texts;
    private final Map<C, List<String>> lists;

    public JsonRowInput(int row, Class<C> type) {
        this.row = row;
        this.texts = new EnumMap<>(type);
        this.lists = new EnumMap<>(type);
    }

    public JsonRowInput<C> text(C column, String value) {
        texts.put(column, value);
        return this;
    }

    public JsonRowInput<C> items(C column, List<String> values) {
        lists.put(column, values);
        return this;
    }

    @Override
    public int row() {
        return row;
    }

    @Override
    public String text(C column) {
        return texts.get(column);
    }

    @Override
    public String columnName(C column) {
        return column.jsonField();
    }

    @Override
    public List<String> items(C column) {
        List<String> values = lists.get(column);
        return values == null ? List.of() : Collections.unmodifiableList(values);
    }
}
