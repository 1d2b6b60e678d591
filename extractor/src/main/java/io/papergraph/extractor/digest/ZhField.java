package io.papergraph.extractor.digest;

/** The Chinese texts a digest may give for a paper, as {@link io.papergraph.extractor.model.ChineseTexts} holds them. */
enum ZhField {
    SUMMARY("summary"), TLDR("TL;DR"), MOTIVATION("motivation"), METHOD("method"), RESULT("result"), CONCLUSION("conclusion");

    final String label;

    ZhField(String label) {
        this.label = label;
    }
}
