package dev.cvpress.export.pdfbox;

import dev.cvpress.doc.Document;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;

/**
 * What makes the file PDF/A-2u (PDF/A-3u with an attachment) and PDF/UA-1 beyond its content: an
 * sRGB output intent (all colour is device RGB) and XMP metadata that matches the document
 * information dictionary and declares both conformances (with the extension schema PDF/A asks for
 * pdfuaid).
 */
final class Archival {
    private static final String SRGB = "sRGB IEC61966-2.1";

    private Archival() {}

    static void applyTo(PDDocument pdf, Document.Info info, String producer) throws IOException {
        PDOutputIntent intent = new PDOutputIntent(pdf,
                new ByteArrayInputStream(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData()));
        intent.setInfo(SRGB);
        intent.setOutputCondition(SRGB);
        intent.setOutputConditionIdentifier(SRGB);
        intent.setRegistryName("http://www.color.org");
        pdf.getDocumentCatalog().addOutputIntent(intent);
        PDMetadata metadata = new PDMetadata(pdf);
        metadata.importXMPMetadata(xmp(info, producer).getBytes(StandardCharsets.UTF_8));
        pdf.getDocumentCatalog().setMetadata(metadata);
    }

    private static String xmp(Document.Info info, String producer) {
        StringBuilder d = new StringBuilder();
        d.append("<dc:format>application/pdf</dc:format>\n");
        d.append("<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">").append(escape(info.title()))
                .append("</rdf:li></rdf:Alt></dc:title>\n");
        if (!info.author().isEmpty()) {
            d.append("<dc:creator><rdf:Seq><rdf:li>").append(escape(info.author())).append("</rdf:li></rdf:Seq></dc:creator>\n");
        }
        d.append("<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">").append(escape(info.subject()))
                .append("</rdf:li></rdf:Alt></dc:description>\n");
        d.append("<dc:language><rdf:Bag><rdf:li>").append(escape(info.language())).append("</rdf:li></rdf:Bag></dc:language>\n");
        d.append("<pdf:Producer>").append(escape(producer)).append("</pdf:Producer>\n");
        if (!info.keywords().isEmpty()) {
            d.append("<pdf:Keywords>").append(escape(info.keywords())).append("</pdf:Keywords>\n");
        }
        d.append("<xmp:CreatorTool>cvpress</xmp:CreatorTool>\n");
        info.created().ifPresent(when -> d.append("<xmp:CreateDate>").append(date(when)).append("</xmp:CreateDate>\n")
                .append("<xmp:ModifyDate>").append(date(when)).append("</xmp:ModifyDate>\n"));
        int part = info.attachment().isPresent() ? 3 : 2;
        d.append("<pdfaid:part>").append(part).append("</pdfaid:part>\n<pdfaid:conformance>U</pdfaid:conformance>\n");
        d.append("<pdfuaid:part>1</pdfuaid:part>\n");
        return PACKET_START + d + PDFUA_EXTENSION + PACKET_END;
    }

    private static String date(Instant when) {
        return DateTimeFormatter.ISO_INSTANT.format(when.truncatedTo(ChronoUnit.SECONDS));
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static final String PACKET_START = """
            <?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
            <x:xmpmeta xmlns:x="adobe:ns:meta/">
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
            <rdf:Description rdf:about=""
              xmlns:dc="http://purl.org/dc/elements/1.1/"
              xmlns:pdf="http://ns.adobe.com/pdf/1.3/"
              xmlns:xmp="http://ns.adobe.com/xap/1.0/"
              xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/"
              xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/"
              xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/"
              xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#"
              xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">
            """;

    /** PDF/A knows only its own and a few standard schemas; pdfuaid must be described. */
    private static final String PDFUA_EXTENSION = """
            <pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType="Resource">
              <pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>
              <pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>
              <pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>
              <pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType="Resource">
                <pdfaProperty:name>part</pdfaProperty:name>
                <pdfaProperty:valueType>Integer</pdfaProperty:valueType>
                <pdfaProperty:category>internal</pdfaProperty:category>
                <pdfaProperty:description>Part of ISO 14289 the file conforms to</pdfaProperty:description>
              </rdf:li></rdf:Seq></pdfaSchema:property>
            </rdf:li></rdf:Bag></pdfaExtension:schemas>
            """;

    private static final String PACKET_END = """
            </rdf:Description>
            </rdf:RDF>
            </x:xmpmeta>
            <?xpacket end="w"?>""";
}
