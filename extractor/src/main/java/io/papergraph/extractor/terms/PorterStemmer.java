package io.papergraph.extractor.terms;

/** The Porter (1980) stemmer, exactly as the gold-term scorer {@code score.py} implements it. */
final class PorterStemmer {

    private static final String[][] STEP2 = {{"ational", "ate"}, {"tional", "tion"}, {"enci", "ence"}, {"anci", "ance"},
        {"izer", "ize"}, {"bli", "ble"}, {"alli", "al"}, {"entli", "ent"}, {"eli", "e"}, {"ousli", "ous"},
        {"ization", "ize"}, {"ation", "ate"}, {"ator", "ate"}, {"alism", "al"}, {"iveness", "ive"}, {"fulness", "ful"},
        {"ousness", "ous"}, {"aliti", "al"}, {"iviti", "ive"}, {"biliti", "ble"}, {"logi", "log"}};
    private static final String[][] STEP3 = {{"icate", "ic"}, {"ative", ""}, {"alize", "al"}, {"iciti", "ic"},
        {"ical", "ic"}, {"ful", ""}, {"ness", ""}};
    private static final String[] STEP4 = {"al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment",
        "ent", "ion", "ou", "ism", "ate", "iti", "ous", "ive", "ize"};

    private PorterStemmer() {
    }

    private static boolean cons(String w, int i) {
        char c = w.charAt(i);
        if ("aeiou".indexOf(c) >= 0) {
            return false;
        }
        if (c == 'y') {
            return i == 0 || !cons(w, i - 1);
        }
        return true;
    }

    private static int measure(String stem) {
        int n = 0;
        int i = 0;
        int len = stem.length();
        while (i < len && cons(stem, i)) {
            i++;
        }
        while (i < len) {
            while (i < len && !cons(stem, i)) {
                i++;
            }
            if (i >= len) {
                break;
            }
            while (i < len && cons(stem, i)) {
                i++;
            }
            n++;
        }
        return n;
    }

    private static boolean hasVowel(String stem) {
        for (int i = 0; i < stem.length(); i++) {
            if (!cons(stem, i)) {
                return true;
            }
        }
        return false;
    }

    private static boolean doubleC(String w) {
        int n = w.length();
        return n >= 2 && w.charAt(n - 1) == w.charAt(n - 2) && cons(w, n - 1);
    }

    private static boolean cvc(String w) {
        int n = w.length();
        return n >= 3 && cons(w, n - 3) && !cons(w, n - 2) && cons(w, n - 1) && "wxy".indexOf(w.charAt(n - 1)) < 0;
    }

    private static String[] longest(String w, String[][] suffixes) {
        String[] best = null;
        for (var s : suffixes) {
            if (w.endsWith(s[0]) && (best == null || s[0].length() > best[0].length())) {
                best = s;
            }
        }
        return best;
    }

    static String stem(String w) {
        if (w.length() <= 2) {
            return w;
        }
        if (w.endsWith("sses") || w.endsWith("ies")) {
            w = w.substring(0, w.length() - 2);
        } else if (w.endsWith("ss")) {
            // unchanged
        } else if (w.endsWith("s")) {
            w = w.substring(0, w.length() - 1);
        }
        boolean flag = false;
        if (w.endsWith("eed")) {
            if (measure(w.substring(0, w.length() - 3)) > 0) {
                w = w.substring(0, w.length() - 1);
            }
        } else if (w.endsWith("ed") && hasVowel(w.substring(0, w.length() - 2))) {
            w = w.substring(0, w.length() - 2);
            flag = true;
        } else if (w.endsWith("ing") && hasVowel(w.substring(0, w.length() - 3))) {
            w = w.substring(0, w.length() - 3);
            flag = true;
        }
        if (flag) {
            if (w.endsWith("at") || w.endsWith("bl") || w.endsWith("iz")) {
                w += "e";
            } else if (doubleC(w) && "lsz".indexOf(w.charAt(w.length() - 1)) < 0) {
                w = w.substring(0, w.length() - 1);
            } else if (measure(w) == 1 && cvc(w)) {
                w += "e";
            }
        }
        if (w.endsWith("y") && hasVowel(w.substring(0, w.length() - 1))) {
            w = w.substring(0, w.length() - 1) + "i";
        }
        for (var step : new String[][][] {STEP2, STEP3}) {
            var r = longest(w, step);
            if (r != null && measure(w.substring(0, w.length() - r[0].length())) > 0) {
                w = w.substring(0, w.length() - r[0].length()) + r[1];
            }
        }
        String best = null;
        for (var s : STEP4) {
            if (w.endsWith(s) && (best == null || s.length() > best.length())) {
                best = s;
            }
        }
        if (best != null) {
            var stem = w.substring(0, w.length() - best.length());
            if (measure(stem) > 1 && (!best.equals("ion") || (!stem.isEmpty() && "st".indexOf(stem.charAt(stem.length() - 1)) >= 0))) {
                w = stem;
            }
        }
        if (w.endsWith("e")) {
            var stem = w.substring(0, w.length() - 1);
            if (measure(stem) > 1 || (measure(stem) == 1 && !cvc(stem))) {
                w = stem;
            }
        }
        if (measure(w) > 1 && doubleC(w) && w.endsWith("l")) {
            w = w.substring(0, w.length() - 1);
        }
        return w;
    }
}
