package no.samskap.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import no.samskap.identity.AccountService;
import no.samskap.identity.CurrentUser;
import no.samskap.identity.SignedInUser;
import no.samskap.municipality.Municipality;
import no.samskap.municipality.MunicipalityService;
import no.samskap.municipality.SelectedMunicipality;
import no.samskap.shared.DatabaseOutage;
import no.samskap.shared.SamskapIcon;

/** The application shell: header with municipality, language and account, and the menu. */
@Layout
@AnonymousAllowed
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final SideNav nav = new SideNav();
    // Not a heading: each view has its own H1, so the page never has two with the same name.
    private final Span viewTitle = new Span();
    private final Select<Municipality> municipality = new Select<>();
    private final SelectedMunicipality selected;
    private final MunicipalityService municipalities;
    private boolean municipalitiesLoaded;

    public MainLayout(
            MunicipalityService municipalities,
            SelectedMunicipality selected,
            CurrentUser currentUser,
            AuthenticationContext authentication,
            List<HeaderItem> headerItems,
            AccountService accounts) {
        setPrimarySection(Section.DRAWER);
        this.municipalities = municipalities;
        currentUser
                .get()
                .filter(u -> u.municipality() != null && !selected.isChosen())
                .ifPresent(u -> DatabaseOutage.unlessAway(() -> {
                    selected.set(u.municipality());
                    return u;
                }));

        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("shell.menu"));
        viewTitle.addClassName("samskap-view-title");

        this.selected = selected;
        municipality.setAriaLabel(getTranslation("shell.municipality"));
        municipality.setItemLabelGenerator(Municipality::name);
        // With the database away the frame still shows (the page says why); the list comes later.
        fillMunicipalities();
        municipality.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                selected.set(e.getValue().id());
                UI.getCurrent().refreshCurrentRoute(true);
            }
        });

        // A combobox, like a native select: screen readers and tests find it as "Language".
        ComboBox<Locale> language = new ComboBox<>();
        language.setPrefixComponent(SamskapIcon.GLOBE.create());
        language.setAllowCustomValue(false);
        language.setWidth("13em");
        language.setAriaLabel(getTranslation("shell.language"));
        language.addClassName("samskap-language");
        language.setItems(Translations.LOCALES);
        language.setItemLabelGenerator(l -> getTranslation("language." + l.getLanguage()));
        language.setValue(Translations.supported(getLocale()));
        language.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                remember(e.getValue());
                if (currentUser.get().isPresent()) {
                    // Mail follows the language the person reads Samskap in.
                    DatabaseOutage.unlessAway(() -> {
                        accounts.setPreferredLanguage(e.getValue());
                        return e.getValue();
                    });
                }
                UI.getCurrent().getPage().executeJs("setTimeout(function(){location.reload()}, 50)");
            }
        });

        HorizontalLayout account = new HorizontalLayout();
        account.setAlignItems(FlexComponent.Alignment.CENTER);
        currentUser
                .get()
                .ifPresentOrElse(
                        user -> {
                            // The name leads to the account page (password, and later one's own data).
                            Anchor name = new Anchor("account", label(user));
                            name.addClassName("samskap-user");
                            Button logout = new Button(getTranslation("shell.logout"), e -> authentication.logout());
                            logout.addThemeVariants(ButtonVariant.TERTIARY);
                            account.add(name, logout);
                        },
                        () -> {
                            Anchor login = new Anchor("login", getTranslation("shell.login"));
                            Anchor register = new Anchor("register", getTranslation("shell.register"));
                            account.add(login, register);
                        });

        HorizontalLayout header = new HorizontalLayout(toggle, viewTitle, municipality, language);
        headerItems.stream()
                .sorted(Comparator.comparingInt(HeaderItem::order))
                .forEach(item -> item.create().ifPresent(header::add));
        header.add(account);
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.setFlexGrow(1, viewTitle);
        header.addClassName("samskap-header");
        addToNavbar(header);

        Span brand = new Span("Samskap");
        brand.addClassName("samskap-brand");
        // Every page reaches the municipality's statements, as the rules for public websites expect.
        Div statements = new Div(
                new Anchor("privacy", getTranslation("shell.privacy")),
                new Anchor("accessibility", getTranslation("shell.accessibility")));
        statements.addClassName("samskap-statement-links");
        addToDrawer(brand, nav, statements);
    }

    private String label(SignedInUser user) {
        String role = getTranslation("role." + user.role().name().toLowerCase(Locale.ROOT));
        return user.displayName() + " (" + role + ")";
    }

    private static void remember(Locale locale) {
        // Set from the browser: with push over a WebSocket there is no HTTP response to carry it.
        UI.getCurrent()
                .getPage()
                .executeJs(
                        "document.cookie = $0 + '=' + $1 + '; path=/; max-age=31536000; SameSite=Lax'",
                        ShellServiceInitListener.LANGUAGE_COOKIE,
                        locale.getLanguage());
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        // Menu titles are message keys, so the menu follows the user's language.
        nav.removeAll();
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            nav.addItem(new SideNavItem(getTranslation(entry.title()), entry.path()));
        }
        String title = MenuConfiguration.getPageHeader(getContent()).orElse("");
        // Browser tab titles end in the product name; the header does not need it twice.
        viewTitle.setText(title.replaceFirst("\\s*–\\s*Samskap$", ""));
        // A shared link may have switched the municipality (a scenario saved in Ålesund, say).
        if (getContent() instanceof InternalErrorView) {
            return; // opening the page failed: asking the database again would only make the user wait twice
        }
        if (!municipalitiesLoaded) {
            fillMunicipalities();
            return;
        }
        // The selector stays as it was while the database is away; the page itself says so.
        DatabaseOutage.unlessAway(selected::municipality).ifPresent(current -> {
            if (municipality.getValue() == null || !municipality.getValue().id().equals(current.id())) {
                municipality.setValue(current);
            }
        });
    }

    private void fillMunicipalities() {
        DatabaseOutage.unlessAway(() -> {
                    municipality.setItems(municipalities.all());
                    municipality.setValue(selected.municipality());
                    return Boolean.TRUE;
                })
                .ifPresent(loaded -> municipalitiesLoaded = true);
    }
}
