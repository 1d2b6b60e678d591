package io.papergraph.bench.synthetic;

/** The text of one digest being written, with the number of the line being written (1-based). */
final class DigestText {

    private final StringBuilder text = new StringBuilder(1 << 20);
    private int countedUpTo;
    private int line = 1;

    DigestText append(String s) {
        text.append(s);
        return this;
    }

    DigestText append(char c) {
        text.append(c);
        return this;
    }

    DigestText append(long n) {
        text.append(n);
        return this;
    }

    /** The line the next character goes on. */
    int line() {
        for (int i = countedUpTo; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        countedUpTo = text.length();
        return line;
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
