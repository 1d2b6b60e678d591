package io.papergraph.loader;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.papergraph.extractor.terms.corpus.CoOccurrence;
import io.papergraph.extractor.terms.corpus.TermRanking;
import java.util.Set;

/**
 * The boundaries inside graph-loader: one package per concern, in one order without cycles (the bulk import uses the
 * API package, which holds the loader and its load; the load uses connection, schema, write, state and rows, which
 * never use the API package), and no ranking or corpus statistics of its own (the extractor's terms.corpus computes
 * them).
 */
@AnalyzeClasses(packages = "io.papergraph.loader", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    /** The parts of the extractor's ranking and statistics that the loader reaches only through the extractor's API. */
    private static final Set<String> RANKING_INTERNALS = Set.of("TermRanker", "TermScorer", "Specificity", "AcronymResolver",
            "GeneralEnglish", "PaperSlot", "RankedKey");

    /** The packages that make up a load below the loader's API package. */
    private static final String[] LOAD_PARTS = {"io.papergraph.loader.connection..", "io.papergraph.loader.schema..",
        "io.papergraph.loader.write..", "io.papergraph.loader.state..", "io.papergraph.loader.rows.."};

    @ArchTest
    static final ArchRule concernPackagesAreFreeOfCycles = slices().matching("io.papergraph.loader.(*)..")
            .as("the concern packages of graph-loader").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule loadPartsDoNotReachBackToTheLoader = noClasses()
            .that().resideInAnyPackage(LOAD_PARTS)
            .should().dependOnClassesThat().resideInAnyPackage("io.papergraph.loader", "io.papergraph.loader.bulk..")
            .because("the loader uses the parts of a load, never the other way round (no package cycle)");

    @ArchTest
    static final ArchRule theLoaderDoesNotUseTheBulkImport = noClasses()
            .that().resideInAPackage("io.papergraph.loader")
            .should().dependOnClassesThat().resideInAPackage("io.papergraph.loader.bulk..")
            .because("the bulk import builds on the loader's API (its input, options and what it hands over), so the"
                    + " loader must not use the import (no package cycle)");

    @ArchTest
    static final ArchRule noRankingOfItsOwn = noClasses()
            .that().resideInAPackage("io.papergraph.loader..")
            .should().implement(TermRanking.class)
            .orShould().dependOnClassesThat(describe("are the extractor's ranking internals",
                    c -> c.getPackageName().startsWith("io.papergraph.extractor.terms") && RANKING_INTERNALS.contains(c.getSimpleName())))
            .orShould().callMethodWhere(describe("counts co-occurrences or computes their strengths",
                    (JavaMethodCall call) -> call.getTargetOwner().isEquivalentTo(CoOccurrence.class)
                            && Set.of("compute", "npmi").contains(call.getName())))
            .because("graph-loader writes the extractor's corpus statistics (terms.corpus) and ranks nothing itself");
}
