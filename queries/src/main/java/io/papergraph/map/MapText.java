package io.papergraph.map;

/** Text the map files share: a cluster's name in both languages, and HTML escaping. */
final class MapText {

    private MapText() {
    }

    /** "English label · 中文标签", or the English label alone where the cluster has no Chinese one. */
    static String clusterName(ClusterLabel label) {
        return label.labelZh() == null || label.labelZh().isBlank() ? label.label() : label.label() + " · " + label.labelZh();
    }

    static String html(String text) {
        var out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
