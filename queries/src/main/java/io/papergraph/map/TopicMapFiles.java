package io.papergraph.map;

import io.papergraph.PapergraphException;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.stream.XMLStreamException;

/**
 * Writes a topic map's three files into a folder: {@value #HTML} (the interactive page), {@value #VOSVIEWER}
 * (VOSviewer and VOSviewer Online) and {@value #GEXF} (Gephi).
 *
 * @param html       the page
 * @param vosviewer  the VOSviewer JSON file
 * @param gexf       the GEXF file
 */
public record TopicMapFiles(Path html, Path vosviewer, Path gexf) {

    public static final String HTML = "topic-map.html";
    public static final String VOSVIEWER = "topic-map.vosviewer.json";
    public static final String GEXF = "topic-map.gexf";

    /** Writes the three files into {@code dir}, creating it; existing files of these names are replaced. */
    public static TopicMapFiles write(TopicMap map, Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new PapergraphException("cannot create the map folder " + dir + ": " + describe(e));
        }
        var files = new TopicMapFiles(dir.resolve(HTML), dir.resolve(VOSVIEWER), dir.resolve(GEXF));
        write(files.html, out -> MapPage.write(map, out));
        write(files.vosviewer, out -> VosViewerJson.write(map, out));
        write(files.gexf, out -> {
            try {
                GexfFile.write(map, out);
            } catch (XMLStreamException e) {
                throw new IOException(e.getMessage(), e);
            }
        });
        return files;
    }

    private interface Content {
        void writeTo(Writer out) throws IOException;
    }

    private static void write(Path file, Content content) {
        try (var out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            content.writeTo(out);
        } catch (IOException e) {
            throw new PapergraphException("cannot write " + file + ": " + describe(e));
        }
    }

    private static String describe(IOException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + " " + e.getMessage();
    }
}
