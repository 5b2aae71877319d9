package no.samskap.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import no.samskap.shared.CsvWriter;

/** Every CSV cell is one quoted field, and no part a spreadsheet might split off starts a formula. */
class CsvFuzzTest {

    @FuzzTest(maxDuration = "10s")
    void cellsAreQuotedAndInert(FuzzedDataProvider data) {
        String value = data.consumeRemainingAsString();
        String cell = CsvWriter.cell(value);
        if (cell.length() < 2 || cell.charAt(0) != '"' || cell.charAt(cell.length() - 1) != '"') {
            throw new AssertionError("not quoted: " + cell);
        }
        String inner = cell.substring(1, cell.length() - 1);
        if (inner.replace("\"\"", "").contains("\"")) {
            throw new AssertionError("a lone quote ends the field early: " + cell);
        }
        String text = inner.replace("\"\"", "\"");
        // Split where Excel or LibreOffice might, and look at how each part starts.
        for (String part : text.split("[,;\\t|\\r\\n]", -1)) {
            String start = part.stripLeading();
            if (!start.isEmpty()
                    && "=+-@".indexOf(start.charAt(0)) >= 0
                    && !start.matches("[+-]?\\d+([.,]\\d+)?([eE][+-]?\\d+)?")) {
                throw new AssertionError("formula start '" + start + "' in " + cell);
            }
        }
    }
}
