package no.samskap.moderation;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;
import no.samskap.identity.AssuranceRequired;
import no.samskap.shared.FieldErrors;
import no.samskap.shared.SamskapIcon;
import no.samskap.shared.UserFacingException;

/**
 * "Report" for one piece of content: asks for a reason and optional details, then files the
 * report. Modules put it next to the content they show; the service decides who may report.
 */
public class ReportButton extends Button {

    private static final int MAX_DETAILS = 500;

    private final ModerationService moderation;
    private final ContentRef content;

    /**
     * @param small a compact tertiary button, for use among a comment's actions
     */
    public ReportButton(ModerationService moderation, ContentRef content, boolean small) {
        this.moderation = moderation;
        this.content = content;
        setText(getTranslation("moderation.report"));
        setIcon(SamskapIcon.FLAG.create());
        addThemeVariants(ButtonVariant.TERTIARY);
        if (small) {
            addThemeVariants(ButtonVariant.SMALL);
        }
        addClickListener(e -> open());
    }

    private void open() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation(
                content.type() == ContentType.COMMENT ? "moderation.report.comment-title" : "moderation.report.title"));
        RadioButtonGroup<ReportReason> reason = new RadioButtonGroup<>(getTranslation("moderation.report.reason"));
        reason.setItems(ReportReason.values());
        reason.setItemLabelGenerator(r -> getTranslation(r.messageKey()));
        TextArea details = new TextArea(getTranslation("moderation.report.details"));
        details.setMaxLength(MAX_DETAILS);
        details.setWidthFull();
        Paragraph problem = new Paragraph();
        problem.addClassName("samskap-error");
        problem.getElement().setAttribute("role", "alert");
        problem.setVisible(false);
        dialog.add(reason, details, problem);
        Button send = new Button(getTranslation("moderation.report"), e -> send(dialog, reason, details, problem));
        send.addThemeVariants(ButtonVariant.PRIMARY);
        Button cancel = new Button(getTranslation("proposal.cancel"), e -> dialog.close());
        dialog.getFooter().add(cancel, send);
        dialog.open();
    }

    private void send(Dialog dialog, RadioButtonGroup<ReportReason> reason, TextArea details, Paragraph problem) {
        try {
            moderation.report(content, reason.getValue(), details.getValue());
        } catch (UserFacingException ex) {
            if (ex instanceof AssuranceRequired) {
                // The shell offers the step that gets the level; the dialog keeps the text meanwhile.
                throw ex;
            }
            if (ex.field() == null) {
                // E.g. already reported, or the account was blocked: say so here and keep the text.
                problem.setText(getTranslation(ex.messageKey(), ex.arguments()));
                problem.setVisible(true);
            } else {
                FieldErrors.show(ex, Map.of("reason", reason, "details", details), dialog);
            }
            return;
        }
        dialog.close();
        Notification.show(getTranslation("moderation.report.thanks"), 4000, Notification.Position.BOTTOM_START);
    }
}
