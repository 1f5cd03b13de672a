package vn.lienlac.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.management.JMException;
import javax.management.JMX;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import javax.management.StandardMBean;
import vn.lienlac.platform.devdb.DevDatabase;

/**
 * A TCP relay between the application and the test PostgreSQL, which a test can cut: {@link #down()} closes the
 * listening socket and every relayed connection (the application then sees a dropped connection and "connection
 * refused", as when PostgreSQL's host goes away), {@link #up()} listens again on the same port. Other tests share the
 * PostgreSQL server, so it is not the server that is stopped, only this application's way to it.
 */
public final class DatabaseProxy {

    /** How a test drives the proxy, through JMX: a standard MBean interface. */
    public interface DatabaseProxyMBean {

        void up();

        void down();

        int getPort();
    }

    /** The JMX-managed proxy (a standard MBean's class is named after its interface). */
    public static final class Database implements DatabaseProxyMBean {

        private final DatabaseProxy proxy;

        Database(DatabaseProxy proxy) {
            this.proxy = proxy;
        }

        @Override
        public void up() {
            proxy.up();
        }

        @Override
        public void down() {
            proxy.down();
        }

        @Override
        public int getPort() {
            return proxy.port();
        }
    }

    /**
     * The one proxy of this JVM, in front of the test PostgreSQL, registered with the platform MBean server: the test
     * profile and the test instance may be loaded by different class loaders, and the MBean server is shared by
     * all of them (system properties are not a place for objects: libraries copy them as strings).
     */
    static DatabaseProxyMBean shared() {
        MBeanServer server = ManagementFactory.getPlatformMBeanServer();
        try {
            ObjectName name = new ObjectName("vn.lienlac.test:type=DatabaseProxy");
            synchronized (ManagementFactory.class) {
                if (!server.isRegistered(name)) {
                    server.registerMBean(new StandardMBean(
                            new Database(new DatabaseProxy(DevDatabase.start(Optional.empty()))),
                            DatabaseProxyMBean.class), name);
                }
            }
            return JMX.newMBeanProxy(server, name, DatabaseProxyMBean.class);
        } catch (JMException e) {
            throw new IllegalStateException(e);
        }
    }

    private final int upstreamPort;
    private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
    private volatile ServerSocket listener;
    private volatile int port;

    DatabaseProxy(int upstreamPort) {
        this.upstreamPort = upstreamPort;
    }

    int port() {
        return port;
    }

    synchronized void up() {
        if (listener != null) {
            return;
        }
        try {
            ServerSocket server = new ServerSocket();
            server.setReuseAddress(true);
            server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            port = server.getLocalPort();
            listener = server;
            Thread accept = new Thread(() -> accept(server), "database-proxy-accept");
            accept.setDaemon(true);
            accept.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    synchronized void down() {
        ServerSocket server = listener;
        listener = null;
        close(server);
        sockets.forEach(DatabaseProxy::close);
        sockets.clear();
    }

    private void accept(ServerSocket server) {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                Socket upstream = new Socket(InetAddress.getLoopbackAddress(), upstreamPort);
                sockets.add(client);
                sockets.add(upstream);
                pump(client, upstream);
                pump(upstream, client);
            } catch (IOException e) {
                // closed by down(), or one connection failed: the loop condition decides
            }
        }
    }

    private void pump(Socket from, Socket to) {
        Thread thread = new Thread(() -> {
            byte[] buffer = new byte[16 * 1024];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                for (int n; (n = in.read(buffer)) >= 0; ) {
                    out.write(buffer, 0, n);
                }
            } catch (IOException e) {
                // one side closed
            } finally {
                close(from);
                close(to);
                sockets.remove(from);
                sockets.remove(to);
            }
        }, "database-proxy-pump");
        thread.setDaemon(true);
        thread.start();
    }

    private static void close(AutoCloseable closeable) {
        if (closeable == null) {
            return;
        }
        try {
            closeable.close();
        } catch (Exception e) {
            // already closed
        }
    }
}
