package no.samskap.impact.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import no.samskap.impact.Estimate;
import no.samskap.impact.Range;
import no.samskap.impact.ScenarioTotals;
import no.samskap.impact.Sector;

/**
 * The figures a proposal's estimate, a scenario and a comparison share, labelled the same way
 * everywhere: the two scopes apart, lifetime, money and warnings, each with its P10–P90 range.
 */
final class ImpactFigures {

    /** What an estimate and a scenario have in common. */
    record Values(
            Double energyMwh,
            Range territorial,
            Map<Sector, Double> bySector,
            Range indirect,
            Double investment,
            Double saving,
            Double payback,
            Double lifetimeYears,
            Double embodiedTonnes,
            Range lifetimeTonnes,
            Range npv,
            Range costPerTonne,
            List<Estimate.Warning> warnings) {

        static Values of(Estimate e) {
            return new Values(
                    e.energyMwh(),
                    e.territorialTonnes(),
                    e.territorialBySector(),
                    e.indirectTonnes(),
                    e.investmentNok(),
                    e.yearlySavingNok(),
                    e.paybackYears(),
                    e.lifetimeYears(),
                    e.embodiedTonnes(),
                    e.lifetimeTonnes(),
                    e.npvNok(),
                    e.costPerTonneNok(),
                    e.warnings());
        }

        static Values of(ScenarioTotals t) {
            return new Values(
                    t.energyMwh(),
                    t.territorialTonnes(),
                    t.territorialBySector(),
                    t.indirectTonnes(),
                    t.investmentNok(),
                    t.yearlySavingNok(),
                    t.paybackYears(),
                    null,
                    null,
                    t.lifetimeTonnes(),
                    t.npvNok(),
                    t.costPerTonneNok(),
                    List.of());
        }
    }

    private ImpactFigures() {}

    static UnorderedList list(Component owner, Values v, double discountRate) {
        Locale locale = locale(owner);
        UnorderedList list = new UnorderedList();
        list.addClassName("samskap-figures");
        String bySector = v.bySector().entrySet().stream()
                .filter(e -> Math.abs(e.getValue()) > 0)
                .map(e -> owner.getTranslation(
                        "impact.sector", owner.getTranslation(e.getKey().messageKey()), amount(e.getValue(), locale)))
                .collect(Collectors.joining("; "));
        list.add(item(
                owner,
                "territorial",
                v.territorial().central() == 0
                                && v.territorial().low() == 0
                                && v.territorial().high() == 0
                        ? owner.getTranslation("impact.territorial.none")
                        : owner.getTranslation("impact.territorial", range(v.territorial(), locale))
                                + (bySector.isEmpty() ? "" : " (" + bySector + ")")));
        list.add(item(owner, "indirect", owner.getTranslation("impact.indirect", range(v.indirect(), locale))));
        if (v.energyMwh() != null && v.energyMwh() != 0) {
            list.add(item(owner, "energy", owner.getTranslation("impact.energy", amount(v.energyMwh(), locale))));
        }
        if (v.lifetimeYears() != null) {
            list.add(item(
                    owner,
                    "lifetime",
                    owner.getTranslation(
                            "impact.lifetime",
                            amount(v.lifetimeYears(), locale),
                            range(v.lifetimeTonnes(), locale),
                            amount(v.embodiedTonnes(), locale))));
        } else {
            list.add(item(
                    owner,
                    "lifetime",
                    owner.getTranslation("impact.lifetime.scenario", range(v.lifetimeTonnes(), locale))));
        }
        if (v.investment() != null) {
            list.add(item(
                    owner, "investment", owner.getTranslation("impact.investment", money(v.investment(), locale))));
        }
        if (v.saving() != null) {
            list.add(item(owner, "saving", owner.getTranslation("impact.saving", money(v.saving(), locale))));
        }
        if (v.payback() != null) {
            list.add(item(owner, "payback", owner.getTranslation("impact.payback", amount(v.payback(), locale))));
        }
        if (v.npv() != null) {
            list.add(item(
                    owner,
                    "npv",
                    owner.getTranslation(
                            "impact.npv", moneyRange(v.npv(), locale), amount(discountRate * 100, locale))));
            list.add(item(
                    owner,
                    "cost-per-tonne",
                    v.costPerTonne() == null
                            ? owner.getTranslation("impact.cost-per-tonne.none")
                            : owner.getTranslation("impact.cost-per-tonne", moneyRange(v.costPerTonne(), locale))));
        }
        return list;
    }

    /** The warnings, each in its own line; empty when there are none. */
    static UnorderedList warnings(Component owner, List<Estimate.Warning> warnings) {
        return flags(
                owner,
                warnings.stream().map(w -> new ScenarioTotals.Flag(null, w)).toList());
    }

    /** A scenario's warnings, each named after the proposal it concerns. */
    static UnorderedList flags(Component owner, List<ScenarioTotals.Flag> flags) {
        Locale locale = locale(owner);
        UnorderedList list = new UnorderedList();
        list.addClassName("samskap-warnings");
        for (ScenarioTotals.Flag f : flags) {
            Object[] args =
                    f.warning().args().stream().map(a -> amount(a, locale)).toArray();
            String text = owner.getTranslation(f.warning().key(), args);
            ListItem item = new ListItem("⚠ " + (f.proposal() == null ? text : f.proposal() + ": " + text));
            item.addClassName("samskap-warning");
            list.add(item);
        }
        return list;
    }

    /** The owner's UI locale; before the owner is attached, the current UI's. */
    static Locale locale(Component owner) {
        return owner.getUI()
                .or(() -> Optional.ofNullable(UI.getCurrent()))
                .map(UI::getLocale)
                .orElse(Locale.ENGLISH);
    }

    private static ListItem item(Component owner, String name, String text) {
        ListItem item = new ListItem();
        item.addClassName("impact-" + name);
        Span label = new Span(owner.getTranslation("impact." + name + ".label"));
        label.addClassName("samskap-figure-label");
        item.add(label, new Span(": " + text));
        return item;
    }

    /** "central (P10–P90: low to high)" as the messages expect it in {0}. */
    static String range(Range r, Locale locale) {
        return amount(r.central(), locale) + " (P10–P90: " + amount(r.low(), locale) + " – " + amount(r.high(), locale)
                + ")";
    }

    static String moneyRange(Range r, Locale locale) {
        return money(r.central(), locale) + " (P10–P90: " + money(r.low(), locale) + " – " + money(r.high(), locale)
                + ")";
    }

    static String amount(double v, Locale locale) {
        return Figures.amount(v, locale);
    }

    static String money(double v, Locale locale) {
        return Figures.money(v, locale);
    }
}
