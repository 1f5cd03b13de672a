import java.nio.file.Path;
import java.util.Optional;
import vn.lienlac.platform.devdb.DevDatabase;

/**
 * The PostgreSQL the three server processes share (as pods share one database): the application's own embedded one,
 * started in this process with its data in args[0] (durable settings: fsync and synchronous_commit on), so that
 * restarting a server process never restarts the database. Prints its port; SIGTERM stops it (a shutdown hook).
 */
public class SharedDatabase {

    public static void main(String[] args) throws Exception {
        int port = DevDatabase.start(Optional.of(Path.of(args[0])));
        System.out.println("port " + port);
        System.out.flush();
        Thread.currentThread().join();
    }
}
