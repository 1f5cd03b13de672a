package vn.lienlac.chat.event;

import java.util.UUID;

/** What a message says about its attachment; the bytes are fetched over REST by members. */
public record AttachmentRef(UUID id, String contentType, long size, String fileName) {
}
