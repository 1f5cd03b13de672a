package vn.lienlac.platform.storage;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.vertx.mutiny.core.buffer.Buffer;
import jakarta.enterprise.context.ApplicationScoped;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.NoSuchElementException;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.jboss.logging.Logger;
import vn.lienlac.platform.error.ApiException;

/**
 * Small copies of stored photos for list views (docs/chat-moderation.md, "Thumbnails"): a JPEG at most
 * {@link #MAX_WIDTH} pixels wide, made once with the JDK's ImageIO on a worker thread and kept in the same
 * {@link FileStorage} under {@code <key>-thumb}, beside the original (the storage writes to a temporary file
 * and moves it into place, so concurrent first requests at worst make it twice, never half). A photo that cannot be
 * resized here (WebP, a corrupt file, one larger than {@link StorageConfig#thumbnailMaxPixels()}, or a JPEG
 * already narrow enough) is answered with its original bytes and type. A JPEG's EXIF orientation (a phone's photo
 * stored sideways) is applied, as browsers do for the original. Callers check access first.
 */
@ApplicationScoped
public class Thumbnails {

    /** The widest thumbnail, in pixels. */
    public static final int MAX_WIDTH = 480;
    static final float QUALITY = 0.8f;
    private static final String SUFFIX = "-thumb";
    private static final Logger LOG = Logger.getLogger(Thumbnails.class);

    private final FileStorage storage;
    private final StorageConfig config;

    public Thumbnails(FileStorage storage, StorageConfig config) {
        this.storage = storage;
        this.config = config;
    }

    /** What to send: the content type and the bytes (a thumbnail, or the original). */
    public record Image(String contentType, Multi<Buffer> content) {
    }

    /** The {@code size} query parameter of a download: absent for the original, {@code thumb}; else 400. */
    public static boolean wanted(String size) {
        if (size == null) {
            return false;
        }
        if (size.equals("thumb")) {
            return true;
        }
        throw ApiException.badRequest(
                "Kích thước ảnh không hợp lệ: chỉ có size=thumb (hoặc bỏ trống để tải ảnh gốc).");
    }

    /** The storage key of a stored file's thumbnail. */
    public static String key(String storageKey) {
        return storageKey + SUFFIX;
    }

    /** The name to download a thumbnail under: the original's with a {@code .jpg} extension. */
    public static String downloadName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".jpg") || lower.endsWith(".jpeg")) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        return (dot > 0 ? name.substring(0, dot) : name) + ".jpg";
    }

    /**
     * The thumbnail of what is stored under {@code storageKey} (of type {@code contentType}): from the cache, or made
     * now and cached; the original when it cannot be resized. Fails with {@link NoSuchElementException} when
     * nothing is stored under the key.
     */
    public Uni<Image> open(String storageKey, String contentType) {
        if (!ImageIO.getImageReadersByMIMEType(contentType).hasNext()) {
            return storage.open(storageKey).map(content -> new Image(contentType, content));
        }
        return storage.open(key(storageKey))
                .map(content -> new Image("image/jpeg", content))
                .onFailure(NoSuchElementException.class).recoverWithUni(() -> make(storageKey, contentType));
    }

    /** Deletes the thumbnail of a stored file, if one was made. */
    public Uni<Void> delete(String storageKey) {
        return storage.delete(key(storageKey));
    }

    private Uni<Image> make(String storageKey, String contentType) {
        return storage.open(storageKey)
                .chain(content -> content.collect().in(Buffer::buffer, Buffer::appendBuffer))
                .chain(original -> Uni.createFrom().item(() -> scale(original.getBytes(), contentType,
                                config.thumbnailMaxPixels()))
                        .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                        .chain(thumb -> {
                            if (thumb == null) {
                                return Uni.createFrom().item(new Image(contentType, Multi.createFrom().item(original)));
                            }
                            Buffer bytes = Buffer.buffer(thumb);
                            return storage.store(key(storageKey), bytes)
                                    .onFailure().invoke(e -> LOG.warnf(e, "Could not cache the thumbnail of %s",
                                            storageKey))
                                    .onFailure().recoverWithNull()
                                    .replaceWith(new Image("image/jpeg", Multi.createFrom().item(bytes)));
                        }));
    }

    /**
     * A JPEG at most {@link #MAX_WIDTH} wide of an image, or null when it should be served as it is: no reader
     * for it, corrupt, over {@code maxPixels} as its header declares (checked before any pixel is decoded), or a
     * JPEG no wider than {@link #MAX_WIDTH}. Blocking and CPU-heavy: call on a worker thread.
     */
    static byte[] scale(byte[] original, String contentType, long maxPixels) {
        // In memory: ImageIO's default streams would cache in temporary files.
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(original))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return null;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if (width <= 0 || height <= 0 || (long) width * height > maxPixels) {
                    LOG.debugf("Not resizing a %dx%d image", width, height);
                    return null;
                }
                boolean jpeg = "image/jpeg".equals(contentType);
                // A phone's photo is often stored sideways with an EXIF orientation that browsers apply: so must we.
                int orientation = jpeg ? orientation(original) : 1;
                boolean turned = orientation >= 5;
                int shownWidth = turned ? height : width;
                int shownHeight = turned ? width : height;
                if (shownWidth <= MAX_WIDTH && jpeg) {
                    return null;
                }
                int targetWidth = Math.min(shownWidth, MAX_WIDTH);
                int targetHeight = Math.max(1, (int) Math.round((double) shownHeight * targetWidth / shownWidth));
                // Decode only every n-th pixel when the image is much larger: less memory, still twice the target.
                int step = Math.max(1, shownWidth / (2 * targetWidth));
                ImageReadParam param = reader.getDefaultReadParam();
                param.setSourceSubsampling(step, step, 0, 0);
                BufferedImage decoded = reader.read(0, param);
                return jpeg(resize(decoded, turned ? targetHeight : targetWidth, turned ? targetWidth : targetHeight,
                        orientation));
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            LOG.debugf("Not resizing an image that cannot be decoded: %s", e.toString());
            return null;
        }
    }

    /**
     * Scaled to {@code width}×{@code height} (before turning), drawn on white (a PNG's transparent parts), in RGB,
     * with bicubic interpolation, then turned as the EXIF {@code orientation} (1–8) says.
     */
    private static BufferedImage resize(BufferedImage source, int width, int height, int orientation) {
        boolean turned = orientation >= 5;
        BufferedImage target = new BufferedImage(turned ? height : width, turned ? width : height,
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = target.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, target.getWidth(), target.getHeight());
            g.transform(turn(orientation, width, height));
            g.drawImage(source, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return target;
    }

    /** The transform that shows a {@code w}×{@code h} image the way its EXIF orientation says. */
    private static AffineTransform turn(int orientation, int w, int h) {
        AffineTransform t = new AffineTransform();
        switch (orientation) {
            case 2 -> { // mirrored
                t.translate(w, 0);
                t.scale(-1, 1);
            }
            case 3 -> { // upside down
                t.translate(w, h);
                t.rotate(Math.PI);
            }
            case 4 -> { // mirrored upside down
                t.translate(0, h);
                t.scale(1, -1);
            }
            case 5 -> { // transposed
                t.rotate(Math.PI / 2);
                t.scale(1, -1);
            }
            case 6 -> { // to turn a quarter clockwise
                t.translate(h, 0);
                t.rotate(Math.PI / 2);
            }
            case 7 -> { // transversed
                t.translate(h, w);
                t.rotate(3 * Math.PI / 2);
                t.scale(1, -1);
            }
            case 8 -> { // to turn a quarter anticlockwise
                t.translate(0, w);
                t.rotate(3 * Math.PI / 2);
            }
            default -> {
            }
        }
        return t;
    }

    /**
     * The EXIF orientation (1–8) of a JPEG, from the TIFF directory of its APP1 "Exif" segment; 1 (as stored) when
     * there is none or it cannot be read. Bounds-checked: a file may lie.
     */
    static int orientation(byte[] jpeg) {
        if (jpeg.length < 4 || (jpeg[0] & 0xFF) != 0xFF || (jpeg[1] & 0xFF) != 0xD8) {
            return 1;
        }
        int pos = 2;
        while (pos + 4 <= jpeg.length) {
            if ((jpeg[pos] & 0xFF) != 0xFF) {
                return 1;
            }
            int marker = jpeg[pos + 1] & 0xFF;
            if (marker == 0xFF) {
                pos++;
                continue;
            }
            if (marker == 0xDA || marker == 0xD9) {
                return 1; // the image data starts: no metadata after it
            }
            int length = u16(jpeg, pos + 2, false);
            int end = pos + 2 + length;
            if (length < 2 || end > jpeg.length) {
                return 1;
            }
            int start = pos + 4;
            if (marker == 0xE1 && length >= 16 && jpeg[start] == 'E' && jpeg[start + 1] == 'x'
                    && jpeg[start + 2] == 'i' && jpeg[start + 3] == 'f' && jpeg[start + 4] == 0
                    && jpeg[start + 5] == 0) {
                return tiffOrientation(jpeg, start + 6, end);
            }
            pos = end;
        }
        return 1;
    }

    private static int tiffOrientation(byte[] b, int tiff, int end) {
        boolean little = b[tiff] == 'I' && b[tiff + 1] == 'I';
        if (!little && !(b[tiff] == 'M' && b[tiff + 1] == 'M')) {
            return 1;
        }
        long ifd = tiff + u32(b, tiff + 4, little);
        if (ifd < tiff + 8 || ifd + 2 > end) {
            return 1;
        }
        int count = u16(b, (int) ifd, little);
        for (int i = 0; i < count; i++) {
            int entry = (int) ifd + 2 + i * 12;
            if (entry + 12 > end) {
                return 1;
            }
            if (u16(b, entry, little) == 0x0112 && u16(b, entry + 2, little) == 3) {
                int value = u16(b, entry + 8, little);
                return value >= 1 && value <= 8 ? value : 1;
            }
        }
        return 1;
    }

    private static int u16(byte[] b, int at, boolean little) {
        int first = b[at] & 0xFF;
        int second = b[at + 1] & 0xFF;
        return little ? first | second << 8 : first << 8 | second;
    }

    private static long u32(byte[] b, int at, boolean little) {
        long high = u16(b, at + (little ? 2 : 0), little);
        long low = u16(b, at + (little ? 0 : 2), little);
        return high << 16 | low;
    }

    private static byte[] jpeg(BufferedImage image) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(QUALITY);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }
}
