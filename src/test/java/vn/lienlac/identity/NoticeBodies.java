package vn.lienlac.identity;

import java.util.List;
import java.util.Map;

/** Bodies of the notices API (docs/notices.md). */
final class NoticeBodies {

    private NoticeBodies() {
    }

    /** The first bytes of a JPEG (JFIF) file: enough for the type check. */
    static byte[] jpeg() {
        return new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F', 0};
    }

    /** A post to one class carrying one photo. */
    static Map<String, Object> classPost(String className, String photoId) {
        return Map.of("records", List.of(Map.of("sourceId", "anh-" + className, "className", className,
                "type", "SU_KIEN", "date", "2025-09-05", "title", "Lễ khai giảng", "photos", List.of(photoId))));
    }
}
