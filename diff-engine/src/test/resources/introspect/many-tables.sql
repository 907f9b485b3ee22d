-- Simple tables t:first to t:last, each with five columns, a primary key, a foreign key to the one before,
-- an index, a trigger, a policy and a view. Run in batches: one transaction creating a thousand tables runs
-- out of lock slots.
CREATE OR REPLACE FUNCTION public.touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
DO $$
BEGIN
    FOR i IN :first..:last LOOP
        EXECUTE format('CREATE TABLE public.t%s (id integer PRIMARY KEY, previous_id integer REFERENCES public.t%s (id),'
                || ' name text NOT NULL, created_at timestamp with time zone DEFAULT now(), amount numeric(10,2))',
                i, greatest(i - 1, 1));
        EXECUTE format('CREATE INDEX t%s_name_idx ON public.t%s (name)', i, i);
        EXECUTE format('CREATE TRIGGER t%s_touch BEFORE UPDATE ON public.t%s FOR EACH ROW EXECUTE FUNCTION public.touch()',
                i, i);
        EXECUTE format('CREATE POLICY t%s_positive ON public.t%s USING (amount > 0)', i, i);
        EXECUTE format('CREATE VIEW public.v%s AS SELECT id, name FROM public.t%s', i, i);
    END LOOP;
END
$$;
