package vn.lienlac.platform.storage;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import vn.lienlac.platform.error.ApiException;
import vn.lienlac.platform.error.ErrorCode;

/**
 * The kinds of file accepted for storage (chat attachments, directive files, notice photos), each recognised by its
 * first bytes (its "magic number"), so that a file is served as what it is and not as what the uploader said.
 */
public enum FileType {
    JPEG("image/jpeg", "jpg", bytes(0xFF, 0xD8, 0xFF)),
    PNG("image/png", "png", bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)),
    /** RIFF container whose form type, at offset 8, is WEBP. */
    WEBP("image/webp", "webp", "RIFF".getBytes(StandardCharsets.US_ASCII)),
    PDF("application/pdf", "pdf", "%PDF-".getBytes(StandardCharsets.US_ASCII));

    private static final byte[] WEBP_FORM = "WEBP".getBytes(StandardCharsets.US_ASCII);

    private final String mediaType;
    private final String extension;
    private final byte[] magic;

    FileType(String mediaType, String extension, byte[] magic) {
        this.mediaType = mediaType;
        this.extension = extension;
        this.magic = magic;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The usual file name extension, without the dot. */
    public String extension() {
        return extension;
    }

    /** The type a {@code Content-Type} header names (parameters and case ignored), if it is one accepted. */
    public static Optional<FileType> ofMediaType(String contentType) {
        if (contentType == null) {
            return Optional.empty();
        }
        String bare = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(type -> type.mediaType.equals(bare)).findFirst();
    }

    /** The type the content's first bytes show, if it is one accepted. */
    public static Optional<FileType> sniff(byte[] content) {
        return Arrays.stream(values()).filter(type -> type.matches(content)).findFirst();
    }

    /**
     * The type of an acceptable upload: not empty, not larger than {@code maxSize}, a known type whose first bytes
     * match it; 400, 413 or 415 otherwise. Every feature that takes files checks them so.
     */
    public static FileType accepted(String contentType, UploadedFile content, long maxSize) {
        if (content == null || content.size() == 0) {
            throw ApiException.badRequest("Tệp đính kèm rỗng.");
        }
        if (content.size() > maxSize) {
            throw new ApiException(ErrorCode.PAYLOAD_TOO_LARGE,
                    "Tệp đính kèm lớn hơn giới hạn " + maxSize / (1024 * 1024) + " MB.");
        }
        FileType declared = FileType.ofMediaType(contentType).orElseThrow(() -> new ApiException(
                ErrorCode.UNSUPPORTED_MEDIA_TYPE, "Chỉ gửi được ảnh JPEG, PNG, WebP hoặc tệp PDF."));
        if (FileType.sniff(content.head()).filter(declared::equals).isEmpty()) {
            throw new ApiException(ErrorCode.UNSUPPORTED_MEDIA_TYPE,
                    "Nội dung tệp không phải " + declared.mediaType() + " như đã khai báo.");
        }
        return declared;
    }

    private boolean matches(byte[] content) {
        if (!startsWith(content, 0, magic)) {
            return false;
        }
        return this != WEBP || startsWith(content, 8, WEBP_FORM);
    }

    private static boolean startsWith(byte[] content, int offset, byte[] prefix) {
        return content.length >= offset + prefix.length
                && Arrays.equals(content, offset, offset + prefix.length, prefix, 0, prefix.length);
    }

    private static byte[] bytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }
}
