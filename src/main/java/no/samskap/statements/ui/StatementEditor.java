package no.samskap.statements.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import no.samskap.shared.FieldErrors;
import no.samskap.shared.MunicipalityId;
import no.samskap.shared.SafeMarkdown;
import no.samskap.shared.UserFacingException;
import no.samskap.statements.Statement;
import no.samskap.statements.StatementKind;
import no.samskap.statements.StatementService;

/**
 * Edits one statement in nb, nn and en, with a preview. Each language keeps its draft while the
 * official switches between them, so nothing typed is lost before it is saved.
 */
class StatementEditor extends VerticalLayout {

    private record Draft(String text, long basedOn) {}

    private final StatementService statements;
    private final MunicipalityId municipality;
    private final StatementKind kind;
    private final Runnable done;
    private final Map<String, Draft> drafts = new HashMap<>();
    private final Select<String> language = new Select<>();
    private final TextArea text = new TextArea();
    private final Div preview = new Div();
    private String current;

    StatementEditor(
            StatementService statements,
            MunicipalityId municipality,
            StatementKind kind,
            String startLanguage,
            Runnable done) {
        this.statements = statements;
        this.municipality = municipality;
        this.kind = kind;
        this.done = done;
        setPadding(false);

        language.setLabel(getTranslation("statement.language"));
        language.addClassName("samskap-statement-language");
        language.setItems(List.of("nb", "nn", "en"));
        language.setItemLabelGenerator(l -> getTranslation("language." + l));
        text.setLabel(getTranslation("statement.text"));
        text.setWidthFull();
        text.setMinHeight("20em");
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.addValueChangeListener(e -> refreshPreview());
        preview.addClassName("samskap-statement-preview");
        preview.setWidthFull();

        Button save = new Button(getTranslation("statement.save"), e -> withTypedText(this::save));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        Button template = new Button(getTranslation("statement.revert"), e -> confirmRevert());
        Button cancel = new Button(getTranslation("proposal.cancel"), e -> done.run());
        cancel.addThemeVariants(ButtonVariant.TERTIARY);

        add(
                new Paragraph(getTranslation("statement.edit-help")),
                language,
                text,
                new HorizontalLayout(save, template, cancel),
                new H2(getTranslation("statement.preview")),
                preview);

        load(startLanguage);
        language.setValue(startLanguage);
        language.addValueChangeListener(e -> {
            if (e.getValue() != null && !e.getValue().equals(current)) {
                String next = e.getValue();
                withTypedText(typed -> {
                    drafts.put(current, new Draft(typed, drafts.get(current).basedOn()));
                    load(next);
                });
            }
        });
    }

    private void load(String lang) {
        current = lang;
        Draft draft = drafts.computeIfAbsent(lang, l -> {
            Statement s = statements.show(municipality, kind, Locale.forLanguageTag(l));
            return new Draft(s.markdown(), s.version());
        });
        text.setValue(draft.text());
        text.setInvalid(false);
        refreshPreview();
    }

    /**
     * Runs with the text as it stands in the browser: the lazily sent value may still be on its way
     * when Save is pressed right after typing, and then the server would save what was there before.
     */
    private void withTypedText(Consumer<String> action) {
        text.getElement().executeJs("return this.value").then(String.class, typed -> {
            String value = typed == null ? "" : typed;
            if (!value.equals(text.getValue())) {
                text.setValue(value);
            }
            action.accept(value);
        });
    }

    private void refreshPreview() {
        preview.removeAll();
        preview.add(new Html(SafeMarkdown.toHtml(text.getValue())));
        text.setHelperText(
                getTranslation("statement.characters", text.getValue().length(), statements.maxCharacters()));
    }

    private void save(String typed) {
        text.setInvalid(false);
        try {
            Statement saved = statements.save(
                    municipality, kind, current, typed, drafts.get(current).basedOn());
            drafts.put(current, new Draft(saved.markdown(), saved.version()));
        } catch (UserFacingException e) {
            if ("statement.conflict".equals(e.messageKey())) {
                // Someone saved meanwhile: a second Save replaces theirs on purpose; Cancel shows theirs.
                long theirs = statements
                        .show(municipality, kind, Locale.forLanguageTag(current))
                        .version();
                drafts.put(current, new Draft(typed, theirs));
            }
            if (e.field() == null) {
                // A conflict or a refusal: the text stays in the form.
                text.setErrorMessage(getTranslation(e.messageKey(), e.arguments()));
                text.setInvalid(true);
                return;
            }
            FieldErrors.show(e, Map.of("body", text), this);
            return;
        }
        Notification.show(getTranslation("statement.saved", getTranslation("language." + current)));
    }

    private void confirmRevert() {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("statement.revert"));
        confirm.setText(getTranslation("statement.revert-text", getTranslation("language." + current)));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("proposal.cancel"));
        confirm.setConfirmText(getTranslation("statement.revert"));
        confirm.addConfirmListener(e -> {
            statements.revertToTemplate(municipality, kind, current);
            drafts.remove(current);
            load(current);
        });
        confirm.open();
    }
}
