package dev.cvpress.units;

/** Horizontal alignment of a paragraph's lines. */
public enum Align { LEFT, CENTER, RIGHT }
