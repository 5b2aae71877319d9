package no.samskap.shared;

import java.util.regex.Pattern;

/**
 * Writes RFC 4180 CSV for spreadsheets. Every cell is quoted. Because the text comes from users,
 * anything a spreadsheet could run as a formula is neutralised with a leading apostrophe: at the
 * start of a cell and after any character a spreadsheet may split on (comma, semicolon, tab, pipe,
 * line break), since a Norwegian Excel splits on ';' and would start a new cell there.
 */
public final class CsvWriter {

    // A formula character at the start or after a separator (and any whitespace, which spreadsheets may
    // trim), unless the part is a plain number.
    private static final Pattern FORMULA = Pattern.compile(
            "(^|[,;\\t|\\r\\n])(\\p{javaWhitespace}*)(?=[=+\\-@\\t\\r])(?![+\\-]?\\d+(?:[.,]\\d+)?(?:E[+\\-]?\\d+)?(?:$|[,;\\t|\\r\\n]))");

    private final StringBuilder out = new StringBuilder();

    public CsvWriter row(String... cells) {
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(cell(cells[i]));
        }
        out.append("\r\n");
        return this;
    }

    public CsvWriter blank() {
        out.append("\r\n");
        return this;
    }

    /** One cell, quoted, with formula starts neutralised. */
    public static String cell(String value) {
        String v = value == null ? "" : value;
        v = FORMULA.matcher(v).replaceAll("$1$2'");
        return "\"" + v.replace("\"", "\"\"") + "\"";
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
