package io.papergraph.cli;

import io.papergraph.PapergraphException;
import io.papergraph.build.GraphDestination;
import io.papergraph.loader.connection.ConnectionSettings;
import io.papergraph.loader.connection.EmbeddedNeo4j;
import io.papergraph.loader.connection.EmbeddedSettings;
import io.papergraph.loader.connection.GraphTarget;
import io.papergraph.loader.connection.ServedStore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * The options that say which Neo4j to work on, shared by the commands that touch the graph. With no
 * address, Papergraph runs its embedded Neo4j on a store folder. A password is never taken as an option
 * value: it comes from {@code NEO4J_PASSWORD}, a file, or a prompt. They are the destination a build or load writes.
 */
final class ConnectionOptions implements GraphDestination {

    @Option(names = "--uri", paramLabel = "URI", defaultValue = "${env:NEO4J_URI}",
            description = {"Neo4j server to use (neo4j://, neo4j+s://, bolt://, bolt+s://); env NEO4J_URI.",
                "Without it, an embedded Neo4j runs on --db-dir, or, while 'papergraph serve' holds that store,",
                "the command works through the serving process."})
    String uri;

    @Option(names = "--username", paramLabel = "USER", defaultValue = "${env:NEO4J_USERNAME}",
            description = "User name (default neo4j); env NEO4J_USERNAME.")
    String username;

    @Option(names = "--database", paramLabel = "NAME", defaultValue = "${env:NEO4J_DATABASE}",
            description = "Database (default: the server's default database); env NEO4J_DATABASE.")
    String database;

    @Option(names = "--password-file", paramLabel = "FILE",
            description = "Read the password from the first line of FILE (else env NEO4J_PASSWORD).")
    Path passwordFile;

    @Option(names = "--ask-password", description = {"Ask for the password on the terminal; without a terminal, read it from the",
                "first line of standard input (else env NEO4J_PASSWORD)."})
    boolean askPassword;

    @Option(names = "--db-dir", paramLabel = "DIR", defaultValue = "papergraph-db",
            description = "Store folder of the embedded Neo4j (default: ${DEFAULT-VALUE}); its logs go to DIR/logs.")
    Path dbDir;

    @Option(names = "--bolt-port", paramLabel = "PORT", defaultValue = "7687",
            description = {"Bolt port of the embedded Neo4j while it serves (serve, build --serve), on localhost",
                "(default: ${DEFAULT-VALUE}); otherwise the command's own Neo4j takes a free port."})
    int boltPort;

    @Option(names = "--http-port", paramLabel = "PORT", defaultValue = "7474",
            description = {"HTTP port of Neo4j Browser while the embedded Neo4j serves, on localhost (default:",
                "${DEFAULT-VALUE}); a command that does not serve starts no HTTP server."})
    int httpPort;

    @Option(names = "--page-cache", paramLabel = "MiB", defaultValue = "512",
            description = "Page cache of the embedded Neo4j in MiB (default: ${DEFAULT-VALUE}).")
    long pageCacheMiB;

    @Option(names = "--embedded-auth",
            description = {"Require a login on the embedded Neo4j (user neo4j). On the store's first start with it,",
                "the password (NEO4J_PASSWORD, --password-file or --ask-password) becomes the password of neo4j."})
    boolean embeddedAuth;

    @Option(names = "--plugins", paramLabel = "DIR",
            description = {"Folder of Neo4j procedure plugins (APOC, Graph Data Science) for the embedded Neo4j;",
                "the jars must also be on the class path. apoc.* and gds.* run unrestricted."})
    Path plugins;

    @picocli.CommandLine.Spec(picocli.CommandLine.Spec.Target.MIXEE)
    picocli.CommandLine.Model.CommandSpec mixee;

    /**
     * Whether the embedded Neo4j is to serve others (Neo4j Browser, other commands): only then does it take the fixed
     * ports and start HTTP. A command's own Neo4j starts Bolt on a free port and no web server, which is quicker and
     * never clashes with a server running beside it.
     */
    boolean serving;

    /**
     * Connects to the server given; else to the store another process serves ({@code papergraph serve}), saying so in
     * one line; else starts the embedded Neo4j on the store.
     */
    @Override
    public GraphTarget open() {
        if (uri == null) {
            var served = servedStore();
            if (served.isPresent()) {
                var err = mixee.commandLine().getErr();
                err.println("papergraph: the store " + dbDir.toAbsolutePath().normalize() + " is served by process " + served.get().pid()
                        + "; working through it at " + served.get().boltUri());
                err.flush();
                return GraphTarget.served(served.get(), username, password());
            }
        }
        return openOwn();
    }

    /**
     * Fails when the embedded store of --db-dir is held by another process that does not serve it (a serving process is
     * worked through instead); nothing to check when a server is given.
     */
    void requireStoreFree() {
        if (uri == null && servedStore().isEmpty()) {
            EmbeddedNeo4j.requireFree(dbDir);
        }
    }

    /** The process serving the store of --db-dir, if one is (never when a server is given). */
    Optional<ServedStore> servedStore() {
        return uri == null ? ServedStore.find(dbDir) : Optional.empty();
    }

    /** Connects to the server given, or starts the embedded one on the store. */
    GraphTarget openOwn() {
        String password = password();
        if (uri == null && embeddedAuth && password == null) {
            throw new PapergraphException("--embedded-auth needs a password: set NEO4J_PASSWORD, or use --password-file or --ask-password");
        }
        var settings = new ConnectionSettings(uri, username, password, database);
        return GraphTarget.open(settings, embeddedSettings(password));
    }

    @Override
    public Optional<Path> embeddedStore() {
        return uri == null ? Optional.of(dbDir) : Optional.empty();
    }

    @Override
    public void checkEmbeddedSettings() {
        embeddedSettings(null);
    }

    @Override
    public boolean pluginsGiven() {
        return plugins != null;
    }

    private EmbeddedSettings embeddedSettings(String password) {
        if (pageCacheMiB < 8) {
            throw new PapergraphException("--page-cache must be at least 8 (MiB), was " + pageCacheMiB);
        }
        if (boltPort < 1 || boltPort > 65535 || httpPort < 1 || httpPort > 65535) {
            throw new PapergraphException("--bolt-port and --http-port must be between 1 and 65535");
        }
        return EmbeddedSettings.defaults().withHome(dbDir).withPorts(serving ? boltPort : 0, serving ? httpPort : -1).withPageCache(pageCacheMiB << 20)
                .withAuth(embeddedAuth, embeddedAuth ? password : null).withPluginDir(plugins);
    }

    private String password() {
        if (passwordFile != null) {
            try {
                var lines = Files.readAllLines(passwordFile, StandardCharsets.UTF_8);
                if (lines.isEmpty() || lines.get(0).isEmpty()) {
                    throw new PapergraphException("the password file " + passwordFile + " is empty");
                }
                return lines.get(0);
            } catch (IOException e) {
                throw new PapergraphException("cannot read the password file " + passwordFile + ": " + e.getClass().getSimpleName());
            }
        }
        if (askPassword) {
            return PasswordPrompt.ask(username == null ? "neo4j" : username);
        }
        String env = System.getenv(ConnectionSettings.ENV_PASSWORD);
        return env == null || env.isEmpty() ? null : env;
    }
}
