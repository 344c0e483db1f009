package dev.cvpress.compose;

import dev.cvpress.doc.Block;
import dev.cvpress.doc.Document;
import dev.cvpress.doc.Span;
import dev.cvpress.model.Resume;
import dev.cvpress.style.Style;
import dev.cvpress.units.PageSize;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Résumé + style → document tree. Pure: no I/O, no clock, no fonts, no output format. */
public final class Composer {
    /** Countries that print on US Letter; the rest of the world uses A4. */
    private static final java.util.Set<String> LETTER_COUNTRIES = java.util.Set.of("US", "CA");
    private final Options options;

    /**
     * What the caller may decide over the style and the résumé: {@code date} dates the output when
     * {@code meta.lastModified} does not (the CLI passes {@code SOURCE_DATE_EPOCH}) so builds stay
     * reproducible; {@code language} is a BCP 47 tag (default: the style's date locale);
     * {@code pageSize} overrides the paper, which otherwise follows the résumé's country
     * (Letter for the US and Canada) or else the style.
     */
    public record Options(Optional<Instant> date, Optional<String> language, Optional<PageSize> pageSize) {
        public static final Options NONE = new Options(Optional.empty(), Optional.empty(), Optional.empty());
    }

    public Composer() {
        this(Options.NONE);
    }

    public Composer(Options options) {
        this.options = options;
    }

    public Document compose(Resume resume, Style style) {
        Roles roles = new Roles(style);
        SectionComposer sections = new SectionComposer(roles, style);
        boolean contactSection = style.sections().stream().anyMatch(s -> s.id().equals("contact"));
        List<Block> blocks = new ArrayList<>(new HeaderComposer(roles, style.contact().separator(), !contactSection)
                .compose(resume.basics()));
        List<Block> main = new ArrayList<>();
        List<Block> side = new ArrayList<>();
        for (Style.Section section : style.sections()) {
            if (!sections.knows(section.id())) {
                throw new IllegalArgumentException("style " + style.id() + " lists an unknown section \""
                        + section.id() + "\"");
            }
            List<Block> body = sections.body(section.id(), resume);
            if (!body.isEmpty()) {
                List<Block> group = new ArrayList<>();
                group.add(new Block.Paragraph(roles.heading, List.of(Span.of(section.title(), roles.heading.text()))));
                group.addAll(body);
                (style.sidebar().holds(section.id()) ? side : main)
                        .add(new Block.Group(Block.Group.Kind.SECTION, section.id(), group, 0));
            }
        }
        Document.PageSetup page = pageSetup(style, paper(resume, style));
        if (side.isEmpty()) {
            blocks.addAll(main);
        } else {
            blocks.add(columns(style.sidebar(), page.contentWidth(), side, main));
        }
        String lang = options.language().orElse(style.dates().locale());
        return new Document(page, info(resume, options.date(), lang), roles.all(), blocks,
                footer(style, roles, resume.basics().name()), style.fonts().fallback());
    }

    /** The sidebar's sections on their panel beside the rest, on the side the style says. */
    private static Block.Columns columns(Style.Sidebar sidebar, double contentWidth, List<Block> side,
            List<Block> main) {
        double gap = sidebar.gap().points();
        double sideWidth = Math.min(sidebar.width().points(), contentWidth / 2);
        var panel = new Block.Columns.Column(sideWidth, Optional.of(sidebar.fill()), sidebar.padding().points(), side);
        var rest = new Block.Columns.Column(contentWidth - sideWidth - gap, Optional.empty(), 0, main);
        return new Block.Columns(sidebar.side() == Style.Sidebar.Side.LEFT ? List.of(panel, rest) : List.of(rest, panel),
                gap);
    }

    private PageSize paper(Resume resume, Style style) {
        String country = resume.basics().location().countryCode().toUpperCase(java.util.Locale.ROOT);
        return options.pageSize().orElse(LETTER_COUNTRIES.contains(country) ? PageSize.LETTER : style.page().size());
    }

    private static Document.PageSetup pageSetup(Style style, PageSize size) {
        var m = style.page().margins();
        return new Document.PageSetup(size.width(), size.height(), m.top().points(), m.right().points(),
                m.bottom().points(), m.left().points());
    }

    private static Document.Info info(Resume resume, Optional<Instant> defaultDate, String language) {
        var basics = resume.basics();
        String title = basics.name().isEmpty() ? "Résumé" : basics.name();
        String subject = basics.label().isEmpty() ? "Résumé" : "Résumé: " + basics.label();
        String keywords = String.join(", ", resume.skills().stream().map(s -> s.name()).filter(n -> !n.isEmpty()).toList());
        return new Document.Info(title, basics.name(), subject, keywords,
                resume.meta().lastModified().or(() -> defaultDate), language);
    }

    /** The footer with the name filled in; without a name, the separator beside it goes too. */
    private static Optional<Document.Footer> footer(Style style, Roles roles, String name) {
        String template = style.footer().template().replace("{name}", name)
                .replaceAll("^[\\s—–|·-]+|[\\s—–|·-]+$", "");
        return style.footer().pageNumbers()
                ? Optional.of(new Document.Footer(roles.footer, template.isEmpty() ? "{page}" : template))
                : Optional.empty();
    }
}
