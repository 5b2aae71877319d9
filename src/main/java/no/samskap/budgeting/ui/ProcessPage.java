package no.samskap.budgeting.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import no.samskap.shared.ProcessId;

/** A page of one process's budget, whose path starts {@code processes/<id>/}; an unknown id is "not found". */
abstract class ProcessPage extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    protected final Div content = new Div();
    protected ProcessId id;

    ProcessPage() {
        content.setWidthFull();
        add(content);
    }

    @Override
    public final void beforeEnter(BeforeEnterEvent event) {
        id = event.getRouteParameters().get("id").flatMap(ProcessId::parse).orElseThrow(NotFoundException::new);
        enter();
    }

    /** Shows the page for {@link #id}. */
    protected abstract void enter();
}
