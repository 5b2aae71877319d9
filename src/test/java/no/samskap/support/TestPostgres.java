package no.samskap.support;

/**
 * The PostgreSQL server the tests use: SAMSKAP_TEST_PG_URL, SAMSKAP_TEST_PG_USER and
 * SAMSKAP_TEST_PG_PASSWORD, with defaults that match .ci/run.
 */
public final class TestPostgres {

    public static final String URL = env("SAMSKAP_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/samskap_test");
    public static final String USER = env("SAMSKAP_TEST_PG_USER", "samskap");
    public static final String PASSWORD = env("SAMSKAP_TEST_PG_PASSWORD", "samskap");

    private TestPostgres() {}

    /** The server's URL with this schema as the connection's current one. */
    public static String urlFor(String schema) {
        return URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
