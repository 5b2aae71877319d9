package no.samskap.workshops.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import no.samskap.workshops.ParticipantId;
import no.samskap.workshops.WorkshopDetails;
import no.samskap.workshops.WorkshopId;
import no.samskap.workshops.WorkshopService;

/** Ending the workshop (for those who run it), and the results as CSV (for them, and for everyone once it ended). */
class EndPanel extends VerticalLayout {

    EndPanel(WorkshopService workshops, WorkshopDetails workshop, ParticipantId participant, boolean manager) {
        setPadding(false);
        if (manager && workshop.isOpen()) {
            Button end = new Button(getTranslation("workshop.end"), e -> {
                ConfirmDialog confirm = new ConfirmDialog(
                        getTranslation("workshop.end"),
                        getTranslation("workshop.end-confirm"),
                        getTranslation("workshop.end"),
                        c -> workshops.end(workshop.id()),
                        getTranslation("workshop.cancel"),
                        c -> {});
                confirm.setConfirmButtonTheme("error primary");
                confirm.open();
            });
            end.addThemeVariants(ButtonVariant.ERROR);
            add(end);
        }
        if (manager || !workshop.isOpen()) {
            WorkshopId id = workshop.id();
            String fileName = "workshop-" + workshop.joinCode() + ".csv";
            Anchor download = new Anchor(
                    DownloadHandler.fromInputStream(event -> {
                        // A byte-order mark, so spreadsheet programs read æ, ø and å correctly.
                        byte[] csv =
                                ("\uFEFF" + workshops.resultsCsv(id, participant)).getBytes(StandardCharsets.UTF_8);
                        return new DownloadResponse(new ByteArrayInputStream(csv), fileName, "text/csv", csv.length);
                    }),
                    getTranslation("workshop.download"));
            download.getElement().setAttribute("download", fileName);
            add(download);
        }
    }
}
