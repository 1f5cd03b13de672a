package vn.lienlac.platform.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;
import vn.lienlac.platform.error.ApiException;

/** Making thumbnails: scaled to 480 px wide keeping the aspect, never up, and nothing risky decoded. */
class ThumbnailsTest {

    private static final long LIMIT = 40_000_000L;

    @Test
    void aLargePhotoBecomesAJpeg480WideWithItsAspectKept() {
        for (String format : new String[] {"jpg", "png"}) {
            byte[] original = TestImages.photo(format, 2000, 1500);
            byte[] thumb = Thumbnails.scale(original, format.equals("png") ? "image/png" : "image/jpeg", LIMIT);
            assertNotNull(thumb, format);
            assertEquals((byte) 0xFF, thumb[0]);
            assertEquals((byte) 0xD8, thumb[1]);
            BufferedImage image = TestImages.read(thumb);
            assertEquals(480, image.getWidth(), format);
            assertEquals(360, image.getHeight(), format);
            assertTrue(thumb.length < original.length, format + ": " + thumb.length + " < " + original.length);
        }
    }

    @Test
    void aTallNarrowPhotoKeepsItsAspect() {
        BufferedImage image = TestImages.read(Thumbnails.scale(TestImages.photo("jpg", 1000, 3001), "image/jpeg",
                LIMIT));
        assertEquals(480, image.getWidth());
        assertEquals(1440, image.getHeight());
    }

    @Test
    void aPhonePhotoStoredSidewaysIsTurnedAsItsExifSays() {
        byte[] halves = TestImages.halves(2000, 1500);
        assertEquals(1, Thumbnails.orientation(halves));
        assertEquals(6, Thumbnails.orientation(TestImages.withOrientation(halves, 6)));

        // 6: turn a quarter clockwise: the red left half goes to the top.
        BufferedImage six = TestImages.read(Thumbnails.scale(TestImages.withOrientation(halves, 6), "image/jpeg",
                LIMIT));
        assertEquals(480, six.getWidth());
        assertEquals(640, six.getHeight());
        assertTrue(red(six.getRGB(240, 20)) && blue(six.getRGB(240, 620)));
        // 8: a quarter anticlockwise: the red half goes to the bottom.
        BufferedImage eight = TestImages.read(Thumbnails.scale(TestImages.withOrientation(halves, 8), "image/jpeg",
                LIMIT));
        assertEquals(640, eight.getHeight());
        assertTrue(blue(eight.getRGB(240, 20)) && red(eight.getRGB(240, 620)));
        // 3: upside down: red on the right.
        BufferedImage three = TestImages.read(Thumbnails.scale(TestImages.withOrientation(halves, 3), "image/jpeg",
                LIMIT));
        assertEquals(360, three.getHeight());
        assertTrue(blue(three.getRGB(20, 180)) && red(three.getRGB(460, 180)));
        // Garbage where the EXIF should be changes nothing.
        byte[] broken = TestImages.withOrientation(halves, 6);
        broken[12] = 'X';
        assertEquals(1, Thumbnails.orientation(broken));
    }

    private static boolean red(int rgb) {
        return (rgb >> 16 & 0xFF) > 200 && (rgb & 0xFF) < 60;
    }

    private static boolean blue(int rgb) {
        return (rgb & 0xFF) > 200 && (rgb >> 16 & 0xFF) < 60;
    }

    @Test
    void neverUpscaled() {
        // A narrow JPEG is already what a thumbnail is: served as it is.
        assertNull(Thumbnails.scale(TestImages.photo("jpg", 300, 200), "image/jpeg", LIMIT));
        // A narrow PNG becomes a JPEG of the same size.
        BufferedImage image = TestImages.read(Thumbnails.scale(TestImages.photo("png", 300, 200), "image/png",
                LIMIT));
        assertEquals(300, image.getWidth());
        assertEquals(200, image.getHeight());
    }

    @Test
    void whatCannotOrMustNotBeDecodedIsNotResized() {
        assertNull(Thumbnails.scale(TestImages.WEBP, "image/webp", LIMIT));
        assertNull(Thumbnails.scale(TestImages.corruptJpeg(), "image/jpeg", LIMIT));
        assertNull(Thumbnails.scale(new byte[0], "image/png", LIMIT));
        byte[] bomb = TestImages.bomb(8000, 6000);
        assertTrue(bomb.length < 100_000, "a bomb is small: " + bomb.length);
        assertNull(Thumbnails.scale(bomb, "image/png", LIMIT));
        assertNotNull(Thumbnails.scale(TestImages.photo("png", 2000, 1500), "image/png", 2000 * 1500));
        assertNull(Thumbnails.scale(TestImages.photo("png", 2000, 1500), "image/png", 2000 * 1500 - 1));
    }

    @Test
    void onlyTheThumbSizeIsKnown() {
        assertEquals(false, Thumbnails.wanted(null));
        assertEquals(true, Thumbnails.wanted("thumb"));
        assertThrows(ApiException.class, () -> Thumbnails.wanted("large"));
        assertThrows(ApiException.class, () -> Thumbnails.wanted(""));
    }

    @Test
    void aThumbnailIsDownloadedAsAJpg() {
        assertEquals("Bữa trưa.jpg", Thumbnails.downloadName("Bữa trưa.png"));
        assertEquals("anh.JPEG", Thumbnails.downloadName("anh.JPEG"));
        assertEquals("anh.jpg", Thumbnails.downloadName("anh"));
        assertEquals("3f2a-thumb", Thumbnails.key("3f2a"));
        assertTrue(FileStorage.isValidKey(Thumbnails.key("3f2a6c2e-5a4d-4e8f-9a51-0c7d2e6b9f10")));
    }
}
