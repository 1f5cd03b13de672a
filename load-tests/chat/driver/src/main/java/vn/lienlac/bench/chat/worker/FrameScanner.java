package vn.lienlac.bench.chat.worker;

/**
 * Reads single top-level fields out of the server's JSON frames without parsing them whole: at 50,000 events a second
 * on a 2-core machine shared with the server, a full JSON parse per event would take CPU from the server being
 * measured. Good for frames whose string values hold no field names in quotes (the server's own frames, and the
 * benchmark's texts); the rarer frames ({@code welcome}, {@code synced}, {@code error}) are parsed whole.
 */
public final class FrameScanner {

    private FrameScanner() {
    }

    /** The string value of {@code field}, or null when it is absent or JSON null. */
    public static String string(String json, String field) {
        int at = valueStart(json, field);
        if (at < 0 || json.charAt(at) != '"') {
            return null;
        }
        StringBuilder out = null;
        for (int i = at + 1; i < json.length(); i++) {
            char c = json.charAt(i);
            if (c == '"') {
                return out == null ? json.substring(at + 1, i) : out.toString();
            }
            if (c == '\\') {
                if (out == null) {
                    out = new StringBuilder(json.substring(at + 1, i));
                }
                i++;
                char escaped = json.charAt(i);
                if (escaped == 'u') {
                    out.append((char) Integer.parseInt(json.substring(i + 1, i + 5), 16));
                    i += 4;
                } else {
                    out.append(switch (escaped) {
                        case 'n' -> '\n';
                        case 't' -> '\t';
                        case 'r' -> '\r';
                        case 'b' -> '\b';
                        case 'f' -> '\f';
                        default -> escaped;
                    });
                }
            } else if (out != null) {
                out.append(c);
            }
        }
        return null;
    }

    /** The integer value of {@code field}, or {@code missing} when it is absent or not a number. */
    public static long number(String json, String field, long missing) {
        int at = valueStart(json, field);
        if (at < 0) {
            return missing;
        }
        boolean negative = json.charAt(at) == '-';
        int i = negative ? at + 1 : at;
        long value = 0;
        int digits = 0;
        for (; i < json.length(); i++) {
            char c = json.charAt(i);
            if (c < '0' || c > '9') {
                break;
            }
            value = value * 10 + (c - '0');
            digits++;
        }
        return digits == 0 ? missing : negative ? -value : value;
    }

    /** Whether {@code field} is the literal {@code true}. */
    public static boolean isTrue(String json, String field) {
        int at = valueStart(json, field);
        return at >= 0 && json.startsWith("true", at);
    }

    private static int valueStart(String json, String field) {
        String key = "\"" + field + "\"";
        int from = 0;
        while (true) {
            int at = json.indexOf(key, from);
            if (at < 0) {
                return -1;
            }
            int i = skipSpaces(json, at + key.length());
            if (i < json.length() && json.charAt(i) == ':') {
                i = skipSpaces(json, i + 1);
                return i < json.length() ? i : -1;
            }
            from = at + 1;
        }
    }

    private static int skipSpaces(String json, int i) {
        while (i < json.length() && Character.isWhitespace(json.charAt(i))) {
            i++;
        }
        return i;
    }
}
