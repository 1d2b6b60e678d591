package io.papergraph.cli;

import io.papergraph.extractor.terms.Thesaurus;
import java.io.PrintWriter;
import java.nio.file.Path;

/** Reads the thesaurus of {@code --thesaurus} once per command, reporting its bad lines on stderr. */
final class ThesaurusFile {

    static final String DESCRIPTION = "A VOSviewer thesaurus: a tab-separated file with the header 'label<TAB>replace by';"
            + " each line merges the term of its label into the term of its replacement, or drops the term when the"
            + " replacement is empty; further columns the header names are ignored. Applied when the terms are ranked"
            + " (see docs/terms.md, \"Thesaurus\"). 'papergraph report vocabulary --format tsv' drafts one to edit.";

    private ThesaurusFile() {
    }

    static Thesaurus read(Path file, PrintWriter err) {
        if (file == null) {
            return Thesaurus.NONE;
        }
        var read = Thesaurus.read(file);
        read.problems().forEach(err::println);
        err.flush();
        return read.thesaurus();
    }
}
