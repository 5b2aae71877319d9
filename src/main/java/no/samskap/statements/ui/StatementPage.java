package no.samskap.statements.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import no.samskap.municipality.Municipality;
import no.samskap.municipality.MunicipalityService;
import no.samskap.municipality.SelectedMunicipality;
import no.samskap.shared.MunicipalityId;
import no.samskap.shared.SafeMarkdown;
import no.samskap.statements.Statement;
import no.samskap.statements.StatementKind;
import no.samskap.statements.StatementService;

/**
 * A municipality's statement in the reader's language. The path may name the municipality
 * ({@code privacy/trondheim}), so its own website can link straight to it. Its officials edit it here.
 */
abstract class StatementPage extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    private final StatementKind kind;
    private final StatementService statements;
    private final MunicipalityService municipalities;
    private final SelectedMunicipality selected;
    private final Div body = new Div();
    private Municipality municipality;

    StatementPage(
            StatementKind kind,
            StatementService statements,
            MunicipalityService municipalities,
            SelectedMunicipality selected) {
        this.kind = kind;
        this.statements = statements;
        this.municipalities = municipalities;
        this.selected = selected;
        body.setWidthFull();
        body.getStyle().set("max-width", "48em");
        add(body);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        municipality = event.getRouteParameters()
                .get("municipality")
                .flatMap(id -> municipalities.find(MunicipalityId.of(id)))
                .orElseGet(selected::municipality);
        if (!municipality.id().equals(selected.get())) {
            selected.set(municipality.id());
        }
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        if (attachEvent.isInitialAttach()) {
            show();
        }
    }

    private void show() {
        body.removeAll();
        Statement statement = statements.show(municipality.id(), kind, getLocale());
        body.add(new H1(getTranslation("statement." + kind.route() + ".heading", municipality.name())));
        if (statement.template()) {
            Paragraph note = new Paragraph(getTranslation("statement.template-note", municipality.name()));
            note.addClassName("samskap-statement-template");
            body.add(note);
        }
        body.add(new Html(SafeMarkdown.toHtml(statement.markdown())));
        if (!statement.template()) {
            body.add(new Paragraph(getTranslation(
                    "statement.updated",
                    DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                            .withLocale(getLocale())
                            .format(statement.updatedAt().atZone(OSLO)))));
        }
        // The other statement is one step away; also keeps the page focusable when its text has no link.
        StatementKind other = kind == StatementKind.PRIVACY ? StatementKind.ACCESSIBILITY : StatementKind.PRIVACY;
        body.add(new Paragraph(new Anchor(
                other.route() + "/" + municipality.id().value(),
                getTranslation("statement." + other.route() + ".title"))));
        if (statements.mayEdit(municipality.id())) {
            Button edit = new Button(getTranslation("statement.edit"), e -> edit(statement));
            edit.addThemeVariants(ButtonVariant.PRIMARY);
            body.add(edit);
        }
    }

    private void edit(Statement statement) {
        body.removeAll();
        body.add(new H1(getTranslation("statement." + kind.route() + ".heading", municipality.name())));
        body.add(new StatementEditor(statements, municipality.id(), kind, statement.language(), this::show));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("statement." + kind.route() + ".title") + " – Samskap";
    }
}
