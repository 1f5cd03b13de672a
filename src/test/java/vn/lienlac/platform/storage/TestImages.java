package vn.lienlac.platform.storage;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import javax.imageio.ImageIO;

/** Real images for thumbnail tests, drawn and encoded with ImageIO. */
public final class TestImages {

    /** The first bytes of a WebP file and a little more: accepted as WebP, which ImageIO cannot decode here. */
    public static final byte[] WEBP = "RIFF\u0024\0\0\0WEBPVP8 \u0018\0\0\0\u0030\u0001\0\u009d\u0001\u002a"
            .getBytes(StandardCharsets.ISO_8859_1);

    private TestImages() {
    }

    /** A photo-like picture (gradients, shapes and noise), {@code width}×{@code height}, as JPEG or PNG. */
    public static byte[] photo(String format, int width, int height) {
        BufferedImage image = new BufferedImage(width, height,
                format.equals("png") ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Random random = new Random(42);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int noise = random.nextInt(24);
                image.setRGB(x, y, 0xFF000000 | (Math.min(255, x * 255 / width + noise) << 16)
                        | (Math.min(255, y * 255 / height + noise) << 8) | (128 + noise));
            }
        }
        Graphics2D g = image.createGraphics();
        g.setColor(Color.ORANGE);
        g.fillOval(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        return encode(image, format);
    }

    /**
     * A decompression bomb: a tiny PNG whose header declares {@code width}×{@code height} pixels (all of them
     * white, so it compresses to almost nothing).
     */
    public static byte[] bomb(int width, int height) {
        return encode(new BufferedImage(width, height, BufferedImage.TYPE_BYTE_BINARY), "png");
    }

    /** A JPEG whose left half is red and right half blue, {@code width}×{@code height}. */
    public static byte[] halves(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.RED);
        g.fillRect(0, 0, width / 2, height);
        g.setColor(Color.BLUE);
        g.fillRect(width / 2, 0, width - width / 2, height);
        g.dispose();
        return encode(image, "jpg");
    }

    /** The JPEG with an APP1 Exif segment (big-endian TIFF) saying this orientation, right after its SOI marker. */
    public static byte[] withOrientation(byte[] jpeg, int orientation) {
        byte[] exif = {(byte) 0xFF, (byte) 0xE1, 0, 34, 'E', 'x', 'i', 'f', 0, 0,
            'M', 'M', 0, 42, 0, 0, 0, 8, // TIFF header, first directory at 8
            0, 1, // one entry
            0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, (byte) orientation, 0, 0, // Orientation, SHORT, 1 value
            0, 0, 0, 0}; // no next directory
        byte[] result = new byte[jpeg.length + exif.length];
        System.arraycopy(jpeg, 0, result, 0, 2);
        System.arraycopy(exif, 0, result, 2, exif.length);
        System.arraycopy(jpeg, 2, result, 2 + exif.length, jpeg.length - 2);
        return result;
    }

    /** JPEG magic, then garbage. */
    public static byte[] corruptJpeg() {
        byte[] bytes = new byte[4096];
        new Random(7).nextBytes(bytes);
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xD8;
        bytes[2] = (byte) 0xFF;
        bytes[3] = (byte) 0xE0;
        return bytes;
    }

    public static BufferedImage read(byte[] bytes) {
        try {
            return ImageIO.read(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] encode(BufferedImage image, String format) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("no writer for " + format);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
