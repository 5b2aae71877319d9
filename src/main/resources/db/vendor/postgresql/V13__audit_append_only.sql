-- The audit log is append-only in the database too: updates, deletes and truncation are refused,
-- whoever asks (only the table's owner could drop the triggers, and that shows in the schema).
create function audit_entry_refuse_change() returns trigger language plpgsql as $$
begin
    raise exception 'audit_entry is append-only: % refused', tg_op using errcode = 'insufficient_privilege';
end;
$$;
create trigger audit_entry_no_update_or_delete before update or delete on audit_entry
    for each row execute function audit_entry_refuse_change();
create trigger audit_entry_no_truncate before truncate on audit_entry
    for each statement execute function audit_entry_refuse_change();
revoke update, delete, truncate on audit_entry from public;
