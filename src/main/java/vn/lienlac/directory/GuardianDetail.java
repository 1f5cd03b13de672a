package vn.lienlac.directory;

import java.util.List;
import vn.lienlac.directory.store.GuardianQueries.ChildRow;
import vn.lienlac.directory.store.GuardianQueries.GuardianRow;

/** A guardian and the active children they are actively linked to, across schools. */
public record GuardianDetail(GuardianRow guardian, List<ChildRow> children) {

    @Override
    public String toString() {
        return "GuardianDetail[" + guardian + "]";
    }
}
