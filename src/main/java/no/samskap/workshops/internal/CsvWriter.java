package no.samskap.workshops.internal;

/**
 * Writes RFC 4180 CSV. Cells that a spreadsheet would run as a formula (starting with =, +, -,
 * @, tab or carriage return) get a leading apostrophe, because the text comes from participants.
 */
public final class CsvWriter {

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

    static String cell(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0 && !v.matches("-?\\d+(\\.\\d+)?(E-?\\d+)?")) {
            v = "'" + v;
        }
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            v = "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
