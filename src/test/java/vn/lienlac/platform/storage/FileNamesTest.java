package vn.lienlac.platform.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FileNamesTest {

    @Test
    void directoryPartsAreDropped() {
        assertEquals("passwd", FileNames.sanitise("../../etc/passwd"));
        assertEquals("hosts", FileNames.sanitise("C:\\Windows\\System32\\drivers\\etc\\hosts"));
    }

    @Test
    void namesOfOnlyDotsOrSpacesAreNoName() {
        assertNull(FileNames.sanitise(".."));
        assertNull(FileNames.sanitise("  "));
        assertNull(FileNames.sanitise("a/"));
        assertNull(FileNames.sanitise(null));
    }

    @Test
    void controlAndBidiCharactersAreRemoved() {
        assertEquals("hoadon_fdp.exe", FileNames.sanitise("hoadon_\u202Efdp.exe"));
        assertEquals("ab.pdf", FileNames.sanitise("a\u0000b\n.pdf"));
        assertEquals("thoikhoabieu.pdf", FileNames.sanitise("thoi\u2066khoa\u3164bieu\uD800.pdf\u200B"));
    }

    @Test
    void contentDispositionCarriesAnAsciiFallbackAndTheExactUtf8Name() {
        assertEquals("attachment; filename=\"Don xin nghi hoc _1_.pdf\"; "
                        + "filename*=UTF-8''%C4%90%C6%A1n%20xin%20ngh%E1%BB%89%20h%E1%BB%8Dc%20%221%22.pdf",
                FileNames.contentDisposition("Đơn xin nghỉ học \"1\".pdf"));
        assertEquals("attachment; filename=\"a*b.png\"; filename*=UTF-8''a%2Ab.png",
                FileNames.contentDisposition("a*b.png"));
    }

    @Test
    void typesAreKnownByTheirFirstBytes() {
        assertEquals(Optional.of(FileType.PDF),
                FileType.sniff("%PDF-1.4".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(Optional.empty(), FileType.sniff("%PD".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(Optional.of(FileType.JPEG), FileType.ofMediaType("IMAGE/JPEG; charset=binary"));
        assertEquals(Optional.empty(), FileType.ofMediaType("image/svg+xml"));
    }
}
