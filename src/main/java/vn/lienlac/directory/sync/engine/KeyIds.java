package vn.lienlac.directory.sync.engine;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Ids of the rows an import refers to by natural key: seeded by the differ with the rows that exist, completed by the
 * writer with the ids returned by its inserts. Mutable, owned by one import.
 */
public final class KeyIds {

    private final Map<String, Long> students = new HashMap<>();
    private final Map<String, Long> staff = new HashMap<>();
    private final Map<String, Long> classes = new HashMap<>();
    private final Map<String, Long> guardians = new HashMap<>();

    public void student(String code, long id) {
        students.put(code, id);
    }

    public void staff(String code, long id) {
        staff.put(code, id);
    }

    public void schoolClass(String name, long id) {
        classes.put(name, id);
    }

    public void guardian(String phone, long id) {
        guardians.put(phone, id);
    }

    /** The id a reference stands for; null for a null reference. */
    public Long resolve(Ref ref) {
        if (ref == null) {
            return null;
        }
        Long id;
        if (ref instanceof Ref.Id r) {
            id = r.id();
        } else if (ref instanceof Ref.Student r) {
            id = students.get(r.code());
        } else if (ref instanceof Ref.Staff r) {
            id = staff.get(r.code());
        } else if (ref instanceof Ref.SchoolClass r) {
            id = classes.get(r.name());
        } else {
            id = guardians.get(((Ref.Guardian) ref).phone());
        }
        if (id == null) {
            throw new IllegalStateException("No id for " + ref);
        }
        return id;
    }

    /** Resolves each reference; the array suits a {@code bigint[]} parameter. */
    public Long[] resolveAll(List<? extends Ref> refs) {
        Long[] ids = new Long[refs.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = resolve(refs.get(i));
        }
        return ids;
    }
}
