-- A database as a team might find it before adopting Schemata.
create schema shop;

create type shop.order_state as enum ('open', 'paid', 'shipped');

create domain shop.price as numeric(10, 2) check (value >= 0);

create table shop.customers (
    id bigint generated always as identity primary key,
    email text not null unique,
    name text
);
comment on table shop.customers is 'people who buy';

create table shop.orders (
    id bigint generated always as identity primary key,
    customer_id bigint not null references shop.customers,
    state shop.order_state not null default 'open',
    total shop.price not null
);
create index orders_customer on shop.orders (customer_id);

create function shop.order_count(customer bigint) returns bigint
    language sql stable
    as $$ select count(*) from shop.orders where customer_id = customer $$;

create view shop.open_orders as
    select o.id, c.email from shop.orders o join shop.customers c on c.id = o.customer_id where o.state = 'open';
