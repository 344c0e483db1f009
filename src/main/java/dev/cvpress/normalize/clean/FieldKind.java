package dev.cvpress.normalize.clean;

/** What a JSON Resume field holds, which decides how it is cleaned. */
enum FieldKind {
    TEXT, PARAGRAPHS, DATE, END_DATE, URL, IMAGE, EMAIL, LIST, COMMA_LIST, LOCATION, PROFILES
}
