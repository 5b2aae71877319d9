package no.samskap.impact.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Optional;
import java.util.UUID;
import no.samskap.impact.SavedScenario;
import no.samskap.impact.ScenarioTotals;

/** A saved scenario's link to share, a field to compare it with another, and a note when its figures have aged. */
class ScenarioShare extends Paragraph {

    ScenarioShare() {
        getElement().setAttribute("role", "status");
    }

    /** Says so when the catalogue the scenario was saved with gave another figure than today's does. */
    static Optional<Paragraph> versionNote(SavedScenario saved, ScenarioTotals now) {
        if (saved.catalogueVersion() == null
                || saved.catalogueVersion().equals(now.catalogueVersion())
                || Math.abs(saved.territorialTonnes() - now.territorialTonnes().central()) < 0.005) {
            return Optional.empty();
        }
        Paragraph note = new Paragraph();
        note.addClassName("samskap-version-note");
        note.setText(note.getTranslation(
                "scenario.version-changed",
                saved.catalogueVersion(),
                Figures.amount(saved.territorialTonnes(), ImpactFigures.locale(note)),
                now.catalogueVersion()));
        return Optional.of(note);
    }

    /** The link to a saved scenario, and a way to compare it with another. */
    void show(UUID id) {
        removeAll();
        add(getTranslation("scenario.link") + " ");
        add(new Anchor("scenarios/" + id, "scenarios/" + id));
        // Another saved scenario's link (or id) to set beside this one.
        TextField other = new TextField(getTranslation("scenario.compare.other"));
        other.setWidth("28em");
        Button compare = new Button(getTranslation("scenario.compare"), e -> {
            String text = other.getValue().strip();
            String otherId = text.substring(text.lastIndexOf('/') + 1);
            try {
                UUID.fromString(otherId);
            } catch (IllegalArgumentException ex) {
                other.setErrorMessage(getTranslation("error.scenario.link"));
                other.setInvalid(true);
                return;
            }
            getUI().ifPresent(ui -> ui.navigate("scenarios/compare/" + id + "/" + otherId));
        });
        add(new HorizontalLayout(other, compare));
    }
}
