package no.samskap.processes.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.text.NumberFormat;
import java.util.List;
import no.samskap.impact.SavedScenario;
import no.samskap.impact.ScenarioService;
import no.samskap.shared.ProcessId;

/** A process's scenarios: those made for it, and a way to build one from its proposals. */
class ProcessScenarios extends Div {

    // A process page lists the newest; older ones stay reachable by their links.
    private static final int SHOWN = 20;

    ProcessScenarios(ScenarioService scenarios, ProcessId process) {
        add(new H2(getTranslation("process.scenarios")));
        add(new Paragraph(new Anchor("scenarios?process=" + process, getTranslation("process.scenario-build"))));
        List<SavedScenario> own = scenarios.inProcess(process, SHOWN);
        if (own.isEmpty()) {
            add(new Paragraph(getTranslation("process.no-scenarios")));
            return;
        }
        NumberFormat tonnes = NumberFormat.getNumberInstance(getLocale());
        tonnes.setMaximumFractionDigits(1);
        UnorderedList list = new UnorderedList();
        for (SavedScenario s : own) {
            ListItem item = new ListItem(new Anchor("scenarios/" + s.id(), s.name()));
            item.add(new Span(" · "
                    + getTranslation("process.scenario-proposals", s.proposals().size())));
            if (s.territorialTonnes() != null) {
                item.add(new Span(
                        " · " + getTranslation("process.scenario-tonnes", tonnes.format(s.territorialTonnes()))));
            }
            list.add(item);
        }
        add(list);
    }
}
