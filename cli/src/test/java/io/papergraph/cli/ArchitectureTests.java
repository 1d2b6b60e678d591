package io.papergraph.cli;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import picocli.CommandLine.Command;

/**
 * The module boundaries, over the classes of every module on the command line's class path: cli uses queries, which
 * uses graph-loader, which uses the extractor, never the other way; the product uses no benchmark code; the command
 * line holds no pipeline logic: the build service (in the queries module) does the work of build, load and bench run;
 * no module's main code uses the test support.
 */
@AnalyzeClasses(packages = "io.papergraph", importOptions = ArchitectureTests.MainClassesOnly.class)
class ArchitectureTests {

    /** The modules' main classes: neither this module's tests nor the test jars of the modules it uses. */
    static final class MainClassesOnly implements ImportOption {
        private final ImportOption noTestFolders = new ImportOption.DoNotIncludeTests();

        @Override
        public boolean includes(Location location) {
            return noTestFolders.includes(location) && !location.contains("-tests.jar");
        }
    }

    @ArchTest
    static final ArchRule modulesAreLayered = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("cli").definedBy("io.papergraph.cli..")
            .layer("queries").definedBy("io.papergraph.queries..", "io.papergraph.topics..", "io.papergraph.map..",
                    "io.papergraph.build..")
            .layer("graph-loader").definedBy("io.papergraph.loader..")
            .layer("extractor").definedBy("io.papergraph", "io.papergraph.extractor..")
            .whereLayer("cli").mayNotBeAccessedByAnyLayer()
            .whereLayer("queries").mayOnlyBeAccessedByLayers("cli")
            .whereLayer("graph-loader").mayOnlyBeAccessedByLayers("queries", "cli")
            .whereLayer("extractor").mayOnlyBeAccessedByLayers("graph-loader", "queries", "cli");

    @ArchTest
    static final ArchRule modulesAreFreeOfCycles = slices().matching("io.papergraph.(*)..")
            .as("the modules' top packages").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule productUsesNoBenchmarkCode = noClasses()
            .that().resideInAnyPackage("io.papergraph", "io.papergraph.extractor..", "io.papergraph.loader..",
                    "io.papergraph.queries..", "io.papergraph.topics..", "io.papergraph.map..", "io.papergraph.build..")
            .should().dependOnClassesThat().resideInAnyPackage("..bench..", "..synthetic..")
            .orShould().haveSimpleNameEndingWith("Benchmark")
            .because("benchmarks and the synthetic corpus live in the bench module, outside the product modules");

    @ArchTest
    static final ArchRule productUsesNoTestSupport = noClasses()
            .that().resideOutsideOfPackage("io.papergraph.testsupport..")
            .should().dependOnClassesThat().resideInAPackage("io.papergraph.testsupport..")
            .because("test-support is a test-scope dependency of the modules: the product runs without it");

    /** The bench commands (and their nested classes), and the entry point bench run measures a build in. */
    private static final DescribedPredicate<JavaClass> BENCH_COMMANDS = describe("are bench commands", c -> {
        var top = c;
        while (top.getEnclosingClass().isPresent()) {
            top = top.getEnclosingClass().get();
        }
        return top.getSimpleName().startsWith("Bench") || top.getSimpleName().equals("MeasuredRun");
    });

    @ArchTest
    static final ArchRule onlyBenchCommandsUseBenchmarkCode = noClasses()
            .that().resideInAPackage("io.papergraph.cli..").and(DescribedPredicate.not(BENCH_COMMANDS))
            .should().dependOnClassesThat().resideInAnyPackage("..bench..", "..synthetic..")
            .because("building, loading and querying the graph run no benchmark code");

    @ArchTest
    static final ArchRule cliUsesTheServicesNotTheirInsides = noClasses()
            .that().resideInAPackage("io.papergraph.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("io.papergraph.loader.write..", "io.papergraph.loader.schema..",
                    "io.papergraph.loader.rows..", "io.papergraph.loader.state..")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("io.papergraph.extractor.terms.corpus.CorpusTerms")
            .orShould().dependOnClassesThat().resideInAPackage("org.neo4j.driver")
            .because("the command line holds no pipeline logic: it calls the loader, the import, the extractor and the"
                    + " reports through their service types and runs no Cypher of its own");

    @ArchTest
    static final ArchRule cliLeavesThePipelineToTheBuildService = noClasses()
            .that().resideInAPackage("io.papergraph.cli..")
            .should().dependOnClassesThat().haveFullyQualifiedName("io.papergraph.loader.GraphLoader")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("io.papergraph.loader.bulk.StoreImport")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("io.papergraph.extractor.terms.corpus.TermRanking")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("io.papergraph.topics.ImportedClustering")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("io.papergraph.map.TopicMapper")
            .because("the command line holds no pipeline logic: build, load and bench run load, import, rank, cluster"
                    + " and map through the build service (io.papergraph.build.GraphBuild), not each their own way");

    @ArchTest
    static final ArchRule commandsDoNotCallEachOther = noClasses()
            .that().resideInAPackage("io.papergraph.cli..").and().haveSimpleNameEndingWith("Command")
            .and(describe("declare no subcommands", (JavaClass c) -> c.tryGetAnnotationOfType(Command.class)
                    .map(command -> command.subcommands().length == 0).orElse(true)))
            .should().dependOnClassesThat(describe("are other commands", (JavaClass c) -> c.getPackageName().equals("io.papergraph.cli")
                    && c.getSimpleName().endsWith("Command")))
            .because("a command's work lives in a service the commands share, not in another command's statics");
}
