package dev.cvpress.normalize.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.ValidationMessage;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What to tell a person about one schema violation. The library's messages name the rule that
 * failed ("does not match the regex pattern ^([1-2][0-9]{3}…"); these name the value and what was
 * expected instead, in the words of a résumé.
 */
record ViolationText(String message, String hint) {
    private static final int LONGEST_QUOTE = 60;
    private static final String NOTHING_TO_SAY = "leave the field out when there is nothing to put in it";

    /** The text for the messages the validator gave for one problem (same place, same keyword). */
    static ViolationText of(List<ValidationMessage> same) {
        ValidationMessage first = same.get(0);
        return switch (first.getType()) {
            case "type" -> type(same);
            case "format" -> format(first);
            case "pattern" -> pattern(first);
            case "required" -> new ViolationText("the required field " + quote(first.getProperty()) + " is missing", "");
            case "additionalProperties" -> new ViolationText("the field " + quote(first.getProperty())
                    + " is not allowed here", "");
            case "enum" -> new ViolationText(value(first) + " is not one of the allowed values "
                    + first.getArguments()[0], "");
            default -> new ViolationText(libraryText(first), "");
        };
    }

    /** All expected types together: a value that may be of several kinds ({@code anyOf}) is one problem. */
    private static ViolationText type(List<ValidationMessage> same) {
        String expected = same.stream().map(m -> withArticle(String.valueOf(m.getArguments()[1])))
                .distinct().collect(Collectors.joining(" or "));
        String found = withArticle(String.valueOf(same.get(0).getArguments()[0]));
        return new ViolationText("expected " + expected + ", found " + found, "");
    }

    private static ViolationText format(ValidationMessage m) {
        String format = String.valueOf(m.getArguments()[0]);
        String text = m.getInstanceNode().asText();
        return switch (format) {
            case "email" -> new ViolationText(value(m) + " is not an email address", emptyHint(text));
            case "uri" -> new ViolationText(value(m) + " is not a complete web address", uriHint(text));
            default -> new ViolationText(value(m) + " is not a valid " + format, emptyHint(text));
        };
    }

    private static ViolationText pattern(ValidationMessage m) {
        String text = m.getInstanceNode().asText();
        if (String.valueOf(m.getArguments()[0]).equals(BundledSchema.datePattern())) {
            return new ViolationText(value(m) + " is not a date; expected YYYY, YYYY-MM or YYYY-MM-DD",
                    text.isBlank() ? "leave the field out when there is no date" : "");
        }
        return new ViolationText(value(m) + " does not have the expected form " + m.getArguments()[0], emptyHint(text));
    }

    /** A web address needs its scheme; "example.com" is the usual slip. */
    private static String uriHint(String text) {
        if (text.isBlank()) {
            return NOTHING_TO_SAY;
        }
        boolean bareHost = text.contains(".") && !text.contains(":") && !text.contains(" ") && !text.startsWith("/");
        return bareHost ? "did you mean \"https://" + text + "\"?" : "a web address starts with https:// or similar";
    }

    private static String emptyHint(String text) {
        return text.isBlank() ? NOTHING_TO_SAY : "";
    }

    /** The library's own message, without its leading {@code path: }, which the diagnostic already shows. */
    private static String libraryText(ValidationMessage m) {
        String message = m.getMessage();
        String prefix = m.getInstanceLocation() + ": ";
        return message.startsWith(prefix) ? message.substring(prefix.length()) : message;
    }

    /** The offending value as the user wrote it, shortened so one diagnostic stays one line. */
    private static String value(ValidationMessage m) {
        JsonNode node = m.getInstanceNode();
        return node.isTextual() ? quote(node.asText()) : node.toString();
    }

    private static String quote(String text) {
        String oneLine = text.replaceAll("\\s+", " ");
        return "\"" + (oneLine.length() > LONGEST_QUOTE ? oneLine.substring(0, LONGEST_QUOTE) + "…" : oneLine) + "\"";
    }

    /** "an object", "a string"; JSON's {@code null} has no article. */
    private static String withArticle(String type) {
        String name = type.toLowerCase(Locale.ROOT);
        if (name.equals("null")) {
            return name;
        }
        return ("aeiou".indexOf(name.charAt(0)) >= 0 ? "an " : "a ") + name;
    }
}
