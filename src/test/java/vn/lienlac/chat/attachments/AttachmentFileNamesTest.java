package vn.lienlac.chat.attachments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AttachmentFileNamesTest {

    @Test
    void directoryPartsAreDropped() {
        assertEquals("passwd", AttachmentFileNames.sanitise("../../etc/passwd"));
        assertEquals("hosts", AttachmentFileNames.sanitise("C:\\Windows\\System32\\drivers\\etc\\hosts"));
    }

    @Test
    void namesOfOnlyDotsOrSpacesAreNoName() {
        assertNull(AttachmentFileNames.sanitise(".."));
        assertNull(AttachmentFileNames.sanitise("  "));
        assertNull(AttachmentFileNames.sanitise("a/"));
        assertNull(AttachmentFileNames.sanitise(null));
    }

    @Test
    void controlAndBidiCharactersAreRemoved() {
        assertEquals("hoadon_fdp.exe", AttachmentFileNames.sanitise("hoadon_\u202Efdp.exe"));
        assertEquals("ab.pdf", AttachmentFileNames.sanitise("a\u0000b\n.pdf"));
        assertEquals("thoikhoabieu.pdf", AttachmentFileNames.sanitise("thoi\u2066khoa\u3164bieu\uD800.pdf\u200B"));
    }

    @Test
    void contentDispositionCarriesAnAsciiFallbackAndTheExactUtf8Name() {
        assertEquals("attachment; filename=\"Don xin nghi hoc _1_.pdf\"; "
                        + "filename*=UTF-8''%C4%90%C6%A1n%20xin%20ngh%E1%BB%89%20h%E1%BB%8Dc%20%221%22.pdf",
                AttachmentFileNames.contentDisposition("Đơn xin nghỉ học \"1\".pdf"));
        assertEquals("attachment; filename=\"a*b.png\"; filename*=UTF-8''a%2Ab.png",
                AttachmentFileNames.contentDisposition("a*b.png"));
    }

    @Test
    void typesAreKnownByTheirFirstBytes() {
        assertEquals(Optional.of(AttachmentType.PDF),
                AttachmentType.sniff("%PDF-1.4".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(Optional.empty(), AttachmentType.sniff("%PD".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(Optional.of(AttachmentType.JPEG), AttachmentType.ofMediaType("IMAGE/JPEG; charset=binary"));
        assertEquals(Optional.empty(), AttachmentType.ofMediaType("image/svg+xml"));
    }
}
