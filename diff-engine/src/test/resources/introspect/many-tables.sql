-- Simple tables t:first to t:last, each with five columns, a primary key, a foreign key to the one before
-- and an index. Run in batches: one transaction creating a thousand tables runs out of lock slots.
DO $$
BEGIN
    FOR i IN :first..:last LOOP
        EXECUTE format('CREATE TABLE public.t%s (id integer PRIMARY KEY, previous_id integer REFERENCES public.t%s (id),'
                || ' name text NOT NULL, created_at timestamp with time zone DEFAULT now(), amount numeric(10,2))',
                i, greatest(i - 1, 1));
        EXECUTE format('CREATE INDEX t%s_name_idx ON public.t%s (name)', i, i);
    END LOOP;
END
$$;
