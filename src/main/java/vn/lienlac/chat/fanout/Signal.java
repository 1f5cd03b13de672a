package vn.lienlac.chat.fanout;

/**
 * What pods tell each other about chat, ids only: the database is the source of truth, a signal is only a wake-up.
 * Each signal is one line of text on the bus.
 */
public sealed interface Signal {

    /** A conversation's events up to {@code seq} are committed. */
    record Advanced(long conversationId, long seq) implements Signal {
    }

    /** {@code participant} joined the conversation with the event {@code seq}. */
    record Joined(String participant, long conversationId, long seq) implements Signal {
    }

    /** {@code participant} is typing in the conversation (ephemeral, never stored). */
    record Typing(long conversationId, String participant) implements Signal {
    }

    /** {@code participant}'s receipt watermarks in the conversation moved (already stored). */
    record Receipt(long conversationId, String participant, long deliveredSeq, long readSeq) implements Signal {
    }

    /** One line: {@code a 12 41}, {@code j g:4 12 41}, {@code t 12 g:4}, {@code r 12 g:4 40 38}. */
    static String encode(Signal signal) {
        if (signal instanceof Advanced a) {
            return "a " + a.conversationId() + " " + a.seq();
        }
        if (signal instanceof Joined j) {
            return "j " + j.participant() + " " + j.conversationId() + " " + j.seq();
        }
        if (signal instanceof Typing t) {
            return "t " + t.conversationId() + " " + t.participant();
        }
        Receipt r = (Receipt) signal;
        return "r " + r.conversationId() + " " + r.participant() + " " + r.deliveredSeq() + " " + r.readSeq();
    }

    /** The signal of one line, or null for a line this version does not understand. */
    static Signal decode(String line) {
        String[] f = line.split(" ");
        try {
            return switch (f[0]) {
                case "a" -> f.length == 3 ? new Advanced(Long.parseLong(f[1]), Long.parseLong(f[2])) : null;
                case "j" -> f.length == 4 ? new Joined(f[1], Long.parseLong(f[2]), Long.parseLong(f[3])) : null;
                case "t" -> f.length == 3 ? new Typing(Long.parseLong(f[1]), f[2]) : null;
                case "r" -> f.length == 5
                        ? new Receipt(Long.parseLong(f[1]), f[2], Long.parseLong(f[3]), Long.parseLong(f[4]))
                        : null;
                default -> null;
            };
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
