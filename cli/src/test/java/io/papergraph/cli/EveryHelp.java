package io.papergraph.cli;

import picocli.CommandLine;

/** Prints the usage help of papergraph and of every subcommand, at any depth (run in a child JVM by tests). */
public final class EveryHelp {

    private EveryHelp() {
    }

    public static void main(String[] args) {
        print(PapergraphCommand.commandLine());
    }

    private static void print(CommandLine command) {
        command.usage(System.out);
        command.getSubcommands().values().forEach(EveryHelp::print);
    }
}
