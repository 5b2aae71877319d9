package no.samskap.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.server.LoadDependenciesOnStartup;
import com.vaadin.flow.theme.lumo.Lumo;

/** Page-wide settings: server push for live updates, the Lumo theme and our styles. */
@Push
// One eager bundle: lazily loaded route chunks left some views without their components'
// client code when opened directly by URL.
@LoadDependenciesOnStartup
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/samskap.css")
@Meta(name = "description", content = "Samskap")
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("Samskap");
        settings.setViewport("width=device-width, initial-scale=1");
        settings.addLink("icon", "icons/favicon.svg");
    }
}
