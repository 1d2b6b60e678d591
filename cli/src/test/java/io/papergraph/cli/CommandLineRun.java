package io.papergraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;

/** One run of the papergraph command line with captured output. */
record CommandLineRun(int exitCode, String out, String err) {

    static CommandLineRun of(String... args) {
        var out = new StringWriter();
        var err = new StringWriter();
        var cmd = PapergraphCommand.commandLine();
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        int code = cmd.execute(args);
        return new CommandLineRun(code, out.toString(), err.toString());
    }

    static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
