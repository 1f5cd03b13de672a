package vn.lienlac.chat.attachments;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import vn.lienlac.platform.storage.StorageConfig;

/**
 * Chat's own attachment knob (docs/chat-moderation.md). The shared ones under the same prefix (directory, size,
 * caching, thumbnails) are in {@link vn.lienlac.platform.storage.StorageConfig}.
 */
@ConfigMapping(prefix = "lienlac.chat.attachments")
public interface AttachmentConfig {

    /** An upload that no message refers to this long after it was made is deleted, row and bytes. */
    @WithDefault("PT24H")
    Duration orphanAfter();
}
