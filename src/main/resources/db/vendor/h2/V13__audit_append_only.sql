-- The audit log is append-only in the database too: updates and deletes are refused, whoever asks.
create trigger audit_entry_no_update before update on audit_entry
    for each row call 'no.samskap.audit.internal.AppendOnlyTrigger';
create trigger audit_entry_no_delete before delete on audit_entry
    for each row call 'no.samskap.audit.internal.AppendOnlyTrigger';
