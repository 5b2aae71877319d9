package no.samskap.statements.ui;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import no.samskap.municipality.MunicipalityService;
import no.samskap.municipality.SelectedMunicipality;
import no.samskap.statements.StatementKind;
import no.samskap.statements.StatementService;

/** The municipality's privacy statement. */
@Route("privacy/:municipality?")
@AnonymousAllowed
public class PrivacyView extends StatementPage {

    public PrivacyView(StatementService statements, MunicipalityService municipalities, SelectedMunicipality selected) {
        super(StatementKind.PRIVACY, statements, municipalities, selected);
    }
}
