package vn.lienlac.chat.attachments;

import java.time.Instant;
import java.util.UUID;
import vn.lienlac.chat.event.AttachmentRef;
import vn.lienlac.platform.storage.FileStorage;
import vn.lienlac.platform.storage.FileType;

/**
 * A row of {@code chat_attachment}: an uploaded file of a conversation, whose bytes are in the
 * {@link FileStorage} under {@code storageKey}.
 *
 * @param uploader the member participant who uploaded it; only they may send it, in this conversation
 * @param fileName the sanitised name the uploader gave, or null
 */
public record StoredAttachment(UUID id, long conversationId, String uploader, FileType type, long size,
        String fileName, String sha256, String storageKey, Instant createdAt) {

    /** What a message shows of it. */
    public AttachmentRef ref() {
        return new AttachmentRef(id, type.mediaType(), size, fileName);
    }

    /** The name to download it under: its own, or {@code tep-dinh-kem.<extension>}. */
    public String downloadName() {
        return fileName != null ? fileName : "tep-dinh-kem." + type.extension();
    }
}
