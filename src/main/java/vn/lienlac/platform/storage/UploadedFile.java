package vn.lienlac.platform.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import vn.lienlac.platform.Sha256;

/**
 * An upload already streamed to a temporary file (docs/api.md, "Body limits"): its size, its first bytes (enough to
 * tell its type) and its SHA-256, read from disk in small blocks. A request without a body has no file: size 0.
 * Never compared: it names one request's file.
 */
public record UploadedFile(Path path, long size, byte[] head, String sha256) {

    private static final int HEAD = 16;

    /** Reads the file's size, first bytes and hash. Blocking: call on a worker thread. */
    public static UploadedFile inspect(Path path) {
        if (path == null) {
            return new UploadedFile(null, 0, new byte[0], null);
        }
        try (InputStream in = Files.newInputStream(path)) {
            byte[] head = in.readNBytes(HEAD);
            return new UploadedFile(path, Files.size(path), head, Sha256.hex(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return "UploadedFile[" + size + " bytes]";
    }
}
