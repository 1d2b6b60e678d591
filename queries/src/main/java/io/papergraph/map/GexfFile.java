package io.papergraph.map;

import java.io.Writer;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A map as GEXF 1.2, which Gephi opens: one node per item with its position, size and cluster colour, and the
 * key, cluster, papers and Chinese names as attributes; one undirected edge per link, weighted by papers.
 * Positions are the map's coordinates times {@link #SCALE}, a size Gephi's canvas shows well.
 */
final class GexfFile {

    static final double SCALE = 100;

    private static final String GEXF = "http://www.gexf.net/1.2draft";
    private static final String VIZ = "http://www.gexf.net/1.2draft/viz";

    private GexfFile() {
    }

    static void write(TopicMap map, Writer out) throws XMLStreamException {
        var xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeCharacters("\n");
        xml.setDefaultNamespace(GEXF);
        xml.setPrefix("viz", VIZ);
        xml.writeStartElement("gexf");
        xml.writeDefaultNamespace(GEXF);
        xml.writeNamespace("viz", VIZ);
        xml.writeAttribute("version", "1.2");
        xml.writeStartElement("meta");
        element(xml, "creator", "Papergraph");
        element(xml, "description", "Topic map: terms placed by the VOS layout, coloured by topic cluster, linked by co-occurrence");
        xml.writeEndElement();
        xml.writeStartElement("graph");
        xml.writeAttribute("mode", "static");
        xml.writeAttribute("defaultedgetype", "undirected");
        xml.writeStartElement("attributes");
        xml.writeAttribute("class", "node");
        attribute(xml, "key", "string");
        attribute(xml, "cluster", "integer");
        attribute(xml, "clusterLabel", "string");
        attribute(xml, "clusterLabelZh", "string");
        attribute(xml, "papers", "integer");
        attribute(xml, "namesZh", "string");
        xml.writeEndElement();
        xml.writeStartElement("nodes");
        for (var item : map.items()) {
            var cluster = map.clusterOf(item);
            xml.writeStartElement("node");
            xml.writeAttribute("id", Integer.toString(item.id()));
            xml.writeAttribute("label", item.term().name());
            xml.writeStartElement("attvalues");
            value(xml, "key", item.term().key());
            value(xml, "cluster", Integer.toString(item.cluster()));
            value(xml, "clusterLabel", cluster.label().label());
            if (cluster.label().labelZh() != null) {
                value(xml, "clusterLabelZh", cluster.label().labelZh());
            }
            value(xml, "papers", Long.toString(item.term().papers()));
            if (!item.term().namesZh().isEmpty()) {
                value(xml, "namesZh", String.join("; ", item.term().namesZh()));
            }
            xml.writeEndElement();
            xml.writeEmptyElement(VIZ, "position");
            xml.writeAttribute("x", number(item.x() * SCALE));
            xml.writeAttribute("y", number(item.y() * SCALE));
            xml.writeAttribute("z", "0.0");
            xml.writeEmptyElement(VIZ, "size");
            xml.writeAttribute("value", number(2 + 2 * Math.sqrt(item.term().papers())));
            xml.writeEmptyElement(VIZ, "color");
            int rgb = Integer.parseInt(cluster.color().substring(1), 16);
            xml.writeAttribute("r", Integer.toString(rgb >> 16 & 0xff));
            xml.writeAttribute("g", Integer.toString(rgb >> 8 & 0xff));
            xml.writeAttribute("b", Integer.toString(rgb & 0xff));
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeStartElement("edges");
        int id = 0;
        for (var link : map.links()) {
            xml.writeEmptyElement("edge");
            xml.writeAttribute("id", Integer.toString(id++));
            xml.writeAttribute("source", Integer.toString(link.sourceId()));
            xml.writeAttribute("target", Integer.toString(link.targetId()));
            xml.writeAttribute("weight", Long.toString(link.strength()));
        }
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.flush();
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static void attribute(XMLStreamWriter xml, String id, String type) throws XMLStreamException {
        xml.writeEmptyElement("attribute");
        xml.writeAttribute("id", id);
        xml.writeAttribute("title", id);
        xml.writeAttribute("type", type);
    }

    private static void value(XMLStreamWriter xml, String id, String value) throws XMLStreamException {
        xml.writeEmptyElement("attvalue");
        xml.writeAttribute("for", id);
        xml.writeAttribute("value", value);
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.4f", value);
    }
}
