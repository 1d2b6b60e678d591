package io.papergraph.extractor.digest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.text.StringEscapeUtils;

/**
 * The text clean-up every digest format needs: readable titles, abstracts joined back from hard-wrapped
 * lines, Chinese texts joined without stray breaks, generator failures recognised so that they never
 * become data, and arXiv category codes told apart from free-form tags.
 */
final class DigestText {

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern ENTITY = Pattern.compile("&(?:#\\d+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]{1,31});");
    private static final Pattern CATEGORY = Pattern.compile(
            "(?:cs|math|stat|econ|eess|q-bio|q-fin|physics|astro-ph|cond-mat|nlin)\\.[A-Za-z][A-Za-z\\-]{1,9}"
                    + "|astro-ph|cond-mat|gr-qc|hep-ex|hep-lat|hep-ph|hep-th|math-ph|nucl-ex|nucl-th|quant-ph");
    private static final Pattern LIST_ITEM = Pattern.compile("^(?:\\d+[.)、．]|[-*•]|[（(]\\d+[)）]|[一二三四五六七八九十]+、)\\s*.*");
    private static final Pattern FAILED_VALUE = Pattern.compile(
            "(?i)^(?:error|failed|failure|none|null|n/?a|undefined|生成失败|错误)[.。!！]?$");
    private static final Pattern FAILURE_MESSAGE = Pattern.compile("(?i)generation failed|failed to generate"
            + "|exceeded your current quota|insufficient_quota|resource_exhausted|quota (?:exceeded|exhausted|limit)"
            + "|rate limit (?:reached|exceeded)|too many requests|error code:?\\s*(?:429|5\\d\\d)"
            + "|api (?:error|key|quota)|生成失败|配额");
    /** Word starts that keep their hyphen when a line break splits the compound ({@code self-\nsupervised}). */
    private static final Set<String> HYPHEN_PREFIXES = Set.of("self", "non", "multi", "cross", "co", "pre", "post",
            "semi", "anti", "sub", "inter", "intra", "well", "state", "long", "short", "high", "low", "large",
            "small", "fine", "real", "zero", "few", "one", "two", "three", "end", "task", "domain", "model", "data",
            "open", "closed", "human", "top", "black", "white", "first", "second", "third", "next", "token", "in");

    /** Texts longer than this (no real abstract is) are not searched for a word's spelling when dewrapping. */
    private static final int MAX_TEXT_SEARCHED = 20_000;
    /** How far back a word split at a line end is looked at when dewrapping. */
    private static final int MAX_WORD = 100;

    private DigestText() {
    }

    /** A title for reading: HTML entities decoded, LaTeX turned into Unicode, spacing tidied. */
    static String readableTitle(String raw) {
        return collapse(LatexText.toUnicode(decodeEntities(raw)));
    }

    /** Decodes HTML entities ({@code &amp;}, {@code &#177;}, {@code &#123;}); other text is left as it is. */
    static String decodeEntities(String text) {
        return ENTITY.matcher(text).find() ? StringEscapeUtils.unescapeHtml4(text) : text;
    }

    static String collapse(String text) {
        return SPACES.matcher(text).replaceAll(" ").strip();
    }

    /** A short excerpt of a line for problem reports. */
    static String excerpt(String line) {
        var s = collapse(line);
        return s.length() <= 100 ? s : s.substring(0, 99) + "…";
    }

    /**
     * Joins the lines of an English text hard-wrapped at some column. A blank line or an indented line starts
     * a new paragraph (kept as a line break). A word split with a hyphen at the end of a line is joined back;
     * the hyphen stays when the text spells the compound with a hyphen elsewhere, when the word already
     * holds a hyphen ({@code state-of-the-\nart}) or when it starts like a common compound
     * ({@code self-\nsupervised}).
     */
    static String dewrap(List<String> lines) {
        var paragraphs = new ArrayList<StringBuilder>();
        StringBuilder current = null;
        for (var line : lines) {
            if (line.isBlank()) {
                current = null;
                continue;
            }
            boolean indented = line.startsWith("  ") || line.startsWith("\t");
            var text = line.strip();
            if (current == null || indented) {
                current = new StringBuilder(text);
                paragraphs.add(current);
            } else {
                current.append('\n').append(text);
            }
        }
        var all = String.join(" ", paragraphs);
        // The spelling elsewhere in the text decides about a hyphen; searching it is linear in the text, per
        // line break, so a text far longer than any real abstract (hostile input) goes without that evidence.
        var lower = all.length() <= MAX_TEXT_SEARCHED ? all.toLowerCase(Locale.ROOT) : "";
        var out = new ArrayList<String>();
        for (var paragraph : paragraphs) {
            out.add(joinWrapped(paragraph.toString(), lower));
        }
        return decodeEntities(String.join("\n", out));
    }

    private static String joinWrapped(String paragraph, String lowerText) {
        var lines = paragraph.split("\n");
        var out = new StringBuilder(lines[0]);
        for (int i = 1; i < lines.length; i++) {
            var next = lines[i];
            int len = out.length();
            boolean split = len > 1 && out.charAt(len - 1) == '-' && Character.isLetter(out.charAt(len - 2))
                    && !next.isEmpty() && Character.isLowerCase(next.charAt(0));
            if (split) {
                int start = len - 1;
                while (start > 0 && len - start < MAX_WORD && !Character.isWhitespace(out.charAt(start - 1))) {
                    start--;
                }
                var left = out.substring(start, len - 1);
                var right = next.split("[^\\p{L}]", 2)[0];
                if (!keepsHyphen(left, right, lowerText)) {
                    out.setLength(len - 1);
                }
                out.append(next);
            } else {
                out.append(' ').append(next);
            }
        }
        return out.toString();
    }

    private static boolean keepsHyphen(String left, String right, String lower) {
        var lastPart = left.substring(left.lastIndexOf('-') + 1).replaceAll("^[^\\p{L}]+", "");
        var joined = (lastPart + right).toLowerCase(Locale.ROOT);
        var hyphenated = (lastPart + "-" + right).toLowerCase(Locale.ROOT);
        if (lower.contains(hyphenated)) {
            return true;
        }
        if (lower.contains(joined)) {
            return false;
        }
        return left.contains("-") || HYPHEN_PREFIXES.contains(lastPart.toLowerCase(Locale.ROOT));
    }

    /**
     * Joins the lines of a Chinese text. List items ({@code 1. ...}) stay on their own lines; other breaks
     * are hard wraps and are removed (with a space kept between two Latin-script words).
     */
    static String joinChinese(List<String> lines) {
        var out = new StringBuilder();
        for (var raw : lines) {
            var line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            if (out.length() > 0) {
                if (LIST_ITEM.matcher(line).matches()) {
                    out.append('\n');
                } else if (isLatin(out.codePointBefore(out.length())) && isLatin(line.codePointAt(0))) {
                    out.append(' ');
                }
            }
            out.append(line);
        }
        return decodeEntities(out.toString());
    }

    private static boolean isLatin(int cp) {
        return cp < 0x2E80 && !Character.isWhitespace(cp);
    }

    /** True when the text is written mostly in CJK characters (so it is a Chinese text, not an English one). */
    static boolean isMostlyChinese(String text) {
        long cjk = text.codePoints().filter(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN).count();
        long letters = text.codePoints().filter(Character::isLetter).count();
        return letters > 0 && cjk * 3 >= letters;
    }

    /**
     * When a generated field holds a generator failure ({@code Error}, {@code Summary generation failed}, an
     * API quota message) rather than text, says what it is; empty when the text is real.
     */
    static Optional<String> generatorFailure(String value) {
        var s = collapse(value);
        if (FAILED_VALUE.matcher(s).matches()) {
            return Optional.of(s);
        }
        if (s.length() <= 400 && FAILURE_MESSAGE.matcher(s).find()) {
            return Optional.of(excerpt(s));
        }
        return Optional.empty();
    }

    /** True for arXiv category codes ({@code cs.LG}, {@code hep-th}); false for free-form tags. */
    static boolean isCategory(String code) {
        return CATEGORY.matcher(code.strip()).matches();
    }
}
