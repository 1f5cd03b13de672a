package vn.lienlac.directory.sync;

import java.util.UUID;

/**
 * CDI event fired asynchronously (observe it with {@code @ObservesAsync}) after an import that changed the directory
 * has been committed. The details are in {@code directory_event} rows carrying the same import id.
 *
 * @param schoolCode the school whose directory changed
 * @param importId   the committed import
 */
public record DirectoryChanged(String schoolCode, UUID importId) {
}
