package vn.lienlac.chat.attachments;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.time.Duration;

/** Chat attachments: where their bytes live and how large they may be (docs/chat-moderation.md). */
@ConfigMapping(prefix = "lienlac.chat.attachments")
public interface AttachmentConfig {

    /**
     * The directory of the file-system storage (LIENLAC_CHAT_ATTACHMENTS_DIR). The default, under the temporary
     * directory, suits dev and tests only: production must point it at a persistent volume shared by every pod.
     */
    @WithDefault("${java.io.tmpdir}/lienlac-attachments")
    Path dir();

    /** The largest attachment accepted; larger uploads get 413. Keep it at most lienlac.http.body-limits.attachment. */
    @WithDefault("10M")
    MemorySize maxSize();

    /** An upload that no message refers to this long after it was made is deleted, row and bytes. */
    @WithDefault("PT24H")
    Duration orphanAfter();

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
