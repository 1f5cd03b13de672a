package vn.lienlac.platform.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.core.buffer.Buffer;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The file-system storage on its own, with a Vert.x of its own and a fresh directory per test. */
class FileSystemStorageTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final Vertx VERTX = Vertx.vertx();

    @TempDir
    Path dir;

    private FileSystemStorage storage;

    @BeforeEach
    void storage() {
        storage = new FileSystemStorage(VERTX, config(dir));
        storage.prepare(null);
    }

    @AfterAll
    static void close() {
        VERTX.closeAndAwait();
    }

    @Test
    void storedBytesReadBackInChunks() {
        byte[] content = new byte[200_000];
        for (int i = 0; i < content.length; i++) {
            content[i] = (byte) (i * 31);
        }
        String key = UUID.randomUUID().toString();

        storage.store(key, Buffer.buffer(content)).await().atMost(TIMEOUT);

        List<Buffer> chunks = storage.open(key).await().atMost(TIMEOUT).collect().asList().await().atMost(TIMEOUT);
        assertTrue(chunks.size() > 1, "read in chunks, not at once");
        Buffer all = Buffer.buffer();
        chunks.forEach(all::appendBuffer);
        assertArrayEquals(content, all.getBytes());
    }

    @Test
    void aStoredFileLivesUnderItsShardAndLeavesNoPartialFileBehind() throws IOException {
        String key = "3f2a" + UUID.randomUUID().toString().substring(4);

        storage.store(key, Buffer.buffer("%PDF-1.7")).await().atMost(TIMEOUT);

        assertEquals("%PDF-1.7", Files.readString(dir.resolve("3f").resolve(key)));
        try (Stream<Path> incoming = Files.list(dir.resolve(".incoming"))) {
            assertEquals(0, incoming.count());
        }
    }

    @Test
    void keysThatCouldNameAnotherPathAreRefused() throws IOException {
        Files.writeString(dir.resolveSibling("secret.txt"), "bí mật");
        for (String key : List.of("../secret.txt", "..", "a/../../secret.txt", "/etc/passwd", "a\\b", "A-UPPER",
                ".incoming", "", "x".repeat(129))) {
            assertThrows(IllegalArgumentException.class, () -> storage.open(key).await().atMost(TIMEOUT), key);
            assertThrows(IllegalArgumentException.class,
                    () -> storage.store(key, Buffer.buffer("x")).await().atMost(TIMEOUT), key);
            assertThrows(IllegalArgumentException.class, () -> storage.delete(key).await().atMost(TIMEOUT), key);
        }
        assertEquals("bí mật", Files.readString(dir.resolveSibling("secret.txt")));
    }

    @Test
    void openingAMissingKeyFailsBeforeAnyByte() {
        assertThrows(NoSuchElementException.class,
                () -> storage.open(UUID.randomUUID().toString()).await().atMost(TIMEOUT));
    }

    @Test
    void deleteRemovesTheFileAndIsIdempotent() {
        String key = UUID.randomUUID().toString();
        storage.store(key, Buffer.buffer("x")).await().atMost(TIMEOUT);

        storage.delete(key).await().atMost(TIMEOUT);
        storage.delete(key).await().atMost(TIMEOUT);

        assertFalse(Files.exists(storage.path(key)));
        assertThrows(NoSuchElementException.class, () -> storage.open(key).await().atMost(TIMEOUT));
    }

    private static StorageConfig config(Path dir) {
        return new StorageConfig() {
            @Override
            public Path dir() {
                return dir;
            }

            @Override
            public MemorySize maxSize() {
                return new MemorySize(BigInteger.valueOf(10L * 1024 * 1024));
            }

            @Override
            public Duration cacheMaxAge() {
                return Duration.ofHours(1);
            }

            @Override
            public long thumbnailMaxPixels() {
                return 40_000_000L;
            }
        };
    }
}
