-- A partitioned table, its partitions and an inheritance child: read without crashing; constraints and
-- indexes copied from a parent are not repeated on the children.
CREATE TABLE public.account (id integer PRIMARY KEY);
CREATE TABLE public.event (
    id bigint NOT NULL,
    account_id integer NOT NULL REFERENCES public.account (id),
    happened date NOT NULL,
    payload text,
    PRIMARY KEY (id, happened),
    CHECK (id > 0)
) PARTITION BY RANGE (happened);
CREATE INDEX event_account_idx ON public.event (account_id);
CREATE TABLE public.event_2024 PARTITION OF public.event FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE public.event_2025 (LIKE public.event INCLUDING CONSTRAINTS);
ALTER TABLE public.event ATTACH PARTITION public.event_2025 FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE INDEX event_2025_payload_idx ON public.event_2025 (payload);
CREATE TABLE public.reference_event (
    event_id bigint, happened date,
    FOREIGN KEY (event_id, happened) REFERENCES public.event (id, happened)
);
CREATE TABLE public.base (id integer, CHECK (id > 0));
CREATE TABLE public.derived (extra text) INHERITS (public.base);
CREATE TABLE public.measurement (
    id integer GENERATED ALWAYS AS IDENTITY (START WITH 7),
    taken date NOT NULL
) PARTITION BY RANGE (taken);
CREATE TABLE public.measurement_2024 PARTITION OF public.measurement FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
