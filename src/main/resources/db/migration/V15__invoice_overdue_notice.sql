-- When the treasurer and the supplier were told that an invoice is past its due date: once per
-- invoice, by the scheduled job in OrderDeadlines. The job starts from the orders still INVOICED
-- (purchase_order_status_idx), which are the unpaid ones, so it needs no index of its own.
alter table invoice add column overdue_noticed_at timestamptz;
