-- Orders: placed by an award (and, later, directly from the catalogue), with their lines.

create sequence order_seq increment by 50;

create table purchase_order (
    id                  bigint primary key,
    source              text           not null,
    status              text           not null,
    work_unit_code      text           not null references work_unit (code),
    supplier_id         bigint         not null references supplier (id),
    storefront          text           not null,
    purchase_request_id bigint references purchase_request (id),
    quotation_id        bigint,
    delivery_place      text           not null,
    delivery_date       date           not null,
    total               numeric(17, 2) not null,
    placed_by           text           not null,
    placed_at           timestamptz    not null,
    updated_at          timestamptz    not null,
    version             bigint         not null default 0,
    constraint purchase_order_source_check check (source in ('AWARD', 'DIRECT')),
    constraint purchase_order_award_check
        check ((source = 'AWARD') = (purchase_request_id is not null and quotation_id is not null)),
    constraint purchase_order_storefront_check
        check (storefront in ('EVENT_SERVICE', 'RENTAL', 'FLAGSHIP_PRODUCT')),
    constraint purchase_order_total_check check (total >= 0)
);

-- Exactly one order per awarded request, whatever races.
create unique index purchase_order_request_key on purchase_order (purchase_request_id)
    where purchase_request_id is not null;
create index purchase_order_work_unit_idx on purchase_order (work_unit_code, placed_at desc, id desc);
create index purchase_order_supplier_idx on purchase_order (supplier_id, placed_at desc, id desc);

create table purchase_order_line (
    order_id    bigint         not null references purchase_order (id) on delete cascade,
    line_no     integer        not null,
    listing_id  bigint,
    description text           not null,
    quantity    integer        not null,
    unit        text           not null,
    unit_price  numeric(15, 2) not null,
    amount      numeric(17, 2) not null,
    primary key (order_id, line_no),
    constraint purchase_order_line_quantity_check check (quantity >= 1),
    constraint purchase_order_line_price_check check (unit_price >= 0),
    constraint purchase_order_line_amount_check check (amount = unit_price * quantity)
);
