package no.samskap.map;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;

/** The user clicked (or pressed Enter on) a feature. */
@DomEvent("samskap-feature-click")
public class FeatureClickEvent extends ComponentEvent<LeafletMap> {

    private final String featureId;

    public FeatureClickEvent(LeafletMap source, boolean fromClient, @EventData("event.detail.id") String featureId) {
        super(source, fromClient);
        this.featureId = featureId;
    }

    public String getFeatureId() {
        return featureId;
    }
}
