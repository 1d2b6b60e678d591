package io.papergraph.extractor.terms;

import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import io.papergraph.PapergraphException;
import java.util.Properties;

/**
 * The CoreNLP pipeline the term extractor analyses with (tokens, sentences, part of speech, lemmas): defined once, so
 * that the term benchmark's bare CoreNLP pass runs with exactly the extractor's settings.
 */
public final class CoreNlp {

    static final String POS_MODEL = "edu/stanford/nlp/models/pos-tagger/english-left3words-distsim.tagger";

    private CoreNlp() {
    }

    /** A new pipeline; each is slow to build and safe to share between threads. */
    public static StanfordCoreNLP pipeline() {
        if (CoreNlp.class.getClassLoader().getResource(POS_MODEL) == null) {
            throw new PapergraphException("the CoreNLP part-of-speech model " + POS_MODEL
                    + " is not on the classpath: add edu.stanford.nlp:stanford-corenlp:4.5.10:models");
        }
        var props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos,lemma");
        props.setProperty("tokenize.language", "en");
        props.setProperty("pos.model", POS_MODEL);
        try {
            return new StanfordCoreNLP(props);
        } catch (RuntimeException e) {
            throw new PapergraphException("cannot build the CoreNLP pipeline: " + e.getMessage(), e);
        }
    }
}
