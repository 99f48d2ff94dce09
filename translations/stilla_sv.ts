<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE" sourcelanguage="en">
    <context>
        <name>stilla::AboutDialog</name>
        <message>
            <source>About Stilla</source>
            <translation>Om Stilla</translation>
        </message>
        <message>
            <source>Stilla %1</source>
            <translation>Stilla %1</translation>
        </message>
        <message>
            <source>A calm companion for people with restless legs syndrome who want to find out whether magnesium helps them.</source>
            <translation>Ett lugnt stöd för dig som har restless legs och vill ta reda på om magnesium hjälper dig.</translation>
        </message>
        <message>
            <source>Stilla informs; it does not replace your doctor. Talk to a doctor before you start, change or stop a treatment.</source>
            <translation>Stilla informerar men ersätter inte din läkare. Tala med en läkare innan du börjar, ändrar eller slutar med en behandling.</translation>
        </message>
        <message>
            <source>Licence: GNU General Public License, version 3 or later.</source>
            <translation>Licens: GNU General Public License, version 3 eller senare.</translation>
        </message>
        <message>
            <source>Data sources</source>
            <translation>Datakällor</translation>
        </message>
        <message>
            <source>The guide is a translation of a Swedish article on magnesium and restless legs syndrome.</source>
            <translation>Guiden bygger på en svensk artikel om magnesium och restless legs.</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Stäng</translation>
        </message>
    </context>
    <context>
        <name>stilla::AppPaths</name>
        <message>
            <source>The data folder %1 is a file, not a folder. Choose another folder with --data-dir.</source>
            <translation>Datamappen %1 är en fil, inte en mapp. Välj en annan mapp med --data-dir.</translation>
        </message>
        <message>
            <source>Could not create the data folder %1. Check that its parent folder exists and that you may write to it.</source>
            <translation>Det gick inte att skapa datamappen %1. Kontrollera att mappen ovanför finns och att du får skriva i den.</translation>
        </message>
        <message>
            <source>Could not make the data folder %1 private (owner-only). Check that it belongs to you.</source>
            <translation>Det gick inte att göra datamappen %1 privat (bara för ägaren). Kontrollera att den tillhör dig.</translation>
        </message>
    </context>
    <context>
        <name>stilla::ChartsPage</name>
        <message>
            <source>Charts</source>
            <translation>Diagram</translation>
        </message>
        <message>
            <source>See how your symptoms and sleep move with your magnesium intake.</source>
            <translation>Se hur dina symtom och din sömn följer ditt magnesiumintag.</translation>
        </message>
    </context>
    <context>
        <name>stilla::Cli</name>
        <message>
            <source>Show where Stilla keeps the diary, logs and settings.</source>
            <translation>Visa var Stilla sparar dagboken, loggarna och inställningarna.</translation>
        </message>
        <message>
            <source>Usage: stilla-cli [--data-dir DIR] [--verbose] COMMAND [OPTIONS]

Stilla's command line: work with your diary without the window.

Global options:
  -h, --help        Show this help and exit.
  -v, --version     Show the version and exit.
  --data-dir DIR    Use the data folder DIR (also: %1).
  --verbose         Also write the log to stderr.

Commands:
</source>
            <translation>Användning: stilla-cli [--data-dir MAPP] [--verbose] KOMMANDO [FLAGGOR]

Stillas kommandorad: arbeta med dagboken utan fönstret.

Allmänna flaggor:
  -h, --help        Visa den här hjälpen och avsluta.
  -v, --version     Visa versionen och avsluta.
  --data-dir MAPP   Använd datamappen MAPP (även: %1).
  --verbose         Skriv även loggen till stderr.

Kommandon:
</translation>
        </message>
        <message>
            <source>
Run stilla-cli COMMAND --help for a command's options.

Exit codes:
  0  success
  1  the command failed; the message says why
  2  bad usage: unknown command or option, or a missing argument
</source>
            <translation>
Kör stilla-cli KOMMANDO --help för ett kommandos flaggor.

Slutkoder:
  0  lyckades
  1  kommandot misslyckades; meddelandet säger varför
  2  felaktig användning: okänt kommando eller okänd flagga, eller ett argument saknas
</translation>
        </message>
        <message>
            <source>Run stilla-cli --help for the commands and options.</source>
            <translation>Kör stilla-cli --help för kommandon och flaggor.</translation>
        </message>
        <message>
            <source>--data-dir needs a folder.</source>
            <translation>--data-dir behöver en mapp.</translation>
        </message>
        <message>
            <source>No command given.</source>
            <translation>Inget kommando angavs.</translation>
        </message>
        <message>
            <source>Unknown command "%1".</source>
            <translation>Okänt kommando ”%1”.</translation>
        </message>
        <message>
            <source>paths takes no arguments.</source>
            <translation>paths tar inga argument.</translation>
        </message>
        <message>
            <source>Data folder:   %1</source>
            <translation>Datamapp:          %1</translation>
        </message>
        <message>
            <source>Log files:     %1</source>
            <translation>Loggfiler:         %1</translation>
        </message>
        <message>
            <source>Settings file: %1</source>
            <translation>Inställningsfil:   %1</translation>
        </message>
    </context>
    <context>
        <name>stilla::DiaryPage</name>
        <message>
            <source>Diary</source>
            <translation>Dagbok</translation>
        </message>
        <message>
            <source>Log your sleep, symptoms, magnesium and habits, one day at a time.</source>
            <translation>För in sömn, symtom, magnesium och vanor, en dag i taget.</translation>
        </message>
    </context>
    <context>
        <name>stilla::FoodsPage</name>
        <message>
            <source>Foods</source>
            <translation>Livsmedel</translation>
        </message>
        <message>
            <source>Find foods rich in magnesium and add them to your diary.</source>
            <translation>Hitta magnesiumrika livsmedel och lägg till dem i dagboken.</translation>
        </message>
    </context>
    <context>
        <name>stilla::GuiApplication</name>
        <message>
            <source>Stilla cannot start</source>
            <translation>Stilla kan inte starta</translation>
        </message>
    </context>
    <context>
        <name>stilla::GuidePage</name>
        <message>
            <source>Guide</source>
            <translation>Guide</translation>
        </message>
        <message>
            <source>The article on magnesium and restless legs, to read offline in Swedish or English.</source>
            <translation>Artikeln om magnesium och restless legs, att läsa utan internet på svenska eller engelska.</translation>
        </message>
    </context>
    <context>
        <name>stilla::LogSession</name>
        <message>
            <source>Could not open the log file %1: %2</source>
            <translation>Det gick inte att öppna loggfilen %1: %2</translation>
        </message>
    </context>
    <context>
        <name>stilla::MainWindow</name>
        <message>
            <source>Pages</source>
            <translation>Sidor</translation>
        </message>
        <message>
            <source>Choose a page. Ctrl+1 to Ctrl+4 jump straight to a page.</source>
            <translation>Välj en sida. Ctrl+1 till Ctrl+4 går direkt till en sida.</translation>
        </message>
        <message>
            <source>%1 (Ctrl+%2)</source>
            <translation>%1 (Ctrl+%2)</translation>
        </message>
        <message>
            <source>About Stilla</source>
            <translation>Om Stilla</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Arkiv</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Avsluta</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Visa</translation>
        </message>
        <message>
            <source>&amp;Guide</source>
            <translation>&amp;Guide</translation>
        </message>
        <message>
            <source>&amp;Diary</source>
            <translation>&amp;Dagbok</translation>
        </message>
        <message>
            <source>&amp;Foods</source>
            <translation>&amp;Livsmedel</translation>
        </message>
        <message>
            <source>&amp;Charts</source>
            <translation>D&amp;iagram</translation>
        </message>
        <message>
            <source>&amp;Settings</source>
            <translation>&amp;Inställningar</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Språk</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Hjälp</translation>
        </message>
        <message>
            <source>&amp;About Stilla</source>
            <translation>&amp;Om Stilla</translation>
        </message>
        <message>
            <source>About &amp;Qt</source>
            <translation>Om &amp;Qt</translation>
        </message>
        <message>
            <source>%1 — Stilla</source>
            <translation>%1 — Stilla</translation>
        </message>
    </context>
    <context>
        <name>stilla::SettingsPage</name>
        <message>
            <source>Settings</source>
            <translation>Inställningar</translation>
        </message>
        <message>
            <source>Choose how Stilla looks and speaks. Changes apply at once.</source>
            <translation>Välj hur Stilla ser ut och vilket språk det talar. Ändringar gäller direkt.</translation>
        </message>
        <message>
            <source>Display</source>
            <translation>Visning</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Språk:</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Språk</translation>
        </message>
        <message>
            <source>&amp;Appearance:</source>
            <translation>&amp;Utseende:</translation>
        </message>
        <message>
            <source>Appearance</source>
            <translation>Utseende</translation>
        </message>
        <message>
            <source>Follow the system</source>
            <translation>Följ systemet</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Ljust</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Mörkt</translation>
        </message>
        <message>
            <source>Your data</source>
            <translation>Dina data</translation>
        </message>
        <message>
            <source>&amp;Data folder:</source>
            <translation>&amp;Datamapp:</translation>
        </message>
        <message>
            <source>Data folder</source>
            <translation>Datamapp</translation>
        </message>
        <message>
            <source>&amp;Open Folder</source>
            <translation>Ö&amp;ppna mappen</translation>
        </message>
        <message>
            <source>Open the data folder</source>
            <translation>Öppna datamappen</translation>
        </message>
        <message>
            <source>Your diary stays on this computer. Stilla never sends anything over the network; the folder is readable only by you.</source>
            <translation>Din dagbok stannar på den här datorn. Stilla skickar aldrig något över nätverket, och bara du kan läsa mappen.</translation>
        </message>
    </context>
    <context>
        <name>stilla::StartupOptions</name>
        <message>
            <source>Stilla: a calm companion for people with restless legs syndrome who want to find out whether magnesium helps them.</source>
            <translation>Stilla: ett lugnt stöd för dig som har restless legs och vill ta reda på om magnesium hjälper dig.</translation>
        </message>
        <message>
            <source>Show this help and exit.</source>
            <translation>Visa den här hjälpen och avsluta.</translation>
        </message>
        <message>
            <source>Show the version and exit.</source>
            <translation>Visa versionen och avsluta.</translation>
        </message>
        <message>
            <source>Use language &lt;lang&gt; for this session: sv or en.</source>
            <translation>Använd språket &lt;lang&gt; den här gången: sv eller en.</translation>
        </message>
        <message>
            <source>Open at &lt;page&gt;: guide, diary, foods or charts.</source>
            <translation>Öppna på sidan &lt;page&gt;: guide, diary, foods eller charts.</translation>
        </message>
        <message>
            <source>Keep the diary in &lt;dir&gt; instead of the usual data folder (also: the %1 environment variable).</source>
            <translation>Spara dagboken i &lt;dir&gt; i stället för i den vanliga datamappen (även: miljövariabeln %1).</translation>
        </message>
        <message>
            <source>Also write the log to stderr.</source>
            <translation>Skriv även loggen till stderr.</translation>
        </message>
        <message>
            <source>Unexpected argument: %1. Run stilla --help for the options.</source>
            <translation>Oväntat argument: %1. Kör stilla --help för att se flaggorna.</translation>
        </message>
        <message>
            <source>Unknown language "%1" for --lang: use sv or en.</source>
            <translation>Okänt språk ”%1” för --lang: använd sv eller en.</translation>
        </message>
        <message>
            <source>Unknown page "%1" for --page: use guide, diary, foods or charts.</source>
            <translation>Okänd sida ”%1” för --page: använd guide, diary, foods eller charts.</translation>
        </message>
        <message>
            <source>--data-dir needs a folder.</source>
            <translation>--data-dir behöver en mapp.</translation>
        </message>
    </context>
</TS>
