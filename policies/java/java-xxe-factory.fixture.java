import javax.xml.XMLConstants;
import javax.xml.parsers.*;
import javax.xml.stream.XMLInputFactory;
import org.w3c.dom.Document;

class Xml {
    // ruleid: java-xxe-factory
    Document parse(InputStream in) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
    }

    // ruleid: java-xxe-factory
    void stream(InputStream in) throws Exception {
        XMLInputFactory f = XMLInputFactory.newFactory();
        XMLStreamReader r = f.createXMLStreamReader(in);
    }

    // ruleid: java-xxe-factory
    void sax(InputStream in, DefaultHandler h) throws Exception {
        SAXParserFactory.newInstance().newSAXParser().parse(in, h);
    }

    // ok: java-xxe-factory
    Document parseSafely(InputStream in) throws Exception {
        DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
        dbf.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return dbf.newDocumentBuilder().parse(in);
    }

    // ok: java-xxe-factory
    void streamSafely(InputStream in) throws Exception {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.createXMLStreamReader(in);
    }

    // ok: java-xxe-factory
    static DocumentBuilderFactory newFactory() {
        return DocumentBuilderFactory.newInstance();
    }

    // ok: java-xxe-factory
    Document parseJson(String body) throws Exception {
        return mapper.readValue(body, Document.class);
    }
}
