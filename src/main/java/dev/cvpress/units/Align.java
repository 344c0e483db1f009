package dev.cvpress.units;

/** Horizontal alignment of a paragraph's lines; {@code JUSTIFY} fills every line but the last. */
public enum Align { LEFT, CENTER, RIGHT, JUSTIFY }
