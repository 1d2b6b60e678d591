package io.papergraph.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code papergraph} command: digests in, a Neo4j knowledge graph out. */
@Command(
        name = "papergraph",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Turns daily arXiv paper digests into a Neo4j knowledge graph.",
        subcommands = {
            CommandLine.HelpCommand.class,
            ExtractCommand.class,
            BuildCommand.class,
            LoadCommand.class,
            ServeCommand.class,
            EvalTermsCommand.class,
            EvalVocabularyCommand.class,
            BenchCommand.class,
            ReportCommand.class,
            ClusterCommand.class,
            MapCommand.class,
            BrowserGuideCommand.class,
        },
        footer = {
            "",
            "Run 'papergraph help COMMAND' for the options of one command.",
            "Exit codes: 0 success, 1 error, 2 bad usage, 3 input problems with --strict."
        })
public final class PapergraphCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Builds the command line with Papergraph's error handling; tests call this and {@code execute}. */
    public static CommandLine commandLine() {
        var cmd = new CommandLine(new PapergraphCommand());
        cmd.setExecutionExceptionHandler(new ExceptionMapper());
        cmd.setCaseInsensitiveEnumValuesAllowed(true);
        return cmd;
    }

    public static void main(String[] args) {
        int code;
        try {
            code = commandLine().execute(args);
        } catch (OutOfMemoryError e) {
            // Thrown by the command's own thread, past picocli's handler; the heap is free again once it unwinds.
            System.err.println(ExceptionMapper.outOfMemoryMessage());
            code = ExceptionMapper.EXIT_ERROR;
        }
        System.exit(code);
    }
}
