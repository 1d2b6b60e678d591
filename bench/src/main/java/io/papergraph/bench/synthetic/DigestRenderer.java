package io.papergraph.bench.synthetic;

import io.papergraph.extractor.model.DigestFormat;
import io.papergraph.bench.synthetic.DigestEntry.Malformed;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a day's entries in one of the four digest layouts of the sample corpus, byte for byte in the
 * sample's style (headings, field labels, blank lines, trailing spaces).
 */
sealed interface DigestRenderer {

    DigestFormat format();

    /** The file name's last part, after the date. */
    String fileSuffix();

    /**
     * Appends the digest to {@code out} and returns, per entry (in the order given), the line a parser reports it
     * at: its heading, or for a malformed entry the line of its defect (the broken link, or the heading when the
     * link is missing).
     * {@code sections} gives, per entry, the category section it is listed under (CATEGORY_TOC only).
     */
    int[] render(LocalDate date, String time, List<DigestEntry> entries, List<String> sections, DigestText out);

    static DigestRenderer of(DigestFormat format) {
        return switch (format) {
            case FIELDS -> new Fields();
            case CATEGORY_TOC -> new CategoryToc();
            case PAPERS_FOR_DATE -> new PapersForDate();
            case ANNOUNCEMENT -> new Announcement();
            case ABSTRACT_DETAILS, GENERIC -> throw new IllegalArgumentException(
                    "synthetic digests come in the four layouts of the sample corpus, not " + format);
        };
    }

    private static String absLink(DigestEntry entry) {
        return "https://arxiv.org/abs/" + id(entry);
    }

    private static String id(DigestEntry entry) {
        return entry instanceof Malformed m ? m.truncatedId() : entry.paper().arxivId();
    }

    /** {@code ### N Title} with {@code **link**}, {@code **date**}, {@code **keywords**}, {@code **abs**} (000). */
    final class Fields implements DigestRenderer {
        @Override
        public DigestFormat format() {
            return DigestFormat.FIELDS;
        }

        @Override
        public String fileSuffix() {
            return "fields";
        }

        @Override
        public int[] render(LocalDate date, String time, List<DigestEntry> entries, List<String> sections, DigestText out) {
            int[] lines = new int[entries.size()];
            for (int i = 0; i < entries.size(); i++) {
                var entry = entries.get(i);
                var paper = entry.paper();
                if (i > 0) {
                    out.append("\n\n---\n\n");
                }
                lines[i] = out.line();
                out.append("### ").append(i + 1).append(' ').append(paper.title()).append("\n\n");
                if (!(entry instanceof Malformed m && m.kind() == MalformedKind.MISSING_LINK)) {
                    if (entry instanceof Malformed) {
                        lines[i] = out.line();
                    }
                    out.append("**link**: https://arxiv.org/pdf/").append(id(entry)).append(".pdf  \n");
                }
                out.append("**date**: ").append(date.toString()).append("  \n");
                out.append("**keywords**: ").append(paper.primaryCategory());
                for (var tag : paper.tags()) {
                    out.append(", ").append(tag);
                }
                out.append("  \n**abs**: ").append(paper.zh().summary());
            }
            out.append('\n');
            return lines;
        }
    }

    /** Category table of contents, {@code ### [N] [Title](abs link)}, authors, TL;DR, details (001, 003). */
    final class CategoryToc implements DigestRenderer {
        @Override
        public DigestFormat format() {
            return DigestFormat.CATEGORY_TOC;
        }

        @Override
        public String fileSuffix() {
            return "category-toc";
        }

        @Override
        public int[] render(LocalDate date, String time, List<DigestEntry> entries, List<String> sections, DigestText out) {
            Map<String, List<Integer>> bySection = new LinkedHashMap<>();
            for (var category : ArxivCategories.BY_FREQUENCY) {
                bySection.put(category, new ArrayList<>());
            }
            for (int i = 0; i < entries.size(); i++) {
                bySection.get(sections.get(i)).add(i);
            }
            bySection.values().removeIf(List::isEmpty);
            out.append("<div id=toc></div>\n\n# Table of Contents\n\n");
            bySection.forEach((category, members) -> out.append("- [").append(category).append("](#")
                    .append(category).append(") [Total: ").append(members.size()).append("]\n"));
            out.append("\n\n");
            int[] lines = new int[entries.size()];
            int rank = 0;
            for (var section : bySection.entrySet()) {
                out.append("<div id='").append(section.getKey()).append("'></div>\n\n# ").append(section.getKey())
                        .append(" [[Back]](#toc)\n\n");
                for (int i : section.getValue()) {
                    var entry = entries.get(i);
                    var paper = entry.paper();
                    var zh = paper.zh();
                    lines[i] = out.line();
                    out.append("### [").append(++rank).append("] [").append(paper.title()).append("](")
                            .append(absLink(entry)).append(")\n*").append(String.join(",", paper.authors()))
                            .append("*\n\nMain category: ").append(paper.primaryCategory())
                            .append("\n\nTL;DR: ").append(zh.tldr())
                            .append("\n\n\n<details>\n  <summary>Details</summary>\nMotivation: ").append(zh.motivation())
                            .append("\n\nMethod: ").append(zh.method())
                            .append("\n\nResult: ").append(zh.result())
                            .append("\n\nConclusion: ").append(zh.conclusion())
                            .append("\n\nAbstract: ").append(paper.abstractText())
                            .append("\n\n</details>\n\n\n");
                }
            }
            return lines;
        }
    }

    /** {@code # Papers for DATE}, {@code ## N.[Title](pdf link)}, {@code summary:} with bold keywords (002). */
    final class PapersForDate implements DigestRenderer {
        @Override
        public DigestFormat format() {
            return DigestFormat.PAPERS_FOR_DATE;
        }

        @Override
        public String fileSuffix() {
            return "papers-for-date";
        }

        @Override
        public int[] render(LocalDate date, String time, List<DigestEntry> entries, List<String> sections, DigestText out) {
            out.append("\n\n# Papers for ").append(date.toString()).append("\n\n");
            int[] lines = new int[entries.size()];
            for (int i = 0; i < entries.size(); i++) {
                var entry = entries.get(i);
                var paper = entry.paper();
                lines[i] = out.line();
                out.append("## ").append(i).append(".[").append(paper.title()).append("](https://arxiv.org/pdf/")
                        .append(id(entry)).append(")\nsummary:").append(keywords(paper)).append(paper.zh().summary())
                        .append("\n\n");
            }
            return lines;
        }

        /** The keyword prefix, in one of the styles the sample's generator used over time. */
        private static String keywords(SyntheticPaper paper) {
            var kw = paper.zh().keywords();
            return switch (Seeds.pick(paper.number() * 31 + 7, 5)) {
                case 0 -> "**" + String.join("**，**", kw) + "** ";
                case 1 -> "**" + String.join("**, **", kw) + "**  ";
                case 2 -> "**核心关键词**: **" + String.join("**, **", kw) + "**  **一句话核心总结**: ";
                case 3 -> "**核心关键词**：" + String.join("，", kw) + "  **一句话核心摘要**：";
                default -> "**" + String.join(", ", kw) + "** ";
            };
        }
    }

    /** {@code # DATE-TIME}, {@code ## [Title](abs link)}, {@code ### Abstract} with announcement line, {@code ### 摘要} (004). */
    final class Announcement implements DigestRenderer {
        @Override
        public DigestFormat format() {
            return DigestFormat.ANNOUNCEMENT;
        }

        @Override
        public String fileSuffix() {
            return "announcement";
        }

        @Override
        public int[] render(LocalDate date, String time, List<DigestEntry> entries, List<String> sections, DigestText out) {
            out.append("# ").append(date.toString()).append('-').append(time).append("\n\n");
            int[] lines = new int[entries.size()];
            for (int i = 0; i < entries.size(); i++) {
                var entry = entries.get(i);
                var paper = entry.paper();
                lines[i] = out.line();
                out.append("## [").append(paper.title()).append("](").append(absLink(entry)).append(")\n\n")
                        .append("### Abstract\narXiv:").append(id(entry));
                if (!(entry instanceof Malformed)) {
                    out.append('v').append(paper.version());
                }
                out.append(" Announce Type: ").append(paper.announceType()).append(" \nAbstract: ")
                        .append(paper.abstractText()).append("\n\n### 摘要\n").append(paper.zh().summary())
                        .append("\n\n---\n\n");
            }
            return lines;
        }
    }
}
