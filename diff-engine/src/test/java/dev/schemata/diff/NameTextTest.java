package dev.schemata.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NameTextTest {
    @Test
    void aQualifiedNameIsRenamedAndQuotedWhereNeeded() {
        assertEquals("FOREIGN KEY (a) REFERENCES public.\"New Users\"(id)", NameText.renameQualified(
                "FOREIGN KEY (a) REFERENCES public.users(id)", "public", "users", "New Users"));
        assertEquals("'x'::public.mood[]", NameText.renameQualified("'x'::public.feeling[]", "public", "feeling",
                "mood"));
        assertEquals("f(public.mood) AS $f$ SELECT 'x'::public.feeling $f$", NameText.renameQualified(
                "f(public.feeling) AS $f$ SELECT 'x'::public.feeling $f$", "public", "feeling", "mood"),
                "a function body keeps its text, as PostgreSQL keeps it");
        assertEquals("app.users", NameText.renameQualified("app.users", "public", "users", "people"),
                "another schema's object of the same name stays");
    }

    @Test
    void aBareNameIsRenamedButNotInStringsCastsCallsOrQualifiedNames() {
        String check = "CHECK (((amt > 0) AND (amt() > 'amt'::text) AND (x.amt = 1) AND (1::amt IS NULL)))";
        assertEquals("CHECK (((amount > 0) AND (amt() > 'amt'::text) AND (x.amt = 1) AND (1::amt IS NULL)))",
                NameText.renameBare(check, "amt", "amount"));
        assertEquals("(\"Total Amount\" + 1e5)", NameText.renameBare("(\"Amt\" + 1e5)", "Amt", "Total Amount"));
    }
}
