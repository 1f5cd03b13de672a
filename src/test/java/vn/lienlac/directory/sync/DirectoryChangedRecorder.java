package vn.lienlac.directory.sync;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.ObservesAsync;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Keeps every {@link DirectoryChanged} event fired, for tests. */
@ApplicationScoped
public class DirectoryChangedRecorder {

    private final List<DirectoryChanged> received = new CopyOnWriteArrayList<>();

    void on(@ObservesAsync DirectoryChanged event) {
        received.add(event);
    }

    public List<DirectoryChanged> received() {
        return received;
    }
}
