package no.samskap.impact.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Locale;
import no.samskap.impact.Factor;
import no.samskap.impact.FactorCatalogue;
import no.samskap.impact.ImpactService;
import no.samskap.impact.ImpactSettings;
import no.samskap.impact.ParameterSpec;
import no.samskap.municipality.Municipality;
import no.samskap.municipality.SelectedMunicipality;
import no.samskap.proposals.Category;

/**
 * How every estimate is computed, per category: formula, inputs, factors with sources and ranges,
 * what counts in which scope and what is left out. The factors come from the catalogue the
 * estimates use, so the page cannot drift from the arithmetic.
 */
@Route("methodology")
@Menu(order = 5, title = "menu.methodology")
@AnonymousAllowed
public class MethodologyView extends VerticalLayout implements HasDynamicTitle {

    public MethodologyView(ImpactService impact, ImpactSettings settings, SelectedMunicipality selected) {
        setWidthFull();
        Municipality municipality = selected.municipality();
        Locale locale = ImpactFigures.locale(this);
        add(new H1(getTranslation("methodology.heading")));
        add(new Paragraph(getTranslation("methodology.intro")));
        add(new Paragraph(getTranslation("methodology.scopes")));
        add(new Paragraph(
                getTranslation("methodology.uncertainty", settings.samples(), String.valueOf(settings.seed()))));
        add(new Paragraph(getTranslation("methodology.money", Figures.amount(settings.discountRate() * 100, locale))));
        add(new Paragraph(getTranslation("methodology.overlaps")));
        add(new Paragraph(getTranslation("methodology.version", impact.catalogueVersion())));
        UnorderedList changes = new UnorderedList();
        for (FactorCatalogue.Change c : impact.changes().reversed()) {
            changes.add(new ListItem(c.version() + " (" + c.date() + "): " + c.change()));
        }
        add(changes);
        UnorderedList contents = new UnorderedList();
        for (Category category : Category.values()) {
            contents.add(
                    new ListItem(new Anchor("methodology#" + anchor(category), getTranslation(category.messageKey()))));
        }
        add(contents);
        for (Category category : Category.values()) {
            add(section(impact, category, municipality));
        }
    }

    private Section section(ImpactService impact, Category category, Municipality municipality) {
        Section section = new Section();
        section.setId(anchor(category));
        section.addClassName("samskap-card");
        String code = category.messageKey().substring("category.".length());
        section.add(new H2(getTranslation(category.messageKey())));
        section.add(
                new H3(getTranslation("methodology.formula")),
                new Paragraph(getTranslation("methodology." + code + ".formula")));
        UnorderedList inputs = new UnorderedList();
        for (ParameterSpec p : impact.parameters(category)) {
            inputs.add(new ListItem(getTranslation("impact.param." + p.name()) + " ("
                    + getTranslation("impact.param.range", p.min(), p.max()) + ")"));
        }
        section.add(new H3(getTranslation("methodology.inputs")), inputs);
        UnorderedList factors = new UnorderedList();
        for (Factor f : impact.factors(category, municipality.id())) {
            ListItem item = new ListItem(getTranslation(
                            "methodology.factor.row",
                            f.key(),
                            f.central(),
                            f.unit(),
                            f.low(),
                            f.high(),
                            String.valueOf(f.year()))
                    + ". ");
            Anchor source = new Anchor(f.sourceUrl(), f.sourceTitle(), AnchorTarget.BLANK);
            source.getElement().setAttribute("rel", "noopener noreferrer");
            item.add(source);
            if (!f.note().isBlank()) {
                item.add(" " + f.note());
            }
            factors.add(item);
        }
        section.add(new H3(getTranslation("methodology.factors")), factors);
        section.add(
                new H3(getTranslation("methodology.scope")),
                new Paragraph(getTranslation("methodology." + code + ".scope")));
        section.add(
                new H3(getTranslation("methodology.left-out")),
                new Paragraph(getTranslation("methodology." + code + ".left-out")));
        return section;
    }

    static String anchor(Category category) {
        return category.name().toLowerCase(Locale.ROOT);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("methodology.heading") + " – Samskap";
    }
}
