package no.samskap.statements;

/** The statements every municipality publishes about its Samskap. */
public enum StatementKind {
    /** Information to the people whose data Samskap holds (GDPR articles 13 and 14). */
    PRIVACY("privacy"),
    /** The accessibility statement required of public bodies' websites (the EU Web Accessibility Directive). */
    ACCESSIBILITY("accessibility");

    private final String route;

    StatementKind(String route) {
        this.route = route;
    }

    /** The page's path, also the stem of the template files. */
    public String route() {
        return route;
    }
}
