package dev.cvpress.style;

import dev.cvpress.units.Length;
import dev.cvpress.units.PageSize;

/** Paper and margins. */
public record Page(PageSize size, Margins margins) {

    public record Margins(Length top, Length right, Length bottom, Length left) {}
}
