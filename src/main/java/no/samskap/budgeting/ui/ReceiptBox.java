package no.samskap.budgeting.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import no.samskap.budgeting.Receipt;

/** A confirmed ballot's receipt: its reference and time, the projects and total, and a copy to keep. */
class ReceiptBox extends Div {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    ReceiptBox(Receipt receipt, String processTitle, boolean justConfirmed) {
        addClassName("samskap-receipt");
        getElement().setAttribute("role", "status");
        if (justConfirmed) {
            add(new Paragraph(getTranslation("ballot.thanks")));
        }
        add(new Paragraph(getTranslation("ballot.reference", receipt.reference(), when(receipt, getLocale()))));
        UnorderedList chosen = new UnorderedList();
        receipt.choices()
                .forEach(i -> chosen.add(new ListItem(i.title() + " – " + Money.nok(i.costNok(), getLocale()))));
        add(chosen, new Paragraph(getTranslation("ballot.receipt-total", Money.nok(receipt.totalNok(), getLocale()))));
        String fileName = "ballot-" + receipt.reference() + ".txt";
        String text = text(receipt, processTitle);
        Anchor download = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
                    return new DownloadResponse(
                            new ByteArrayInputStream(bytes), fileName, "text/plain; charset=utf-8", bytes.length);
                }),
                getTranslation("ballot.download"));
        download.getElement().setAttribute("download", fileName);
        add(new Paragraph(download));
    }

    /** When the ballot was confirmed, in Norwegian time and the reader's language. */
    static String when(Receipt r, Locale locale) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale)
                .withZone(OSLO)
                .format(r.submittedAt());
    }

    private String text(Receipt receipt, String processTitle) {
        StringBuilder text = new StringBuilder(getTranslation("ballot.receipt-heading", processTitle))
                .append("\n")
                .append(getTranslation("ballot.reference", receipt.reference(), when(receipt, getLocale())))
                .append("\n\n");
        receipt.choices()
                .forEach(i -> text.append("- ")
                        .append(i.title())
                        .append(" – ")
                        .append(Money.nok(i.costNok(), getLocale()))
                        .append("\n"));
        text.append("\n").append(getTranslation("ballot.receipt-total", Money.nok(receipt.totalNok(), getLocale())));
        return text.append("\n").toString();
    }
}
