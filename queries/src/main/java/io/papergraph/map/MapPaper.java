package io.papergraph.map;

import java.util.Objects;

/** A paper shown with a term: its arXiv id (the link to its abstract page) and title. */
public record MapPaper(String arxivId, String title) {

    public MapPaper {
        Objects.requireNonNull(arxivId, "arxivId");
        title = title == null ? arxivId : title;
    }

    /** The paper's abstract page. */
    public String url() {
        return "https://arxiv.org/abs/" + arxivId;
    }
}
