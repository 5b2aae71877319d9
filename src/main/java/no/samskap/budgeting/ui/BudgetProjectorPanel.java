package no.samskap.budgeting.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import no.samskap.budgeting.BallotCounted;
import no.samskap.budgeting.BudgetResults;
import no.samskap.budgeting.Results;
import no.samskap.live.LiveUpdates;
import no.samskap.processes.PhaseChanged;
import no.samskap.shared.ProcessId;
import no.samskap.workshops.ProjectorPanel;
import no.samskap.workshops.WorkshopId;

/**
 * The running count of a participatory budget on the big screen of one of its process's workshops:
 * ballots so far, the leading projects and whether the money reaches them, and what the funded
 * ones achieve together. Recounts live as ballots arrive on any node.
 */
@org.springframework.stereotype.Component
class BudgetProjectorPanel implements ProjectorPanel {

    // A projector is read from across the room: the leaders, not the whole list.
    private static final int SHOWN = 8;

    private final BudgetResults results;
    private final LiveUpdates live;

    BudgetProjectorPanel(BudgetResults results, LiveUpdates live) {
        this.results = results;
        this.live = live;
    }

    @Override
    public Optional<Component> create(WorkshopId workshop, ProcessId process) {
        // The first count both decides whether there is anything to show and is what is shown.
        return results.forProjector(process, workshop).<Component>map(first -> new Count(workshop, process, first));
    }

    private final class Count extends Div {

        private final WorkshopId workshop;
        private final ProcessId process;
        private final List<Registration> registrations = new ArrayList<>();
        private boolean renderPending;

        Count(WorkshopId workshop, ProcessId process, Results first) {
            this.workshop = workshop;
            this.process = process;
            addClassName("samskap-projector-budget");
            getElement().setAttribute("role", "region");
            show(Optional.of(first));
        }

        @Override
        protected void onAttach(AttachEvent event) {
            UI ui = event.getUI();
            registrations.add(
                    live.subscribe(ui, BallotCounted.class, e -> e.process().equals(process), e -> soon(ui)));
            registrations.add(
                    live.subscribe(ui, PhaseChanged.class, e -> e.process().equals(process), e -> soon(ui)));
            registrations.add(live.onResync(ui, this::render));
        }

        @Override
        protected void onDetach(DetachEvent event) {
            registrations.forEach(Registration::remove);
            registrations.clear();
        }

        /** One recount per push, however many ballots arrived in it. */
        private void soon(UI ui) {
            if (!renderPending) {
                renderPending = true;
                ui.beforeClientResponse(this, context -> {
                    renderPending = false;
                    render();
                });
            }
        }

        private void render() {
            show(results.forProjector(process, workshop));
        }

        private void show(Optional<Results> maybe) {
            removeAll();
            H2 heading = new H2(getTranslation("projector.budget"));
            getElement().setAttribute("aria-label", getTranslation("projector.budget"));
            add(heading);
            if (maybe.isEmpty()) {
                return;
            }
            Results r = maybe.get();
            add(new Paragraph(getTranslation(r.finalResult() ? "results.final" : "results.running")));
            add(new Paragraph(getTranslation(
                    "results.summary",
                    r.ballots(),
                    r.paperBallots(),
                    Money.nok(r.selectedNok(), getLocale()),
                    Money.nok(r.budgetNok(), getLocale()))));
            OrderedList leaders = new OrderedList();
            for (Results.Row row : r.ranked().stream().limit(SHOWN).toList()) {
                ListItem line = new ListItem(
                        new Span(row.item().title()),
                        new Span(" – "),
                        new Span(getTranslation("projector.budget-votes", row.votes())));
                if (row.selected()) {
                    Span funded = new Span(" · " + getTranslation("results.funded"));
                    funded.addClassName("samskap-funded");
                    line.add(funded);
                }
                leaders.add(line);
            }
            add(leaders);
            if (r.selectedImpact().estimated() > 0) {
                add(new Paragraph(getTranslation(
                        "projector.budget-impact",
                        Money.tonnes(r.selectedImpact().totalTonnes().central(), getLocale()))));
            }
        }
    }
}
