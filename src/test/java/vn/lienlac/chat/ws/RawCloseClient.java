package vn.lienlac.chat.ws;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;

/**
 * A WebSocket client written by hand on a plain socket, so that what a test sees is the close frame the server put on
 * the wire (not what a framework's client reports): the upgrade, one {@code sync}, then a reader thread that records
 * the close frame's code, reason and arrival time.
 */
final class RawCloseClient implements AutoCloseable {

    /** The server's close frame: code, reason, and when it arrived ({@link System#nanoTime()}); code -1: none came. */
    record Close(int code, String reason, long atNanos) {
    }

    private final Socket socket;
    final CompletableFuture<Close> close = new CompletableFuture<>();
    /** The first text frame ({@code welcome}): the connection's session is open. */
    final CompletableFuture<String> welcome = new CompletableFuture<>();

    private RawCloseClient(Socket socket) {
        this.socket = socket;
    }

    /** Opens a chat connection; fails with the HTTP status line when the upgrade is refused. */
    static RawCloseClient open(URI uri, String token) throws IOException {
        Socket socket = new Socket();
        socket.connect(new InetSocketAddress(uri.getHost(), uri.getPort()));
        String head = upgrade(socket, uri, token);
        if (!head.startsWith("HTTP/1.1 101")) {
            socket.close();
            throw new IOException("upgrade refused: " + head);
        }
        RawCloseClient client = new RawCloseClient(socket);
        writeMaskedText(socket.getOutputStream(), "{\"type\":\"sync\",\"cursors\":{}}");
        Thread reader = new Thread(client::read, "raw-close-client");
        reader.setDaemon(true);
        reader.start();
        return client;
    }

    /** The response head to an upgrade request (status line and headers); the socket is closed. */
    static String refusal(URI uri, String token) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(uri.getHost(), uri.getPort()));
            return upgrade(socket, uri, token);
        }
    }

    private static String upgrade(Socket socket, URI uri, String token) throws IOException {
        OutputStream out = socket.getOutputStream();
        out.write(("GET /ws/chat HTTP/1.1\r\nHost: " + uri.getHost() + ":" + uri.getPort() + "\r\n"
                + "Upgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                + "Sec-WebSocket-Version: 13\r\nSec-WebSocket-Protocol: lienlac.chat.v1\r\n"
                + "Authorization: Bearer " + token + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
        return readHead(socket.getInputStream());
    }

    private void read() {
        try {
            DataInputStream in = new DataInputStream(socket.getInputStream());
            while (true) {
                int first = in.readUnsignedByte();
                int second = in.readUnsignedByte();
                long length = second & 0x7f;
                if (length == 126) {
                    length = in.readUnsignedShort();
                } else if (length == 127) {
                    length = in.readLong();
                }
                byte[] payload = new byte[(int) length];
                in.readFully(payload);
                if ((first & 0x0f) == 1) {
                    welcome.complete(new String(payload, StandardCharsets.UTF_8));
                }
                if ((first & 0x0f) == 8) {
                    int code = payload.length >= 2 ? ((payload[0] & 0xff) << 8) | (payload[1] & 0xff) : 1005;
                    String reason = payload.length > 2
                            ? new String(Arrays.copyOfRange(payload, 2, payload.length), StandardCharsets.UTF_8)
                            : "";
                    close.complete(new Close(code, reason, System.nanoTime()));
                    return;
                }
            }
        } catch (IOException end) {
            close.complete(new Close(-1, "", System.nanoTime()));
        }
    }

    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.US_ASCII).endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            head.write(b);
        }
        return head.toString(StandardCharsets.US_ASCII);
    }

    private static void writeMaskedText(OutputStream out, String text) throws IOException {
        byte[] payload = text.getBytes(StandardCharsets.UTF_8);
        byte[] mask = {1, 2, 3, 4};
        out.write(0x81);
        out.write(0x80 | payload.length);
        out.write(mask);
        for (int i = 0; i < payload.length; i++) {
            out.write(payload[i] ^ mask[i % 4]);
        }
        out.flush();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
