package no.samskap.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CsvWriterTest {

    @Test
    void everyCellIsQuotedAndQuotesAreDoubled() {
        String csv = new CsvWriter().row("a", "", null, "say \"hi\"", "x,y").toString();
        assertThat(csv).isEqualTo("\"a\",\"\",\"\",\"say \"\"hi\"\"\",\"x,y\"\r\n");
    }

    @Test
    void aFormulaIsNeutralisedAtTheStartOfACell() {
        assertThat(CsvWriter.cell("=HYPERLINK(\"http://evil\")")).isEqualTo("\"'=HYPERLINK(\"\"http://evil\"\")\"");
        assertThat(CsvWriter.cell("+1+cmd")).isEqualTo("\"'+1+cmd\"");
        assertThat(CsvWriter.cell("@SUM(A1)")).isEqualTo("\"'@SUM(A1)\"");
        assertThat(CsvWriter.cell("  =1+1")).isEqualTo("\"  '=1+1\"");
        assertThat(CsvWriter.cell("\t=1")).isEqualTo("\"\t'=1\"");
    }

    @Test
    void aFormulaAfterAnySeparatorIsNeutralisedToo() {
        // A spreadsheet that splits on ';' (as Norwegian Excel does) would start a cell there.
        assertThat(CsvWriter.cell("ok;=cmd|' /C calc'!A0")).isEqualTo("\"ok;'=cmd|' /C calc'!A0\"");
        assertThat(CsvWriter.cell("a,=1+1")).isEqualTo("\"a,'=1+1\"");
        assertThat(CsvWriter.cell("a\t@x")).isEqualTo("\"a\t'@x\"");
        assertThat(CsvWriter.cell("line\n-2+3")).isEqualTo("\"line\n'-2+3\"");
        assertThat(CsvWriter.cell("a|+x")).isEqualTo("\"a|'+x\"");
    }

    @Test
    void plainNumbersStayNumbers() {
        assertThat(CsvWriter.cell("-5")).isEqualTo("\"-5\"");
        assertThat(CsvWriter.cell("-1.25")).isEqualTo("\"-1.25\"");
        assertThat(CsvWriter.cell("+47")).isEqualTo("\"+47\"");
        assertThat(CsvWriter.cell("12;-3")).isEqualTo("\"12;-3\"");
        assertThat(CsvWriter.cell("e-mail")).isEqualTo("\"e-mail\"");
    }
}
