package dev.cvpress.compose;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A slot template such as {@code "{study_type}, {area}"}: placeholders and the text between them.
 * Text between two fields is kept only when both sides have a value (the one just before the next
 * present field wins), text before the first field only when that field is present, and text after
 * the last only when the last is present; so "{roles} · {entity}" with no roles reads "Acme".
 */
final class EntryTemplate {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z_]+)}");

    private EntryTemplate() {}

    static String fill(String template, UnaryOperator<String> values) {
        List<String> literals = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(template);
        int end = 0;
        while (m.find()) {
            literals.add(template.substring(end, m.start()));
            fields.add(m.group(1));
            end = m.end();
        }
        if (fields.isEmpty()) {
            return template;
        }
        StringBuilder out = new StringBuilder();
        boolean lastPresent = false;
        for (int i = 0; i < fields.size(); i++) {
            String value = values.apply(fields.get(i));
            lastPresent = !value.isEmpty();
            if (lastPresent) {
                if (out.length() > 0 || i == 0) {
                    out.append(literals.get(i));
                }
                out.append(value);
            }
        }
        if (lastPresent) {
            out.append(template.substring(end));
        }
        return out.toString();
    }

    static Set<String> placeholders(String template) {
        Set<String> names = new LinkedHashSet<>();
        Matcher m = PLACEHOLDER.matcher(template);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }
}
