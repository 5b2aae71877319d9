package no.samskap.municipality;

import com.vaadin.flow.server.VaadinSession;
import no.samskap.shared.MunicipalityId;
import org.springframework.stereotype.Component;

/**
 * The municipality the current browser session is looking at. The UI shows one
 * municipality at a time; the choice lives in the Vaadin session.
 */
@Component
public class SelectedMunicipality {

    private static final String ATTRIBUTE = SelectedMunicipality.class.getName();

    private final MunicipalityService municipalities;

    SelectedMunicipality(MunicipalityService municipalities) {
        this.municipalities = municipalities;
    }

    public MunicipalityId get() {
        VaadinSession session = VaadinSession.getCurrent();
        Object value = session == null ? null : session.getAttribute(ATTRIBUTE);
        return value instanceof MunicipalityId id ? id : municipalities.defaultId();
    }

    public Municipality municipality() {
        return municipalities.get(get());
    }

    /** Whether the session has chosen explicitly (otherwise the default applies). */
    public boolean isChosen() {
        VaadinSession session = VaadinSession.getCurrent();
        return session != null && session.getAttribute(ATTRIBUTE) != null;
    }

    public void set(MunicipalityId id) {
        municipalities.get(id);
        VaadinSession.getCurrent().setAttribute(ATTRIBUTE, id);
    }
}
