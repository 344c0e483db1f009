package dev.cvpress.export.docx;

import dev.cvpress.doc.Document;
import dev.cvpress.doc.ParagraphStyle;
import dev.cvpress.doc.SpanStyle;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocDefaults;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * styles.xml: the document's paragraph styles as real Word styles, all based on Normal, with
 * document defaults taken from the body text. Paragraphs then name their style instead of
 * repeating its formatting, and a user restyles the whole résumé by editing one style.
 */
final class StyleSheet {
    static final String NORMAL = "Normal";
    /** The style whose font becomes the document default, so text typed anew in Word matches it. */
    private static final String BODY = "Body Text";
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s");

    private StyleSheet() {}

    /** Writes the styles part of {@code docx}. */
    static void define(XWPFDocument docx, Document document, FontMetrics metrics) {
        CTStyles styles = CTStyles.Factory.newInstance();
        defaults(styles.addNewDocDefaults(), base(document), document.info().language());
        normal(styles.addNewStyle());
        Set<String> ids = new HashSet<>(Set.of(NORMAL));
        for (ParagraphStyle style : document.styles()) {
            if (ids.add(id(style))) {
                paragraphStyle(styles.addNewStyle(), style, metrics);
            }
        }
        docx.createStyles().setStyles(styles);
    }

    /** Word's id for a style: its name without spaces ("Heading 1" → "Heading1"). */
    static String id(ParagraphStyle style) {
        return WHITE_SPACE.matcher(style.name()).replaceAll("");
    }

    /**
     * The name Word stores: its own built-in styles are known by lowercase names ("heading 1",
     * "footer"), and only under those names does Word treat ours as the built-in ones.
     */
    static String wordName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.matches("heading [1-9]") || lower.equals("header") || lower.equals("footer") ? lower : name;
    }

    /** The document default look: the body text's, else the first style's, in plain weight and slant. */
    static SpanStyle base(Document document) {
        List<ParagraphStyle> styles = document.styles();
        SpanStyle text = styles.stream().filter(s -> s.name().equals(BODY)).findFirst()
                .or(() -> styles.stream().findFirst())
                .map(ParagraphStyle::text).orElse(RunFormat.NOTHING);
        return text.withBold(false).withItalic(false);
    }

    private static void defaults(CTDocDefaults defaults, SpanStyle base, String language) {
        CTRPr rPr = defaults.addNewRPrDefault().addNewRPr();
        RunFormat.write(rPr, base, RunFormat.NOTHING);
        if (!language.isBlank()) {
            rPr.addNewLang().setVal(language.strip());
        }
        CTPPrGeneral pPr = defaults.addNewPPrDefault().addNewPPr();
        // As in the PDF, no paragraph leaves a single line alone at the foot or head of a page.
        pPr.addNewWidowControl();
        pPr.addNewSpacing().setAfter(ParagraphFormat.twips(0));
    }

    private static void normal(CTStyle style) {
        style.setType(STStyleType.PARAGRAPH);
        style.setStyleId(NORMAL);
        style.setDefault(true);
        style.addNewName().setVal(NORMAL);
        style.addNewQFormat();
    }

    private static void paragraphStyle(CTStyle ct, ParagraphStyle style, FontMetrics metrics) {
        ct.setType(STStyleType.PARAGRAPH);
        ct.setStyleId(id(style));
        ct.addNewName().setVal(wordName(style.name()));
        ct.addNewBasedOn().setVal(NORMAL);
        ct.addNewQFormat();
        ParagraphFormat.write(ct.addNewPPr(), style, metrics.lineMultiple(style.text(), style.lineHeight()));
        RunFormat.write(ct.addNewRPr(), style.text(), RunFormat.NOTHING);
    }
}
