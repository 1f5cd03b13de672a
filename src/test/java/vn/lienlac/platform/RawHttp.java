package vn.lienlac.platform;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * HTTP/1.1 over a plain socket, as an attacker's script sends it: any declared length, chunked bodies of any size,
 * and the answer read while the body is still being sent. Bounded: at most {@code maxBodyBytes} are written.
 */
final class RawHttp {

    /** What came back: status 0 when the connection closed before an answer. */
    record Answer(int status, String head, String body) {
        String header(String name) {
            for (String line : head.split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase(name)) {
                    return line.substring(colon + 1).trim();
                }
            }
            return null;
        }
    }

    private RawHttp() {
    }

    /**
     * POSTs {@code bodyBytes} of filler to the path: with {@code Content-Length: declaredLength} (when declaredLength
     * is not negative) or chunked in 16 KiB chunks; stops writing at the first answer byte or a closed connection.
     */
    static Answer post(URI base, String path, String extraHeaders, long declaredLength, int bodyBytes)
            throws IOException {
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(15_000);
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();
            StringBuilder head = new StringBuilder("POST " + path + " HTTP/1.1\r\nHost: " + base.getHost() + "\r\n"
                    + (extraHeaders.toLowerCase().contains("content-type:") ? "" : "Content-Type: application/json\r\n")
                    + extraHeaders);
            head.append(declaredLength >= 0 ? "Content-Length: " + declaredLength + "\r\n"
                    : "Transfer-Encoding: chunked\r\n");
            out.write(head.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = new byte[16 * 1024];
            Arrays.fill(chunk, (byte) 'a');
            try {
                for (int sent = 0; sent < bodyBytes && in.available() == 0; sent += chunk.length) {
                    int n = Math.min(chunk.length, bodyBytes - sent);
                    if (declaredLength < 0) {
                        out.write((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                        out.write(chunk, 0, n);
                        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                    } else {
                        out.write(chunk, 0, n);
                    }
                }
                out.flush();
            } catch (SocketException closedWhileSending) {
                // the server answered and closed: read what it said
            }
            return read(in);
        }
    }

    /** Sends the request bytes as they are (head and body) and reads the answer. */
    static Answer exchange(URI base, String request) throws IOException {
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(15_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
            return read(socket.getInputStream());
        }
    }

    /** Reads one response: the head, then Content-Length bytes of body (or up to the close). */
    private static Answer read(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        try {
            int matched = 0;
            byte[] end = {'\r', '\n', '\r', '\n'};
            while (matched < 4) {
                int b = in.read();
                if (b < 0) {
                    return new Answer(0, head.toString(StandardCharsets.US_ASCII), "");
                }
                head.write(b);
                matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
            }
            String headText = head.toString(StandardCharsets.US_ASCII);
            Answer partial = new Answer(Integer.parseInt(headText.substring(9, 12)), headText, "");
            String length = partial.header("content-length");
            byte[] body = length != null ? in.readNBytes(Integer.parseInt(length)) : in.readAllBytes();
            return new Answer(partial.status(), headText,
                    new String(body, StandardCharsets.UTF_8));
        } catch (SocketException reset) {
            return new Answer(0, head.toString(StandardCharsets.US_ASCII), "");
        }
    }
}
