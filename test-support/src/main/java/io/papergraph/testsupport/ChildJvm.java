package io.papergraph.testsupport;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command line of a new JVM that runs a main class on this JVM's class path: for tests that kill a load, run
 * the CLI without a terminal or need a process of their own. It opens the JDK packages the embedded Neo4j needs and
 * starts fast (C1 only), as the short runs of tests want.
 */
public final class ChildJvm {

    private ChildJvm() {
    }

    /**
     * @param main    the class whose {@code main} runs
     * @param maxHeap the child's {@code -Xmx}, such as {@code 512m}
     * @param args    the arguments of {@code main}
     */
    public static List<String> command(Class<?> main, String maxHeap, String... args) {
        var command = new ArrayList<String>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + maxHeap, "-XX:TieredStopAtLevel=1", "--add-opens=java.base/java.nio=ALL-UNNAMED",
                "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED", "--add-opens=java.base/java.lang=ALL-UNNAMED",
                "-cp", System.getProperty("java.class.path"), main.getName()));
        command.addAll(List.of(args));
        return command;
    }
}
