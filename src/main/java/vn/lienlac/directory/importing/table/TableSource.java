package vn.lienlac.directory.importing.table;

import java.io.InputStream;

/**
 * A file format that can be read row by row. Blocking: call on a worker thread.
 * A file that cannot be read throws {@code ApiException(UNREADABLE_FILE)}; an exception thrown by the sink
 * propagates unchanged and stops reading.
 */
public interface TableSource {

    void read(InputStream in, RowSink sink);
}
