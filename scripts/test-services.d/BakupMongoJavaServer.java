// Started by scripts/test-services as the `mongo-java-server` peer:
//   java -cp classes:lib/* BakupMongoJavaServer HOST PORT [WIRE_VERSION]
// An in-memory de.bwaldvogel mongo-java-server 1.47.0 with its oplog enabled (so
// local.oplog.rs and change streams exist). Stops cleanly on SIGTERM.
//
// Its newest built-in version, ServerVersion.MONGO_5_0, reports maxWireVersion 8, which the
// mongodb Node.js driver 7.x refuses ("requires at least 9 (MongoDB 4.4)"). So this main
// reports MongoDB 5.0.0 with wire version 13 (what a real 5.0 reports); override with the
// third argument.
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.MongoVersion;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.util.List;

public final class BakupMongoJavaServer {
    public static void main(String[] args) throws Exception {
        String host = args.length > 0 ? args[0] : "127.0.0.1";
        int port = args.length > 1 ? Integer.parseInt(args[1]) : 27017;
        final int wire = args.length > 2 ? Integer.parseInt(args[2]) : 13;
        MongoVersion version = new MongoVersion() {
            @Override
            public List<Integer> getVersionArray() {
                return List.of(5, 0, 0);
            }

            @Override
            public int getWireVersion() {
                return wire;
            }
        };
        MemoryBackend backend = new MemoryBackend();
        backend.version(version);
        MongoServer server = new MongoServer(backend);
        server.enableOplog();
        server.bind(host, port);
        System.err.println("mongo-java-server listening on " + host + ":" + port + " (wire version " + wire + ")");
        Runtime.getRuntime().addShutdownHook(new Thread(server::shutdownNow));
        Thread.currentThread().join();
    }
}
