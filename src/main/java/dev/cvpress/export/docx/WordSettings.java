package dev.cvpress.export.docx;

import javax.xml.namespace.QName;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.xmlbeans.XmlCursor;

/**
 * settings.xml: the compatibility switches that make Word and LibreOffice lay the text out as the
 * PDF does. Written through a cursor because POI's slimmed-down schema jar lacks the typed classes.
 */
final class WordSettings {
    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String WORD_URI = "http://schemas.microsoft.com/office/word";
    /** Word 2013 and later: without it Word opens the file in "Compatibility Mode". */
    private static final String CURRENT_MODE = "15";

    private WordSettings() {}

    /** {@code fontsEmbedded}: the file carries subsets of its fonts, which Word must be told to use and keep. */
    static void write(XWPFDocument docx, boolean fontsEmbedded) {
        try (XmlCursor cursor = docx.getSettings().getCTSettings().newCursor()) {
            cursor.toEndToken();
            if (fontsEmbedded) {
                // Before w:compat, as the schema orders them. Without the second, Word saving the
                // file again would embed the whole fonts.
                cursor.insertElement(new QName(W, "embedTrueTypeFonts", "w"));
                cursor.insertElement(new QName(W, "saveSubsetFonts", "w"));
            }
            cursor.beginElement(new QName(W, "compat", "w"));
            // The PDF adds one paragraph's space after to the next one's space before; without
            // this switch Word and LibreOffice use only the larger of the two.
            cursor.insertElement(new QName(W, "doNotUseHTMLParagraphAutoSpacing", "w"));
            cursor.beginElement(new QName(W, "compatSetting", "w"));
            cursor.insertAttributeWithValue(new QName(W, "name", "w"), "compatibilityMode");
            cursor.insertAttributeWithValue(new QName(W, "uri", "w"), WORD_URI);
            cursor.insertAttributeWithValue(new QName(W, "val", "w"), CURRENT_MODE);
        }
    }
}
