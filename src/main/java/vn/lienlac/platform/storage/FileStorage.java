package vn.lienlac.platform.storage;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.buffer.Buffer;
import java.util.regex.Pattern;

/**
 * Where the bytes of stored files (chat attachments, directive files, notice photos) are kept, by key. Non-blocking:
 * every method may be called on the event loop.
 * Keys are chosen by the server ({@link #isValidKey}); an implementation refuses any other key, so that no key can
 * reach outside its storage. The owning feature's row (e.g. {@code chat_attachment}) says who may read what: the
 * storage does not.
 */
public interface FileStorage {

    /** Stores the bytes under a new key; completes once they are durably written and visible under the key. */
    Uni<Void> store(String key, Buffer content);

    /**
     * Opens the bytes stored under a key: the {@code Uni} fails (with {@link java.util.NoSuchElementException}
     * when there is nothing under the key) before any byte is read, and the stream then yields the content in
     * chunks, releasing what it holds when it completes, fails or is cancelled.
     */
    Uni<Multi<Buffer>> open(String key);

    /** Stores a file's content under the key (copied; the file stays where it is). Fails when the key is taken. */
    Uni<Void> store(String key, java.nio.file.Path file);

    /** Deletes what is stored under a key; completes normally when there was nothing. */
    Uni<Void> delete(String key);

    /** Keys are 1–128 characters of {@code a-z 0-9 -}, starting with a letter or digit: a UUID fits. */
    Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9-]{0,127}");

    static boolean isValidKey(String key) {
        return key != null && KEY.matcher(key).matches();
    }
}
