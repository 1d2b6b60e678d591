package io.papergraph.topics;

/** Where Leiden runs: in this process (any Neo4j server) or in the server's Graph Data Science library. */
public enum ClusterEngine {
    /** GDS when the server has it, otherwise in-process. */
    AUTO,
    /** CWTS networkanalysis in this JVM; works on Community, Enterprise and Aura alike. */
    IN_PROCESS,
    /** {@code gds.leiden} on the server; fails with a clear message when GDS is not installed. */
    GDS
}
