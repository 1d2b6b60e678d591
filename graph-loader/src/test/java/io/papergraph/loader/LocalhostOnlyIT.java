package io.papergraph.loader;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import io.papergraph.loader.connection.EmbeddedNeo4j;
import io.papergraph.loader.connection.EmbeddedSettings;
import java.io.IOException;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded Neo4j accepts connections on localhost only: its ports are closed on every other address of the machine. */
class LocalhostOnlyIT {

    @Test
    void boltAndHttpAreClosedOnEveryAddressButLocalhost(@TempDir Path home) throws IOException {
        var addresses = nonLoopbackAddresses();
        assumeFalse(addresses.isEmpty(), "this machine has no network address besides localhost");
        try (var server = EmbeddedNeo4j.start(EmbeddedSettings.defaults().withHome(home).withPorts(0, 0).withPageCache(16L << 20))) {
            assertClosedButOnLocalhost(server, addresses);
        }
    }

    private static void assertClosedButOnLocalhost(EmbeddedNeo4j server, List<InetAddress> addresses) throws IOException {
        try (var socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), server.boltPort()), 2000); // open on localhost
        }
        for (InetAddress address : addresses) {
            for (int port : List.of(server.boltPort(), server.httpPort())) {
                assertThrows(ConnectException.class, () -> {
                    try (var socket = new Socket()) {
                        socket.connect(new InetSocketAddress(address, port), 2000);
                    }
                }, address + ":" + port + " accepts connections");
            }
        }
    }

    private static List<InetAddress> nonLoopbackAddresses() throws SocketException {
        return Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
                .filter(i -> {
                    try {
                        return i.isUp() && !i.isLoopback();
                    } catch (SocketException e) {
                        return false;
                    }
                })
                .flatMap(i -> Collections.list(i.getInetAddresses()).stream())
                .filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress())
                .toList();
    }
}
