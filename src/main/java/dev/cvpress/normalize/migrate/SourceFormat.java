package dev.cvpress.normalize.migrate;

/** The résumé formats cvpress recognises by their shape, with the name users know them by. */
public enum SourceFormat {
    /** JSON Resume 1.x, the format the rest of cvpress reads. */
    JSON_RESUME("JSON Resume 1.x"),
    /** JSON Resume with field names from before 1.0 (basics.picture, work[].company, education[].gpa, ...). */
    JSON_RESUME_LEGACY("JSON Resume 0.x"),
    /** The first public JSON Resume shape (schema 0.0.11, 2014), with a top-level "bio". */
    JSON_RESUME_BIO("JSON Resume 0.0.11 \"bio\" format"),
    /** FRESH, the format of HackMyResume and FluentCV. */
    FRESH("FRESH"),
    /** RenderCV input: a top-level "cv" (and "design"). */
    RENDERCV("RenderCV YAML"),
    /** YAMLResume: top-level "content", "locale" and "layouts". */
    YAMLRESUME("YAMLResume"),
    /** Reactive Resume's own export: "basics", "sections" with "items", "metadata". */
    REACTIVE_RESUME("Reactive Resume JSON"),
    /** None of the above. */
    UNKNOWN("unknown format");

    private final String humanName;

    SourceFormat(String humanName) {
        this.humanName = humanName;
    }

    /** The name to show users, e.g. "RenderCV YAML". */
    public String humanName() {
        return humanName;
    }
}
