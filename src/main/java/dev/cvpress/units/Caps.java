package dev.cvpress.units;

/** Letter case treatment: as written, all capitals, or small capitals. */
public enum Caps { NONE, ALL, SMALL }
