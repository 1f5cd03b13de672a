package vn.lienlac.notifications.sms;

/**
 * How many SMS a text takes (each part is billed). GSM-7: 160 septets in one SMS, 153 per part of a longer one
 * (the rest of the 140 bytes is the concatenation header); characters of the extension table take 2 septets and are
 * never split across parts. UCS-2: 70 UTF-16 units, 67 per part; a surrogate pair is never split. A text is counted
 * as GSM-7 when every character is in GSM-7, else as UCS-2 (as gateways choose the coding).
 *
 * @param gsm7     counted as GSM-7
 * @param units    septets (GSM-7) or UTF-16 units (UCS-2)
 * @param segments the number of SMS (at least 1)
 */
public record SmsSegments(boolean gsm7, int units, int segments) {

    public static SmsSegments of(String text) {
        return Gsm7.isGsm7(text) ? gsm7(text) : ucs2(text);
    }

    private static SmsSegments gsm7(String text) {
        int[] widths = text.codePoints().map(cp -> Gsm7.extension(cp) ? 2 : 1).toArray();
        return new SmsSegments(true, sum(widths), parts(widths, 160, 153));
    }

    private static SmsSegments ucs2(String text) {
        int[] widths = text.codePoints().map(Character::charCount).toArray();
        return new SmsSegments(false, sum(widths), parts(widths, 70, 67));
    }

    private static int parts(int[] widths, int single, int perPart) {
        if (sum(widths) <= single) {
            return 1;
        }
        int parts = 1;
        int fill = 0;
        for (int width : widths) {
            if (fill + width > perPart) {
                parts++;
                fill = 0;
            }
            fill += width;
        }
        return parts;
    }

    private static int sum(int[] widths) {
        int total = 0;
        for (int width : widths) {
            total += width;
        }
        return total;
    }
}
