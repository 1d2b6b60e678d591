package io.papergraph.extractor.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The Chinese texts a digest gives for a paper. Any of them may be absent (null); keywords is never null.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ChineseTexts(
        String summary,
        String tldr,
        String motivation,
        String method,
        String result,
        String conclusion,
        List<String> keywords) {

    public static final ChineseTexts NONE = new ChineseTexts(null, null, null, null, null, null, List.of());

    public ChineseTexts {
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
    }

    /** True when no Chinese text at all was given. */
    @JsonIgnore
    public boolean isEmpty() {
        return summary == null && tldr == null && motivation == null && method == null && result == null
                && conclusion == null && keywords.isEmpty();
    }
}
