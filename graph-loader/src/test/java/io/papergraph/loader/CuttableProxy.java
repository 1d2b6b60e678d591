package io.papergraph.loader;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A TCP relay on a free localhost port between the driver and a Bolt server that drops every connection
 * at once when a given number of bytes has gone from the clients to the server: the byte that reaches the
 * limit is not passed on. After the cut it either refuses all further connections (the network is gone) or
 * relays them again (a connection reset the driver can retry).
 */
final class CuttableProxy implements AutoCloseable {

    /** What happens to connections made after the cut. */
    enum AfterCut { REFUSE, RELAY }

    private final ServerSocket listener;
    private final int targetPort;
    private final long cutAfterBytes;
    private final AfterCut afterCut;
    private final AtomicLong toServer = new AtomicLong();
    private final AtomicInteger cuts = new AtomicInteger();
    private final AtomicInteger connectionsAfterCut = new AtomicInteger();
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile boolean cut;

    private CuttableProxy(int targetPort, long cutAfterBytes, AfterCut afterCut) throws IOException {
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.targetPort = targetPort;
        this.cutAfterBytes = cutAfterBytes;
        this.afterCut = afterCut;
    }

    /** A relay to {@code localhost:targetPort} that cuts after the given number of client bytes. */
    static CuttableProxy start(int targetPort, long cutAfterBytes, AfterCut afterCut) {
        try {
            var proxy = new CuttableProxy(targetPort, cutAfterBytes, afterCut);
            var acceptor = new Thread(proxy::accept, "cuttable-proxy-" + proxy.listener.getLocalPort());
            acceptor.setDaemon(true);
            acceptor.start();
            return proxy;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A relay that never cuts, to measure how many bytes a load sends. */
    static CuttableProxy relay(int targetPort) {
        return start(targetPort, Long.MAX_VALUE, AfterCut.RELAY);
    }

    String uri() {
        return "bolt://localhost:" + listener.getLocalPort();
    }

    /** Bytes passed from the clients to the server so far. */
    long bytesToServer() {
        return toServer.get();
    }

    int cuts() {
        return cuts.get();
    }

    /** Connections relayed after the cut (the driver coming back). */
    int connectionsAfterCut() {
        return connectionsAfterCut.get();
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                if (cut) {
                    connectionsAfterCut.incrementAndGet();
                }
                Socket server = new Socket(InetAddress.getLoopbackAddress(), targetPort);
                open.add(client);
                open.add(server);
                pump(client, server, true);
                pump(server, client, false);
            } catch (IOException e) {
                // listener closed, or the server went away: the client sees its connection closed
            }
        }
    }

    private void pump(Socket from, Socket to, boolean towardsServer) {
        var thread = new Thread(() -> {
            byte[] buffer = new byte[8192];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                int n;
                while ((n = in.read(buffer)) >= 0) {
                    if (towardsServer && !cut) {
                        long before = toServer.getAndAdd(n);
                        if (before + n >= cutAfterBytes) {
                            out.write(buffer, 0, (int) Math.max(0, cutAfterBytes - 1 - before));
                            out.flush();
                            cutAll();
                            return;
                        }
                    } else if (towardsServer) {
                        toServer.addAndGet(n);
                    }
                    out.write(buffer, 0, n);
                    out.flush();
                }
            } catch (IOException e) {
                // cut, or closed by the other side
            } finally {
                closeQuietly(from);
                closeQuietly(to);
                open.remove(from);
                open.remove(to);
            }
        }, "cuttable-proxy-pump");
        thread.setDaemon(true);
        thread.start();
    }

    /** Resets every open connection now, whatever the byte count (once). */
    void cutNow() {
        cutAll();
    }

    private synchronized void cutAll() {
        if (cut) {
            return;
        }
        cut = true;
        cuts.incrementAndGet();
        if (afterCut == AfterCut.REFUSE) {
            closeQuietly(listener);
        }
        for (Socket socket : open) {
            try {
                socket.setSoLinger(true, 0); // a reset, not an orderly close
            } catch (IOException e) {
                // already closed
            }
            closeQuietly(socket);
        }
        open.clear();
    }

    private static void closeQuietly(java.io.Closeable c) {
        try {
            c.close();
        } catch (IOException e) {
            // already closed
        }
    }

    @Override
    public void close() {
        closeQuietly(listener);
        open.forEach(CuttableProxy::closeQuietly);
    }
}
