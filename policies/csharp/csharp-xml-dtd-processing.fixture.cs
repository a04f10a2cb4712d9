using System.Xml;

class Xml
{
    void Parse(Stream body)
    {
        // ruleid: csharp-xml-dtd-processing
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Parse };
        var doc = new XmlDocument();
        // ruleid: csharp-xml-dtd-processing
        doc.XmlResolver = new XmlUrlResolver();
        var legacy = new XmlReaderSettings();
        // ruleid: csharp-xml-dtd-processing
        legacy.ProhibitDtd = false;
        // ok: csharp-xml-dtd-processing
        var safe = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
        // ok: csharp-xml-dtd-processing
        doc.XmlResolver = null;
        // ok: csharp-xml-dtd-processing
        legacy.ProhibitDtd = true;
    }
}
