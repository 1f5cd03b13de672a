package vn.lienlac.platform.storage;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.core.file.CopyOptions;
import io.vertx.core.file.OpenOptions;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.buffer.Buffer;
import io.vertx.mutiny.core.file.AsyncFile;
import io.vertx.mutiny.core.file.FileSystem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.NoSuchElementException;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Stored files under one directory ({@link StorageConfig#dir()}), through Vert.x's asynchronous file
 * system. A key {@code 3f2a…} lives at {@code <dir>/3f/3f2a…}. A file is written under {@code <dir>/.incoming/},
 * forced to disk, and then moved into place atomically, so that a reader never sees half a file. Every pod must see
 * the same directory (a shared volume).
 */
@ApplicationScoped
public class FileSystemStorage implements FileStorage {

    private static final Logger LOG = Logger.getLogger(FileSystemStorage.class);
    private static final String INCOMING = ".incoming";
    private static final int READ_CHUNK = 64 * 1024;

    private final FileSystem fs;
    private final Path root;

    public FileSystemStorage(Vertx vertx, StorageConfig config) {
        this.fs = vertx.fileSystem();
        this.root = config.dir().toAbsolutePath().normalize();
    }

    /** Creates the directory at start-up (blocking, before traffic), or fails start-up saying what to change. */
    void prepare(@Observes StartupEvent event) {
        try {
            Files.createDirectories(root.resolve(INCOMING));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the file storage directory " + root
                    + ": set lienlac.chat.attachments.dir (LIENLAC_CHAT_ATTACHMENTS_DIR) to a writable volume", e);
        }
        Path temp = Paths.get(System.getProperty("java.io.tmpdir")).toAbsolutePath().normalize();
        if (LaunchMode.current() == LaunchMode.NORMAL && root.startsWith(temp)) {
            LOG.warnf("Stored files are kept under the temporary directory (%s): set "
                    + "LIENLAC_CHAT_ATTACHMENTS_DIR to a persistent volume shared by every pod", root);
        }
    }

    @Override
    public Uni<Void> store(String key, Buffer content) {
        return located(key).chain(target -> {
            String temp = root.resolve(INCOMING).resolve(key + "." + UUID.randomUUID() + ".part").toString();
            return fs.mkdirs(target.getParent().toString())
                    .chain(() -> fs.open(temp, new OpenOptions().setWrite(true).setCreateNew(true)))
                    .chain(file -> file.write(content).chain(file::flush).eventually(file::close))
                    .chain(() -> fs.move(temp, target.toString(), new CopyOptions().setAtomicMove(true)))
                    .onFailure().call(() -> fs.delete(temp).onFailure().recoverWithNull());
        });
    }

    @Override
    public Uni<Void> store(String key, Path file) {
        return located(key).chain(target -> {
            String temp = root.resolve(INCOMING).resolve(key + "." + UUID.randomUUID() + ".part").toString();
            return fs.mkdirs(target.getParent().toString())
                    .chain(() -> fs.copy(file.toString(), temp))
                    .chain(() -> fs.open(temp, new OpenOptions().setWrite(true).setCreate(false)))
                    .chain(copy -> copy.flush().eventually(copy::close))
                    .chain(() -> fs.move(temp, target.toString(), new CopyOptions().setAtomicMove(true)))
                    .onFailure().call(() -> fs.delete(temp).onFailure().recoverWithNull());
        });
    }

    @Override
    public Uni<Multi<Buffer>> open(String key) {
        return located(key)
                .chain(path -> fs.open(path.toString(), new OpenOptions().setRead(true).setWrite(false)
                        .setCreate(false)))
                .onFailure(FileSystemStorage::missing)
                .transform(e -> new NoSuchElementException("no attachment stored under " + key))
                .map(FileSystemStorage::chunks);
    }

    @Override
    public Uni<Void> delete(String key) {
        return located(key).chain(path -> fs.delete(path.toString()))
                .onFailure(FileSystemStorage::missing).recoverWithNull();
    }

    private static Multi<Buffer> chunks(AsyncFile file) {
        return file.setReadBufferSize(READ_CHUNK).toMulti().onTermination().call(file::close);
    }

    private Uni<Path> located(String key) {
        return Uni.createFrom().item(() -> path(key));
    }

    /** The file of a key; refuses any key that is not one the server makes, so nothing outside the root is named. */
    Path path(String key) {
        if (!FileStorage.isValidKey(key)) {
            throw new IllegalArgumentException("not an attachment key");
        }
        Path path = root.resolve(key.substring(0, Math.min(2, key.length()))).resolve(key).normalize();
        if (!path.startsWith(root)) {
            throw new IllegalArgumentException("not an attachment key");
        }
        return path;
    }

    private static boolean missing(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof NoSuchFileException) {
                return true;
            }
        }
        return false;
    }
}
