package vn.lienlac.platform.storage;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Stored files (chat attachments, directive files, notice photos): where their bytes live, how large they may be,
 * how they are cached and thumbnailed (docs/chat-moderation.md, "Storage"). The prefix is still
 * {@code lienlac.chat.attachments}, the name operators already set (LIENLAC_CHAT_ATTACHMENTS_DIR): chat was the
 * first feature to store files. Chat's own knob under that prefix (orphan-after) is chat's AttachmentConfig.
 */
@ConfigMapping(prefix = "lienlac.chat.attachments")
public interface StorageConfig {

    /**
     * The directory of the file-system storage (LIENLAC_CHAT_ATTACHMENTS_DIR). The default, under the temporary
     * directory, suits dev and tests only: production must point it at a persistent volume shared by every pod.
     */
    @WithDefault("${java.io.tmpdir}/lienlac-attachments")
    Path dir();

    /** The largest attachment accepted; larger uploads get 413. Keep it at most lienlac.http.body-limits.attachment. */
    @WithDefault("10M")
    MemorySize maxSize();

    /** How long a member's client may reuse a downloaded attachment ({@code Cache-Control: private, max-age}). */
    @WithDefault("PT1H")
    Duration cacheMaxAge();

    /**
     * The largest image, in pixels as its header declares them, that a thumbnail is made of; larger ones (a
     * "decompression bomb" is a small file declaring a huge image) are served as they are, never decoded.
     */
    @WithDefault("40000000")
    long thumbnailMaxPixels();
}
