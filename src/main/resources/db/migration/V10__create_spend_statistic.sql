-- Public spending statistics, kept as running totals so that /api/v1/stats reads a few hundred
-- rows instead of scanning a year of payments: every payment adds its amount to one row per
-- dimension (in the payment's transaction), and an order paid in full adds one to the count of
-- its days from invoice to payment. Amounts are what treasurers paid (payment.amount).
create table spend_statistic (
    year      integer        not null,
    dimension text           not null,
    key       text           not null,
    amount    numeric(19, 2) not null,
    count     bigint         not null,
    primary key (year, dimension, key),
    constraint spend_statistic_dimension_check check (dimension in (
        'total', 'month', 'storefront', 'work_unit', 'district', 'scale', 'supplier',
        'days_to_pay'))
);

-- What was paid before this table existed.
insert into spend_statistic (year, dimension, key, amount, count)
select extract(year from p.paid_on)::integer, d.dimension, d.key, sum(p.amount), count(*)
from payment p
join purchase_order o on o.id = p.order_id
join supplier s on s.id = o.supplier_id
cross join lateral (values
    ('total', ''),
    ('month', to_char(p.paid_on, 'MM')),
    ('storefront', o.storefront),
    ('work_unit', o.work_unit_code),
    ('district', s.district),
    ('scale', s.scale),
    ('supplier', o.supplier_id::text)) as d (dimension, key)
group by 1, 2, 3;

insert into spend_statistic (year, dimension, key, amount, count)
select extract(year from settled.paid_on)::integer, 'days_to_pay',
       (settled.paid_on - i.issued_on)::text, 0, count(*)
from invoice i
join purchase_order o on o.id = i.order_id and o.status in ('PAID', 'COMPLETED')
cross join lateral (select max(p.paid_on) as paid_on from payment p where p.order_id = o.id) settled
where settled.paid_on is not null
group by 1, 3;
