package io.papergraph.extractor.digest;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the small amount of LaTeX that appears in paper titles ({@code LLM$\times$MapReduce},
 * {@code $\mathcal{A}$}, {@code $O(n^2)$}, {@code \textbf{X}}) into readable Unicode. Anything it does not
 * know loses only its backslash and braces, so the words stay readable.
 */
final class LatexText {

    private static final Map<String, String> SYMBOLS = Map.ofEntries(
            Map.entry("times", "×"), Map.entry("cdot", "·"), Map.entry("pm", "±"), Map.entry("mp", "∓"),
            Map.entry("div", "÷"), Map.entry("leq", "≤"), Map.entry("le", "≤"), Map.entry("geq", "≥"),
            Map.entry("ge", "≥"), Map.entry("neq", "≠"), Map.entry("ne", "≠"), Map.entry("approx", "≈"),
            Map.entry("sim", "∼"), Map.entry("simeq", "≃"), Map.entry("equiv", "≡"), Map.entry("propto", "∝"),
            Map.entry("infty", "∞"), Map.entry("to", "→"), Map.entry("rightarrow", "→"), Map.entry("leftarrow", "←"),
            Map.entry("Rightarrow", "⇒"), Map.entry("Leftarrow", "⇐"), Map.entry("leftrightarrow", "↔"),
            Map.entry("mapsto", "↦"), Map.entry("in", "∈"), Map.entry("notin", "∉"), Map.entry("subset", "⊂"),
            Map.entry("subseteq", "⊆"), Map.entry("cup", "∪"), Map.entry("cap", "∩"), Map.entry("forall", "∀"),
            Map.entry("exists", "∃"), Map.entry("partial", "∂"), Map.entry("nabla", "∇"), Map.entry("sum", "∑"),
            Map.entry("prod", "∏"), Map.entry("int", "∫"), Map.entry("sqrt", "√"), Map.entry("ell", "ℓ"),
            Map.entry("star", "⋆"), Map.entry("ast", "∗"), Map.entry("circ", "∘"), Map.entry("oplus", "⊕"),
            Map.entry("otimes", "⊗"), Map.entry("dagger", "†"), Map.entry("ddagger", "‡"), Map.entry("prime", "′"),
            Map.entry("ldots", "…"), Map.entry("cdots", "⋯"), Map.entry("dots", "…"), Map.entry("checkmark", "✓"),
            Map.entry("emptyset", "∅"), Map.entry("degree", "°"),
            Map.entry("alpha", "α"), Map.entry("beta", "β"), Map.entry("gamma", "γ"), Map.entry("delta", "δ"),
            Map.entry("epsilon", "ε"), Map.entry("varepsilon", "ε"), Map.entry("zeta", "ζ"), Map.entry("eta", "η"),
            Map.entry("theta", "θ"), Map.entry("vartheta", "ϑ"), Map.entry("iota", "ι"), Map.entry("kappa", "κ"),
            Map.entry("lambda", "λ"), Map.entry("mu", "μ"), Map.entry("nu", "ν"), Map.entry("xi", "ξ"),
            Map.entry("pi", "π"), Map.entry("rho", "ρ"), Map.entry("sigma", "σ"), Map.entry("tau", "τ"),
            Map.entry("upsilon", "υ"), Map.entry("phi", "φ"), Map.entry("varphi", "φ"), Map.entry("chi", "χ"),
            Map.entry("psi", "ψ"), Map.entry("omega", "ω"), Map.entry("Gamma", "Γ"), Map.entry("Delta", "Δ"),
            Map.entry("Theta", "Θ"), Map.entry("Lambda", "Λ"), Map.entry("Xi", "Ξ"), Map.entry("Pi", "Π"),
            Map.entry("Sigma", "Σ"), Map.entry("Phi", "Φ"), Map.entry("Psi", "Ψ"), Map.entry("Omega", "Ω"),
            Map.entry("&", "&"), Map.entry("%", "%"), Map.entry("$", "$"), Map.entry("#", "#"), Map.entry("_", "_"),
            Map.entry("{", "{"), Map.entry("}", "}"), Map.entry(",", " "), Map.entry(";", " "), Map.entry(":", " "),
            Map.entry("!", ""), Map.entry(" ", " "), Map.entry("quad", " "), Map.entry("qquad", " "));

    /** Every digit, sign and letter with a superscript form in Unicode (no {@code q}, {@code C}, {@code F} …). */
    private static final String SUPERSCRIPT_FROM = "0123456789+-=()abcdefghijklmnoprstuvwxyzABDEGHIJKLMNOPRTUVW";
    private static final String SUPERSCRIPT_TO = "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾ᵃᵇᶜᵈᵉᶠᵍʰⁱʲᵏˡᵐⁿᵒᵖʳˢᵗᵘᵛʷˣʸᶻᴬᴮᴰᴱᴳᴴᴵᴶᴷᴸᴹᴺᴼᴾᴿᵀᵁⱽᵂ";
    private static final String SUBSCRIPT_FROM = "0123456789+-=()aehijklmnoprstuvx";
    private static final String SUBSCRIPT_TO = "₀₁₂₃₄₅₆₇₈₉₊₋₌₍₎ₐₑₕᵢⱼₖₗₘₙₒₚᵣₛₜᵤᵥₓ";
    /**
     * Marks that read the same raised, lowered or on the line ({@code A^*}, {@code x_\star}, {@code f^\prime}):
     * Unicode has no superscript asterisk, and {@code A*} is how such names are written in plain text.
     */
    private static final String SCRIPT_NEUTRAL = "*∗⋆′″†‡";

    /**
     * How deep font commands are unwrapped ({@code \textbf{\emph{x}}} is two levels). Titles nest two or
     * three; the bound keeps the work linear on hostile input nested a million deep, whose deeper commands
     * then only lose their backslash.
     */
    private static final int MAX_NESTING = 8;

    /** Font commands whose argument is kept as plain text. */
    private static final Pattern TEXT_COMMAND = Pattern.compile(
            "\\\\(?:text|textbf|textit|texttt|textsc|textrm|emph|mathrm|mathbf|mathit|mathsf|mathtt|boldsymbol|bm|operatorname|mbox|underline)\\s*\\{([^{}]*)}");
    private static final Pattern ALPHABET_COMMAND = Pattern.compile("\\\\(mathcal|mathbb|mathfrak|mathscr)\\s*\\{\\s*([A-Za-z0-9 ]*)}|\\\\(mathcal|mathbb|mathfrak|mathscr)\\s*([A-Za-z])");
    /**
     * Old-style font switches ({@code {\rm 3}}, {@code {\bf X}}): the group's text is kept. {@code {\cal A}} is
     * {@code \mathcal{A}}.
     */
    private static final Pattern FONT_SWITCH = Pattern.compile(
            "\\{\\s*\\\\(rm|bf|it|sf|tt|em|sl|sc|cal|bm|up|md|normalfont)(?![A-Za-z])\\s*([^{}]*)}");
    /** {@code \textsuperscript{3}} and {@code \textsubscript{2}}, the text-mode scripts. */
    private static final Pattern TEXT_SCRIPT = Pattern.compile("\\\\text(super|sub)script\\s*\\{([^{}]*)}");
    /**
     * A script whose argument is a command, unbraced ({@code x_\mathrm{max}}, {@code A^\ast}): braced first, so
     * that the whole argument, not its first letter, is raised once the command is decoded.
     */
    private static final Pattern SCRIPT_COMMAND = Pattern.compile(
            "([\\^_])\\s*(\\\\[A-Za-z]+\\s*\\{[^{}]*}|\\\\[A-Za-z]+)");
    private static final Pattern SCRIPT = Pattern.compile("([\\^_])(?:\\{([^{}]*)}|([A-Za-z0-9+\\-*]))");
    private static final Pattern COMMAND = Pattern.compile("\\\\([A-Za-z]+|[&%$#_{},;:! ])");
    private static final Pattern MATH = Pattern.compile("\\$\\$?([^$]+)\\$\\$?");

    private LatexText() {
    }

    /** Decodes {@code $...$} math and text-mode font commands; text without LaTeX comes back unchanged. */
    static String toUnicode(String text) {
        if (text.indexOf('$') < 0 && text.indexOf('\\') < 0) {
            return text;
        }
        var math = MATH.matcher(text);
        var out = new StringBuilder();
        while (math.find()) {
            math.appendReplacement(out, Matcher.quoteReplacement(decode(math.group(1), true)));
        }
        math.appendTail(out);
        return decode(out.toString(), false);
    }

    private static String decode(String latex, boolean mathMode) {
        var s = latex;
        if (mathMode) {
            s = SCRIPT_COMMAND.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + "{" + m.group(2) + "}"));
        }
        // In math mode a font switch keeps its braces: they may be a script's group, as in R^{\rm 3}.
        var keptGroup = mathMode ? "{$2}" : "$2";
        String before = null;
        for (int level = 0; level < MAX_NESTING && !s.equals(before); level++) {
            before = s;
            s = TEXT_COMMAND.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
            s = FONT_SWITCH.matcher(s).replaceAll(m -> m.group(1).equals("cal")
                    ? Matcher.quoteReplacement("\\mathcal{" + m.group(2) + "}")
                    : keptGroup);
            s = TEXT_SCRIPT.matcher(s).replaceAll(m -> Matcher.quoteReplacement(
                    script(m.group(1).equals("super") ? "^" : "_", m.group(2))));
        }
        s = ALPHABET_COMMAND.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(1) != null
                ? alphabet(m.group(1), m.group(2)) : alphabet(m.group(3), m.group(4))));
        if (mathMode) {
            s = SCRIPT.matcher(s).replaceAll(m -> Matcher.quoteReplacement(script(m.group(1),
                    m.group(2) != null ? m.group(2) : m.group(3))));
        }
        s = COMMAND.matcher(s).replaceAll(m -> Matcher.quoteReplacement(SYMBOLS.getOrDefault(m.group(1), m.group(1))));
        if (mathMode) {
            s = s.replace("{", "").replace("}", "");
        }
        return s;
    }

    /**
     * A raised or lowered text in Unicode when every character of it has a form there; otherwise as
     * {@code ^x} or {@code ^(text)}, readable and unambiguous. Symbols in it ({@code \ast}) are decoded first.
     */
    private static String script(String kind, String latex) {
        var body = COMMAND.matcher(latex.strip()).replaceAll(m -> Matcher.quoteReplacement(SYMBOLS.getOrDefault(m.group(1), m.group(1))));
        var from = kind.equals("^") ? SUPERSCRIPT_FROM : SUBSCRIPT_FROM;
        var to = kind.equals("^") ? SUPERSCRIPT_TO : SUBSCRIPT_TO;
        var out = new StringBuilder();
        for (var cp : body.codePoints().toArray()) {
            if (cp == '∗') {
                out.append('*');
                continue;
            }
            if (SCRIPT_NEUTRAL.indexOf(cp) >= 0) {
                out.appendCodePoint(cp);
                continue;
            }
            int i = cp < 0x10000 ? from.indexOf(cp) : -1;
            if (i < 0) {
                return kind + (body.codePointCount(0, body.length()) == 1 ? body : "(" + body + ")");
            }
            out.appendCodePoint(to.codePointAt(to.offsetByCodePoints(0, i)));
        }
        return out.toString();
    }

    private static String alphabet(String command, String letters) {
        var out = new StringBuilder();
        for (char c : letters.strip().toCharArray()) {
            out.append(styled(command, c));
        }
        return out.toString();
    }

    /** Letters of the Unicode mathematical alphanumeric block, with its holes filled by the letterlike symbols. */
    private static String styled(String command, char c) {
        if (command.equals("mathbb") && c >= '0' && c <= '9') {
            return new String(Character.toChars(0x1D7D8 + c - '0'));
        }
        boolean upper = c >= 'A' && c <= 'Z';
        if (!upper && !(c >= 'a' && c <= 'z')) {
            return String.valueOf(c);
        }
        var style = switch (command) {
            case "mathcal", "mathscr" -> SCRIPT_LETTERS;
            case "mathbb" -> DOUBLE_STRUCK_LETTERS;
            default -> FRAKTUR_LETTERS;
        };
        var hole = style.holes().get(c);
        if (hole != null) {
            return hole;
        }
        return new String(Character.toChars(style.base() + (upper ? c - 'A' : 26 + c - 'a')));
    }

    private record Alphabet(int base, Map<Character, String> holes) {
    }

    private static final Alphabet SCRIPT_LETTERS = new Alphabet(0x1D49C, Map.of('B', "\u212C", 'E', "\u2130",
            'F', "\u2131", 'H', "\u210B", 'I', "\u2110", 'L', "\u2112", 'M', "\u2133", 'R', "\u211B",
            'e', "\u212F", 'g', "\u210A"));
    private static final Alphabet DOUBLE_STRUCK_LETTERS = new Alphabet(0x1D538, Map.of('C', "\u2102",
            'H', "\u210D", 'N', "\u2115", 'P', "\u2119", 'Q', "\u211A", 'R', "\u211D", 'Z', "\u2124"));
    private static final Alphabet FRAKTUR_LETTERS = new Alphabet(0x1D504, Map.of('C', "\u212D", 'H', "\u210C",
            'I', "\u2111", 'R', "\u211C", 'Z', "\u2128"));
}
