package no.samskap.statements.ui;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import no.samskap.municipality.MunicipalityService;
import no.samskap.municipality.SelectedMunicipality;
import no.samskap.statements.StatementKind;
import no.samskap.statements.StatementService;

/** The municipality's accessibility statement. */
@Route("accessibility/:municipality?")
@AnonymousAllowed
public class AccessibilityStatementView extends StatementPage {

    public AccessibilityStatementView(
            StatementService statements, MunicipalityService municipalities, SelectedMunicipality selected) {
        super(StatementKind.ACCESSIBILITY, statements, municipalities, selected);
    }
}
