package dev.cvpress.style;

/**
 * The text roles a style sets. {@code body} is complete; in {@code style.yaml} every other role
 * names only what differs from it. {@code aside} sets an entry's margin column (see {@link Style.Entry}).
 */
public record TextStyles(TextStyle body, TextStyle name, TextStyle label, TextStyle contact, TextStyle heading,
        TextStyle entry, TextStyle dates, TextStyle aside, TextStyle detail, TextStyle bullet, TextStyle footer) {}
