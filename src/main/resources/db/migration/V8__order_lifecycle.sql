-- The order lifecycle: approval and purchase-order numbers, reservations, deliveries and
-- handover records, invoices with their tax lines, payments, ratings, the timeline, and the
-- settings (thresholds, tax rates, terms) with the dates they take effect.

-- Settings with effective dates: the value of a key on a day is the row with the latest
-- effective_from on or before that day. The first values are data, changed by the admin API.
create table setting (
    key            text          not null,
    effective_from date          not null,
    value          numeric(22, 6) not null,
    changed_by     text          not null,
    changed_at     timestamptz   not null,
    primary key (key, effective_from),
    constraint setting_key_check check (key in (
        'APPROVAL_THRESHOLD', 'PAYMENT_TERM_DAYS', 'RESPONSE_WORKING_DAYS',
        'PPN_RATE', 'PPN_BASE_NUMERATOR', 'PPN_BASE_DENOMINATOR',
        'PPH22_RATE', 'PPH22_THRESHOLD', 'PPH23_RATE', 'PP55_FINAL_RATE'))
);

insert into setting (key, effective_from, value, changed_by, changed_at) values
    ('APPROVAL_THRESHOLD',    date '2000-01-01', 200000000, 'system', now()),
    ('PAYMENT_TERM_DAYS',     date '2000-01-01', 14,        'system', now()),
    ('RESPONSE_WORKING_DAYS', date '2000-01-01', 3,         'system', now()),
    ('PPN_RATE',              date '2000-01-01', 0.12,      'system', now()),
    ('PPN_BASE_NUMERATOR',    date '2000-01-01', 11,        'system', now()),
    ('PPN_BASE_DENOMINATOR',  date '2000-01-01', 12,        'system', now()),
    ('PPH22_RATE',            date '2000-01-01', 0.015,     'system', now()),
    ('PPH22_THRESHOLD',       date '2000-01-01', 2000000,   'system', now()),
    ('PPH23_RATE',            date '2000-01-01', 0.02,      'system', now()),
    ('PP55_FINAL_RATE',       date '2000-01-01', 0.005,     'system', now());

alter table purchase_order
    add column approval_required      boolean       not null default false,
    add column po_number              text,
    add column status_reason          text,
    add column respond_by             timestamptz,
    add column approved_at            timestamptz,
    add column confirmed_at           timestamptz,
    add column buyer_cancel_request   boolean       not null default false,
    add column supplier_cancel_request boolean      not null default false,
    add column amount_paid            numeric(17, 2) not null default 0,
    add column completed_at           timestamptz,
    add column note                   text,
    add constraint purchase_order_status_check check (status in (
        'PLACED', 'APPROVED', 'REJECTED', 'CONFIRMED', 'DECLINED', 'CANCELLED', 'IN_DELIVERY',
        'DELIVERED', 'ACCEPTED', 'DISPUTED', 'INVOICED', 'PAID', 'COMPLETED')),
    add constraint purchase_order_po_number_key unique (po_number),
    add constraint purchase_order_amount_paid_check check (amount_paid >= 0);

-- Orders waiting for approval or confirmation, for the auto-cancel job.
create index purchase_order_respond_by_idx on purchase_order (respond_by)
    where status in ('PLACED', 'APPROVED');
create index purchase_order_status_idx on purchase_order (status, placed_at desc, id desc);

alter table purchase_order_line
    add column rental_from        date,
    add column rental_to          date,
    add column periods            integer not null default 1,
    add column booking_id         bigint,
    add column delivered_quantity integer not null default 0,
    add column accepted_quantity  integer not null default 0,
    drop constraint purchase_order_line_amount_check,
    add constraint purchase_order_line_amount_check check (amount = unit_price * quantity * periods),
    add constraint purchase_order_line_periods_check check (periods >= 1),
    add constraint purchase_order_line_rental_check
        check ((rental_from is null) = (rental_to is null) and (rental_to is null or rental_to >= rental_from)),
    add constraint purchase_order_line_progress_check
        check (accepted_quantity >= 0 and delivered_quantity >= accepted_quantity
               and delivered_quantity <= quantity);

-- Gap-free document numbers per work unit and year (Surat Pesanan, BAST): the counter row is
-- locked by the transaction that takes a number, so a rolled-back number is never lost.
create table document_counter (
    kind           text    not null,
    work_unit_code text    not null,
    year           integer not null,
    last_value     integer not null,
    primary key (kind, work_unit_code, year)
);

create sequence delivery_seq increment by 50;

create table delivery (
    id             bigint primary key,
    order_id       bigint      not null references purchase_order (id),
    delivered_on   date        not null,
    note           text,
    status         text        not null,
    dispute_reason text,
    bast_number    text unique,
    bast_date      date,
    recorded_at    timestamptz not null,
    recorded_by    text        not null,
    answered_at    timestamptz,
    answered_by    text,
    constraint delivery_status_check check (status in ('PENDING', 'ACCEPTED', 'DISPUTED')),
    constraint delivery_dispute_check check ((status = 'DISPUTED') = (dispute_reason is not null)),
    constraint delivery_bast_check check ((status = 'ACCEPTED') = (bast_number is not null))
);

create index delivery_order_idx on delivery (order_id, id);

create table delivery_line (
    delivery_id       bigint  not null references delivery (id),
    line_no           integer not null,
    quantity          integer not null,
    accepted_quantity integer,
    primary key (delivery_id, line_no),
    constraint delivery_line_quantity_check
        check (quantity >= 1 and (accepted_quantity is null or accepted_quantity between 0 and quantity))
);

create table invoice (
    order_id     bigint primary key references purchase_order (id),
    number       text           not null unique,
    issued_on    date           not null,
    due_on       date           not null,
    subtotal     numeric(17, 2) not null,
    total        numeric(17, 2) not null,
    net_payable  numeric(17, 2) not null,
    rates        jsonb          not null,
    issued_at    timestamptz    not null,
    issued_by    text           not null
);

create index invoice_due_idx on invoice (due_on);

create table invoice_tax_line (
    order_id  bigint         not null references invoice (order_id),
    position  integer        not null,
    tax       text           not null,
    treatment text           not null,
    base      numeric(17, 2) not null,
    rate      numeric(10, 6) not null,
    amount    numeric(17, 2) not null,
    primary key (order_id, position),
    constraint invoice_tax_line_treatment_check check (treatment in ('COLLECTED', 'WITHHELD'))
);

create sequence payment_seq increment by 50;

create table payment (
    id          bigint primary key,
    order_id    bigint         not null references purchase_order (id),
    amount      numeric(17, 2) not null,
    paid_on     date           not null,
    method      text           not null,
    reference   text           not null,
    recorded_at timestamptz    not null,
    recorded_by text           not null,
    constraint payment_amount_check check (amount > 0)
);

create index payment_order_idx on payment (order_id, id);

create table rating (
    order_id    bigint      primary key references purchase_order (id),
    supplier_id bigint      not null references supplier (id),
    score       integer     not null,
    comment     text,
    rated_at    timestamptz not null,
    rated_by    text        not null,
    reply       text,
    replied_at  timestamptz,
    constraint rating_score_check check (score between 1 and 5)
);

create index rating_supplier_idx on rating (supplier_id);

create sequence order_event_seq increment by 50;

-- The order's timeline: what happened, who did it in which role, when, with a note.
create table order_event (
    id          bigint primary key,
    order_id    bigint      not null references purchase_order (id),
    occurred_at timestamptz not null,
    actor       text        not null,
    role        text        not null,
    action      text        not null,
    status      text        not null,
    note        text
);

create index order_event_order_idx on order_event (order_id, id);
