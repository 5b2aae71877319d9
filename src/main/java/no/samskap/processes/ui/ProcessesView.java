package no.samskap.processes.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import no.samskap.municipality.Municipality;
import no.samskap.municipality.SelectedMunicipality;
import no.samskap.processes.ProcessService;
import no.samskap.processes.ProcessSummary;
import no.samskap.shared.SamskapIcon;

/** The municipality's processes, with the phase each is in; officials start new ones here. */
@Route("processes")
@Menu(order = 1.5, title = "menu.processes")
@AnonymousAllowed
public class ProcessesView extends VerticalLayout implements HasDynamicTitle {

    public ProcessesView(ProcessService processes, SelectedMunicipality selected) {
        Municipality municipality = selected.municipality();
        add(new H1(getTranslation("process.heading", municipality.name())));
        add(new Paragraph(getTranslation("process.intro")));
        if (processes.mayManage(municipality.id())) {
            Button create = new Button(
                    getTranslation("process.new"),
                    SamskapIcon.PLUS.create(),
                    e -> getUI().ifPresent(ui -> ui.navigate(NewProcessView.class)));
            create.addThemeVariants(ButtonVariant.PRIMARY);
            add(create);
        }
        List<ProcessSummary> all = processes.list(municipality.id());
        if (all.isEmpty()) {
            add(new Paragraph(getTranslation("process.none")));
        }
        for (ProcessSummary p : all) {
            Div card = new Div();
            card.addClassName("samskap-process-card");
            H2 title = new H2(new Anchor("processes/" + p.id(), p.title()));
            card.add(title, new Span(getTranslation(p.template().messageKey())));
            if (p.current() != null) {
                card.add(new Paragraph(getTranslation(
                        "process.current",
                        getTranslation("phase.label"),
                        PhaseLabels.name(p.current(), this),
                        PhaseLabels.state(p.current(), this),
                        PhaseLabels.dates(p.current().startsOn(), p.current().endsOn(), getLocale()))));
            }
            add(card);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.processes") + " – Samskap";
    }
}
