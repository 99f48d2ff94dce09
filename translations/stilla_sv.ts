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
    <message>
        <source>Stilla&apos;s icon</source>
        <translation>Stillas ikon</translation>
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
    <name>stilla::Article</name>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true eller false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>ett tal</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>en sträng</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>en array</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ett objekt</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>ingenting</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot; (expected %2)</source>
        <translation>okänd nyckel ”%1” (förväntade %2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing</source>
        <translation>”%1” saknas</translation>
    </message>
    <message>
        <source>must be %1, not %2</source>
        <translation>måste vara %1, inte %2</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>får inte vara tomt</translation>
    </message>
    <message>
        <source>is larger than %1&#xa0;KiB; an article is far smaller, so this is not one</source>
        <translation>är större än %1&#xa0;KiB; en artikel är mycket mindre, så det här är ingen artikel</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>är tom</translation>
    </message>
    <message>
        <source>line %1, column %2: not valid JSON (%3)</source>
        <translation>rad %1, kolumn %2: inte giltig JSON (%3)</translation>
    </message>
    <message>
        <source>the document must be a JSON object</source>
        <translation>dokumentet måste vara ett JSON-objekt</translation>
    </message>
    <message>
        <source>is %1, but this version of Stilla reads only format %2</source>
        <translation>är %1, men den här versionen av Stilla läser bara format %2</translation>
    </message>
    <message>
        <source>needs at least one section</source>
        <translation>behöver minst ett avsnitt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is already the id of sections[%2]; ids must be unique</source>
        <translation>”%1” är redan id för sections[%2]; varje id måste vara unikt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid id: use only a-z, 0-9 and &quot;-&quot;</source>
        <translation>”%1” är inget giltigt id: använd bara a–z, 0–9 och ”-”</translation>
    </message>
    <message>
        <source>a section needs at least one block</source>
        <translation>ett avsnitt behöver minst ett block</translation>
    </message>
    <message>
        <source>has both &quot;paragraph&quot; and &quot;list&quot;; a block is one or the other</source>
        <translation>har både ”paragraph” och ”list”; ett block är antingen det ena eller det andra</translation>
    </message>
    <message>
        <source>needs a &quot;paragraph&quot; or a &quot;list&quot;</source>
        <translation>behöver ”paragraph” eller ”list”</translation>
    </message>
    <message>
        <source>a list needs at least one item</source>
        <translation>en lista behöver minst en punkt</translation>
    </message>
    <message>
        <source>There is no article in the language &quot;%1&quot;; there is one in %2.</source>
        <translation>Det finns ingen artikel på språket ”%1”, bara på %2.</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2). The article is built into Stilla; installing Stilla again should bring it back.</source>
        <translation>%1: går inte att läsa (%2). Artikeln är inbyggd i Stilla, så om du installerar Stilla igen bör den komma tillbaka.</translation>
    </message>
    <message>
        <source>%1: &quot;language&quot; is &quot;%2&quot;, but this file should hold the &quot;%3&quot; article.</source>
        <translation>%1: ”language” är ”%2”, men den här filen ska innehålla artikeln för ”%3”.</translation>
    </message>
    <message>
        <source>%1: the section &quot;%2&quot; is in the article too.</source>
        <translation>%1: avsnittet ”%2” finns redan i artikeln.</translation>
    </message>
    <message>
        <source>there is no section &quot;%1&quot; in the article</source>
        <translation>det finns inget avsnitt ”%1” i artikeln</translation>
    </message>
    <message>
        <source>must be a block of the section, from -1 (under the heading) to %1, not %2</source>
        <translation>måste vara ett stycke i avsnittet, från −1 (under rubriken) till %1, inte %2</translation>
    </message>
    <message>
        <source>%1: &quot;language&quot; is &quot;%2&quot;, but this file should hold the &quot;%3&quot; notes.</source>
        <translation>%1: ”language” är ”%2”, men filen ska innehålla anteckningarna på ”%3”.</translation>
    </message>
</context>
<context>
    <name>stilla::BackupCommand</name>
    <message>
        <source>Save a copy of the diary to a file.</source>
        <translation>Spara en kopia av dagboken i en fil.</translation>
    </message>
    <message>
        <source>Save a consistent copy of the diary to FILE.</source>
        <translation>Spara en konsistent kopia av dagboken i FILE.</translation>
    </message>
    <message>
        <source>The backup file to write.</source>
        <translation>Säkerhetskopian som ska skrivas.</translation>
    </message>
    <message>
        <source>backup needs exactly one FILE.</source>
        <translation>backup behöver exakt en FILE.</translation>
    </message>
    <message>
        <source>Backed up the diary to %1.</source>
        <translation>Dagboken säkerhetskopierades till %1.</translation>
    </message>
</context>
<context>
    <name>stilla::BackupManager</name>
    <message>
        <source>Could not create the backup folder %1. Check that the disk is writable.</source>
        <translation>Det gick inte att skapa mappen för säkerhetskopior, %1. Kontrollera att det går att skriva till disken.</translation>
    </message>
    <message>
        <source>Could not delete the old backup %1. Check the folder&apos;s permissions.</source>
        <translation>Det gick inte att ta bort den gamla säkerhetskopian %1. Kontrollera behörigheterna för mappen.</translation>
    </message>
</context>
<context>
    <name>stilla::ChartExport</name>
    <message>
        <source>Could not save %1: %2. Check that the folder exists and that you may write to it.</source>
        <translation>Det gick inte att spara %1: %2. Kontrollera att mappen finns och att du får skriva i den.</translation>
    </message>
    <message>
        <source>Save the Chart</source>
        <translation>Spara diagrammet</translation>
    </message>
    <message>
        <source>stilla-chart</source>
        <translation>stilla-diagram</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>PNG-bilder (*.png)</translation>
    </message>
    <message>
        <source>Saving failed</source>
        <translation>Det gick inte att spara</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
</context>
<context>
    <name>stilla::ChartsPage</name>
    <message>
        <source>Charts</source>
        <translation>Diagram</translation>
    </message>
    <message>
        <source>Last 2 weeks</source>
        <translation>Senaste 2 veckorna</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Senaste månaden</translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation>Senaste 3 månaderna</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Senaste året</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Allt</translation>
    </message>
    <message>
        <source>Custom dates</source>
        <translation>Egna datum</translation>
    </message>
    <message>
        <source>Period shown</source>
        <translation>Visad period</translation>
    </message>
    <message>
        <source>First day shown</source>
        <translation>Första visade dag</translation>
    </message>
    <message>
        <source>Last day shown</source>
        <translation>Sista visade dag</translation>
    </message>
    <message>
        <source>7-day &amp;average</source>
        <translation>7 dagars &amp;medelvärde</translation>
    </message>
    <message>
        <source>Smooth the lines with the average of the last 7 days that have a value; missing days are skipped, not counted as 0.</source>
        <translation>Jämna ut linjerna med medelvärdet av de senaste 7 dagarna som har ett värde. Dagar som saknas hoppas över och räknas inte som 0.</translation>
    </message>
    <message>
        <source>PNG…</source>
        <translation>PNG…</translation>
    </message>
    <message>
        <source>Save the chart as a PNG picture</source>
        <translation>Spara diagrammet som en PNG-bild</translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <source>Save the chart as a PDF file</source>
        <translation>Spara diagrammet som en PDF-fil</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopiera</translation>
    </message>
    <message>
        <source>Copy the chart to the clipboard</source>
        <translation>Kopiera diagrammet till urklipp</translation>
    </message>
    <message>
        <source>&amp;Over time</source>
        <translation>Över &amp;tid</translation>
    </message>
    <message>
        <source>Magnesium and &amp;symptoms</source>
        <translation>Magnesium och s&amp;ymtom</translation>
    </message>
    <message>
        <source>Co&amp;mpare</source>
        <translation>&amp;Jämför</translation>
    </message>
    <message>
        <source>Chart views</source>
        <translation>Diagramvyer</translation>
    </message>
    <message>
        <source>Chart of severity, sleep quality and magnesium over time</source>
        <translation>Diagram över svårighetsgrad, sömnkvalitet och magnesium över tid</translation>
    </message>
    <message>
        <source>Chart of magnesium against symptoms</source>
        <translation>Diagram över magnesium i förhållande till symtom</translation>
    </message>
    <message>
        <source>Chart comparing two groups of days</source>
        <translation>Diagram som jämför två grupper av dagar</translation>
    </message>
    <message>
        <source>&amp;Days later:</source>
        <translation>&amp;Dagar senare:</translation>
    </message>
    <message>
        <source>Days between the magnesium and the outcome</source>
        <translation>Antal dagar mellan magnesiumintaget och symtomen</translation>
    </message>
    <message>
        <source>Magnesium and symptom severity</source>
        <translation>Magnesium och symtomens svårighetsgrad</translation>
    </message>
    <message>
        <source>Magnesium and sleep quality</source>
        <translation>Magnesium och sömnkvalitet</translation>
    </message>
    <message>
        <source>What to compare magnesium with</source>
        <translation>Vad magnesium ska jämföras med</translation>
    </message>
    <message>
        <source>Days with supplements and days without</source>
        <translation>Dagar med tillskott och dagar utan</translation>
    </message>
    <message>
        <source>Before and after a date</source>
        <translation>Före och efter ett datum</translation>
    </message>
    <message>
        <source>Which days to compare</source>
        <translation>Vilka dagar som ska jämföras</translation>
    </message>
    <message>
        <source>The date to compare before and after</source>
        <translation>Datumet att jämföra före och efter</translation>
    </message>
    <message>
        <source>There is nothing in the diary for this period yet. Charts appear as you log days.</source>
        <translation>Det finns inget i dagboken för den här perioden än. Diagrammen visas när du antecknar dagar.</translation>
    </message>
    <message>
        <source>The diary could not be opened, so there is nothing to chart.</source>
        <translation>Dagboken gick inte att öppna, så det finns inget att visa i diagram.</translation>
    </message>
    <message>
        <source>Before %1</source>
        <translation>Före %1</translation>
    </message>
    <message>
        <source>Without supplements</source>
        <translation>Utan tillskott</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>Från %1</translation>
    </message>
    <message>
        <source>With supplements</source>
        <translation>Med tillskott</translation>
    </message>
    <message>
        <source>%1, %2 to %3</source>
        <translation>%1, %2 till %3</translation>
    </message>
    <message>
        <source>Show earlier chart tabs</source>
        <translation>Visa tidigare diagramflikar</translation>
    </message>
    <message>
        <source>Show later chart tabs</source>
        <translation>Visa senare diagramflikar</translation>
    </message>
    <message>
        <source>0 compares a day&apos;s magnesium with the severity of the same day, or with the night that followed it, which is logged on the next day&apos;s page; 1 with a day later, and so on, since an effect may take time.</source>
        <translation>0 jämför en dags magnesium med svårighetsgraden samma dag, eller med natten som följde, som antecknas på nästa dags sida; 1 med en dag senare och så vidare, eftersom en effekt kan ta tid.</translation>
    </message>
    <message>
        <source>Magnesium and total sleep</source>
        <translation>Magnesium och total sömntid</translation>
    </message>
    <message>
        <source>Hover over a point, or step through them with the arrow keys in the chart, to see its values and on how many days they were logged.</source>
        <translation>Håll muspekaren över en punkt, eller stega mellan punkterna med piltangenterna i diagrammet, för att se dess värden och hur många dagar de antecknades.</translation>
    </message>
    <message>
        <source>Hover over a day, or step through the days with the arrow keys in the chart, to see its values.</source>
        <translation>Håll muspekaren över en dag, eller stega mellan dagarna med piltangenterna i diagrammet, för att se dess värden.</translation>
    </message>
    <message>
        <source>Untick a name under the chart to hide it. Days without entries are left blank. A day&apos;s sleep quality is the night that ended that morning, so the night after a day&apos;s magnesium is shown on the next day.</source>
        <translation>Avmarkera ett namn under diagrammet för att dölja det. Dagar utan anteckningar lämnas tomma. En dags sömnkvalitet gäller natten som tog slut den morgonen, så natten efter en dags magnesium visas på nästa dag.</translation>
    </message>
    <message>
        <source>Hover over a dot, or step through the dots with the arrow keys in the chart, to see its day and values.</source>
        <translation>Håll muspekaren över en punkt, eller stega mellan punkterna med piltangenterna i diagrammet, för att se dess dag och värden.</translation>
    </message>
</context>
<context>
    <name>stilla::CheckCommand</name>
    <message>
        <source>Check that the diary file is intact.</source>
        <translation>Kontrollera att dagboksfilen är hel.</translation>
    </message>
    <message>
        <source>Check the diary file without changing it. Prints ok, or what is wrong (exit code 3 when the diary is damaged).</source>
        <translation>Kontrollera dagboksfilen utan att ändra den. Skriver ok, eller vad som är fel (slutstatus 3 när dagboken är skadad).</translation>
    </message>
    <message>
        <source>check takes no arguments.</source>
        <translation>check tar inga argument.</translation>
    </message>
    <message>
        <source>There is no diary yet in %1; nothing to check.</source>
        <translation>Det finns ingen dagbok i %1 än, så det finns inget att kontrollera.</translation>
    </message>
    <message>
        <source>ok: the diary %1 is intact.</source>
        <translation>ok: dagboken %1 är hel.</translation>
    </message>
</context>
<context>
    <name>stilla::Cli</name>
    <message>
        <source>Usage: stilla-cli [--data-dir DIR] [--verbose] COMMAND [OPTIONS]

Stilla&apos;s command line: work with your diary without the window.

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
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Okänt kommando ”%1”.</translation>
    </message>
    <message>
        <source>There is no diary yet in %1. Use --data-dir to choose the data folder that holds it.</source>
        <translation>Det finns ingen dagbok i %1 än. Använd --data-dir för att välja den datamapp där dagboken finns.</translation>
    </message>
    <message>
        <source>--from is after --to.</source>
        <translation>--from är senare än --to.</translation>
    </message>
    <message>
        <source>
Run stilla-cli COMMAND --help for a command&apos;s options.

Exit codes:
  0  success
  1  the command failed; the message says why
  2  bad usage: unknown command or option, or a missing argument
  3  the diary is damaged or is not a Stilla diary; nothing was written to it
  4  the data folder is in use: Stilla&apos;s window (or another command that
     writes) has it open, so a command that writes did nothing; commands that
     only read work while it is open
  5  the diary or the data folder is read-only, so a command that writes did
     nothing
</source>
        <translation>
Kör stilla-cli KOMMANDO --help för att se flaggorna för ett kommando.

Slutstatus:
  0  det lyckades
  1  kommandot misslyckades; meddelandet säger varför
  2  felaktig användning: okänt kommando eller okänd flagga, eller ett argument saknas
  3  dagboken är skadad eller är ingen Stilla-dagbok; ingenting skrevs till den
  4  datamappen används: Stillas fönster (eller ett annat kommando som skriver)
     har den öppen, så ett kommando som skriver gjorde ingenting; kommandon som
     bara läser fungerar medan den är öppen
  5  dagboken eller datamappen är skrivskyddad, så ett kommando som skriver
     gjorde ingenting
</translation>
    </message>
    <message>
        <source>%1 has the data folder %2 open, so stilla-cli %3 may not change the diary now: only one program at a time may write it. Close Stilla&apos;s window (or wait for the other command to finish) and run the command again. Commands that only read, such as export, backup, check and stats, work while it is open.</source>
        <translation>%1 har datamappen %2 öppen, så stilla-cli %3 får inte ändra dagboken nu: bara ett program i taget får skriva i den. Stäng Stillas fönster (eller vänta tills det andra kommandot är klart) och kör kommandot igen. Kommandon som bara läser, som export, backup, check och stats, fungerar medan den är öppen.</translation>
    </message>
    <message>
        <source>The data folder %1 is read-only, so stilla-cli %2 cannot change the diary. Make the folder writable, then try again.</source>
        <translation>Datamappen %1 är skrivskyddad, så stilla-cli %2 kan inte ändra dagboken. Gör mappen skrivbar och försök sedan igen.</translation>
    </message>
    <message>
        <source>%1 has the data folder open; stilla-cli only reads it.</source>
        <translation>%1 har datamappen öppen; stilla-cli läser den bara.</translation>
    </message>
    <message>
        <source>The data folder %1 is read-only.</source>
        <translation>Datamappen %1 är skrivskyddad.</translation>
    </message>
</context>
<context>
    <name>stilla::ComparisonChart</name>
    <message>
        <source>Average severity</source>
        <translation>Genomsnittlig svårighetsgrad</translation>
    </message>
    <message numerus="yes">
        <source>%1&lt;br&gt;mean %2, %Ln day(s)</source>
        <translation>
            <numerusform>%1&lt;br&gt;medel %2, %Ln dag</numerusform>
            <numerusform>%1&lt;br&gt;medel %2, %Ln dagar</numerusform>
        </translation>
    </message>
    <message>
        <source>%1&lt;br&gt;no days</source>
        <translation>%1&lt;br&gt;inga dagar</translation>
    </message>
    <message>
        <source>Severity (0–10)</source>
        <translation>Svårighetsgrad (0–10)</translation>
    </message>
</context>
<context>
    <name>stilla::CronometerCsv</name>
    <message>
        <source>The file is empty: a Cronometer export starts with a header row.</source>
        <translation>Filen är tom. En export från Cronometer börjar med en rubrikrad.</translation>
    </message>
    <message>
        <source>This file has no &quot;Magnesium (mg)&quot; column, so Stilla has nothing to take from it. In Cronometer, export &quot;Daily Nutrition&quot; with all nutrients.</source>
        <translation>Filen har ingen kolumn ”Magnesium (mg)”, så Stilla har inget att hämta ur den. Exportera ”Daily Nutrition” med alla näringsämnen i Cronometer.</translation>
    </message>
    <message>
        <source>This file has no &quot;Date&quot; column. In Cronometer, export &quot;Daily Nutrition&quot;, which has one row a day.</source>
        <translation>Filen har ingen kolumn ”Date”. Exportera ”Daily Nutrition” i Cronometer, som har en rad per dag.</translation>
    </message>
    <message>
        <source>%1 appears twice; Daily Nutrition has one row a day.</source>
        <translation>%1 finns två gånger. Daily Nutrition har en rad per dag.</translation>
    </message>
    <message>
        <source>%1&#xa0;mg of magnesium from food in a day is not possible; the most is %2&#xa0;mg.</source>
        <translation>%1&#xa0;mg magnesium från maten på en dag är inte möjligt. Det högsta är %2&#xa0;mg.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) not marked Completed in Cronometer were left out, as their totals may be partial.</source>
        <translation>
            <numerusform>%Ln dag som inte är markerad som Completed i Cronometer togs inte med, eftersom summan kan vara ofullständig.</numerusform>
            <numerusform>%Ln dagar som inte är markerade som Completed i Cronometer togs inte med, eftersom summorna kan vara ofullständiga.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) without a magnesium value were left out.</source>
        <translation>
            <numerusform>%Ln dag utan värde för magnesium togs inte med.</numerusform>
            <numerusform>%Ln dagar utan värde för magnesium togs inte med.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Caffeine in the file: %1&#xa0;mg a day on average over %Ln day(s). Stilla counts caffeine in servings, so it is not added to the diary.</source>
        <translation>
            <numerusform>Koffein i filen: i genomsnitt %1&#xa0;mg per dag under %Ln dag. Stilla räknar koffein i koppar eller portioner, så det läggs inte till i dagboken.</numerusform>
            <numerusform>Koffein i filen: i genomsnitt %1&#xa0;mg per dag under %Ln dagar. Stilla räknar koffein i koppar eller portioner, så det läggs inte till i dagboken.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stilla::CsvReader</name>
    <message>
        <source>This cell is far too long (more than %1 characters). Is this a Stilla diary file?</source>
        <translation>Cellen är alldeles för lång (mer än %1 tecken). Är det här en dagboksfil från Stilla?</translation>
    </message>
    <message>
        <source>A quote opened on line %1 is never closed. Put a quote at the end of the text, and write quotes inside the text twice (&quot;&quot;).</source>
        <translation>Ett citattecken som börjar på rad %1 avslutas aldrig. Sätt ett citattecken i slutet av texten, och skriv citattecken inuti texten två gånger (&quot;&quot;).</translation>
    </message>
    <message>
        <source>There is text after a closing quote. Put the whole cell in quotes, and write quotes inside it twice (&quot;&quot;).</source>
        <translation>Det finns text efter ett avslutande citattecken. Sätt hela cellen inom citattecken, och skriv citattecken inuti den två gånger (&quot;&quot;).</translation>
    </message>
    <message>
        <source>A quote inside a cell that does not start with one. Put the whole cell in quotes, and write quotes inside it twice (&quot;&quot;).</source>
        <translation>Ett citattecken står inuti en cell som inte börjar med ett citattecken. Sätt hela cellen inom citattecken, och skriv citattecken inuti den två gånger (&quot;&quot;).</translation>
    </message>
</context>
<context>
    <name>stilla::CuratedFoods</name>
    <message>
        <source>The list of the article&apos;s foods (%1) is missing from this build of Stilla. Please reinstall Stilla.</source>
        <translation>Listan över artikelns livsmedel (%1) saknas i den här versionen av Stilla. Installera om Stilla.</translation>
    </message>
    <message>
        <source>The list of the article&apos;s foods is not valid JSON (at byte %1: %2).</source>
        <translation>Listan över artikelns livsmedel är inte giltig JSON (vid byte %1: %2).</translation>
    </message>
    <message>
        <source>The list of the article&apos;s foods has an unknown format.</source>
        <translation>Listan över artikelns livsmedel har ett okänt format.</translation>
    </message>
    <message>
        <source>Entry %1 (&quot;%2&quot;) of the list of the article&apos;s foods is incomplete: it needs a key, names in both languages, both ids and a portion above 0&#xa0;g with its labels and source.</source>
        <translation>Post %1 (”%2”) i listan över artikelns livsmedel är ofullständig: den behöver en nyckel, namn på båda språken, båda id:na och en portion över 0&#xa0;g med benämningar och källa.</translation>
    </message>
    <message>
        <source>The key &quot;%1&quot; appears twice in the list of the article&apos;s foods.</source>
        <translation>Nyckeln ”%1” finns två gånger i listan över artikelns livsmedel.</translation>
    </message>
</context>
<context>
    <name>stilla::CustomFoodDialog</name>
    <message>
        <source>New Food</source>
        <translation>Nytt livsmedel</translation>
    </message>
    <message>
        <source>Edit Food</source>
        <translation>Ändra livsmedel</translation>
    </message>
    <message>
        <source>Name of the food</source>
        <translation>Livsmedlets namn</translation>
    </message>
    <message>
        <source>Magnesium in mg per 100&#xa0;g</source>
        <translation>Magnesium i mg per 100&#xa0;g</translation>
    </message>
    <message>
        <source>No portion</source>
        <translation>Ingen portion</translation>
    </message>
    <message>
        <source>A typical portion in grams</source>
        <translation>En vanlig portion i gram</translation>
    </message>
    <message>
        <source>for example: 1 slice</source>
        <translation>till exempel: 1 skiva</translation>
    </message>
    <message>
        <source>What the portion is called</source>
        <translation>Vad portionen kallas</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>&amp;Magnesium per 100&#xa0;g:</source>
        <translation>&amp;Magnesium per 100&#xa0;g:</translation>
    </message>
    <message>
        <source>Typical &amp;portion:</source>
        <translation>Vanlig &amp;portion:</translation>
    </message>
    <message>
        <source>Portion &amp;called:</source>
        <translation>Portionen &amp;kallas:</translation>
    </message>
    <message>
        <source>The magnesium content is on the package&apos;s nutrition label, usually per 100&#xa0;g.</source>
        <translation>Magnesiumhalten står i näringsdeklarationen på förpackningen, oftast per 100&#xa0;g.</translation>
    </message>
    <message>
        <source>Give the food a name.</source>
        <translation>Ge livsmedlet ett namn.</translation>
    </message>
</context>
<context>
    <name>stilla::DateEdit</name>
    <message>
        <source>“%1” is not a date this field can hold; it shows %2 again.</source>
        <translation>”%1” är inget datum som fältet kan ta; det visar %2 igen.</translation>
    </message>
</context>
<context>
    <name>stilla::DayForm</name>
    <message>
        <source>Entries for the day</source>
        <translation>Dagens anteckningar</translation>
    </message>
</context>
<context>
    <name>stilla::DayNavigator</name>
    <message>
        <source>Previous day (Alt+Left)</source>
        <translation>Föregående dag (Alt+Vänsterpil)</translation>
    </message>
    <message>
        <source>Previous day</source>
        <translation>Föregående dag</translation>
    </message>
    <message>
        <source>Next day (Alt+Right)</source>
        <translation>Nästa dag (Alt+Högerpil)</translation>
    </message>
    <message>
        <source>Next day</source>
        <translation>Nästa dag</translation>
    </message>
    <message>
        <source>To&amp;day</source>
        <translation>&amp;I dag</translation>
    </message>
    <message>
        <source>Go to today (Alt+Home)</source>
        <translation>Gå till i dag (Alt+Home)</translation>
    </message>
    <message>
        <source>Go to today</source>
        <translation>Gå till i dag</translation>
    </message>
    <message>
        <source>Date shown</source>
        <translation>Visat datum</translation>
    </message>
    <message>
        <source>Type a date or pick one; days with entries are marked.</source>
        <translation>Skriv ett datum eller välj ett. Dagar med anteckningar är markerade.</translation>
    </message>
    <message>
        <source>%1, today</source>
        <translation>%1, i dag</translation>
    </message>
    <message>
        <source>%1, yesterday</source>
        <translation>%1, i går</translation>
    </message>
    <message numerus="yes">
        <source>This day is still to come: it is %Ln day(s) after today. Entries are usually made on the day or after it.</source>
        <translation>
            <numerusform>Den här dagen har inte kommit än: den ligger %Ln dag fram i tiden. Anteckningar görs oftast samma dag eller efteråt.</numerusform>
            <numerusform>Den här dagen har inte kommit än: den ligger %Ln dagar fram i tiden. Anteckningar görs oftast samma dag eller efteråt.</numerusform>
        </translation>
    </message>
    <message>
        <source>It is after midnight: what you note about yesterday evening belongs to %1.</source>
        <translation>Klockan är över midnatt: det du antecknar om i går kväll hör till %1.</translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation>Gå till %1</translation>
    </message>
</context>
<context>
    <name>stilla::DayTable</name>
    <message>
        <source>the diary holds a value Stilla cannot read: &apos;%1&apos;</source>
        <translation>dagboken innehåller ett värde som Stilla inte kan läsa: ’%1’</translation>
    </message>
    <message>
        <source>The time in %1 is not a valid clock time; nothing was saved.</source>
        <translation>Tiden i %1 är inget giltigt klockslag. Ingenting sparades.</translation>
    </message>
    <message>
        <source>Could not read the diary: %1. It may come from a newer Stilla.</source>
        <translation>Det gick inte att läsa dagboken: %1. Den kan komma från en nyare version av Stilla.</translation>
    </message>
</context>
<context>
    <name>stilla::DayValidation</name>
    <message>
        <source>%1 must be between %2 and %3; %4 is not possible.</source>
        <translation>%1 måste vara mellan %2 och %3. %4 är inte möjligt.</translation>
    </message>
    <message>
        <source>%1 must be more than 0 and at most %2.</source>
        <translation>%1 måste vara mer än 0 och högst %2.</translation>
    </message>
    <message>
        <source>%1 is too long: at most %2 characters.</source>
        <translation>%1 får vara högst %2 tecken.</translation>
    </message>
    <message>
        <source>The date is missing or not a real date.</source>
        <translation>Datumet saknas eller är inget riktigt datum.</translation>
    </message>
    <message>
        <source>Minutes to fall asleep</source>
        <translation>Insomningstiden i minuter</translation>
    </message>
    <message>
        <source>Awakenings</source>
        <translation>Antalet uppvaknanden</translation>
    </message>
    <message>
        <source>%1 awakenings in one night is a lot. Is that right?</source>
        <translation>%1 uppvaknanden på en natt är många. Stämmer det?</translation>
    </message>
    <message>
        <source>Minutes awake in the night</source>
        <translation>Tiden vaken under natten i minuter</translation>
    </message>
    <message>
        <source>Sleep quality</source>
        <translation>Sömnkvalitet</translation>
    </message>
    <message>
        <source>Minutes to fall asleep plus minutes awake are longer than the night itself. Please check the times.</source>
        <translation>Insomningstiden och tiden vaken under natten är tillsammans längre än hela natten. Kontrollera tiderna.</translation>
    </message>
    <message>
        <source>Symptom severity</source>
        <translation>Symtomens svårighetsgrad</translation>
    </message>
    <message>
        <source>The food name</source>
        <translation>Livsmedlets namn</translation>
    </message>
    <message>
        <source>Elemental magnesium in a supplement (mg)</source>
        <translation>Elementärt magnesium i ett tillskott (mg)</translation>
    </message>
    <message>
        <source>%1&#xa0;mg in one dose is far more than any usual supplement. Is that a typo?</source>
        <translation>%1&#xa0;mg i en dos är mycket mer än i vanliga tillskott. Har du skrivit fel?</translation>
    </message>
    <message>
        <source>Caffeine servings</source>
        <translation>Antalet koppar eller portioner koffein</translation>
    </message>
    <message>
        <source>Minutes of exercise</source>
        <translation>Motionstiden i minuter</translation>
    </message>
    <message>
        <source>A medication needs a name.</source>
        <translation>Ett läkemedel måste ha ett namn.</translation>
    </message>
    <message>
        <source>The medication name</source>
        <translation>Läkemedlets namn</translation>
    </message>
    <message>
        <source>Unknown side effect.</source>
        <translation>Okänd biverkning.</translation>
    </message>
    <message>
        <source>The note text</source>
        <translation>Anteckningstexten</translation>
    </message>
    <message>
        <source>Symptoms began at %1, which is not the time of day chosen beside it. Please check one or the other.</source>
        <translation>Symtomen började %1, vilket inte stämmer med tiden på dygnet som valts bredvid. Kontrollera det ena eller det andra.</translation>
    </message>
    <message>
        <source>This night lasts %1&#xa0;h %2&#xa0;min, longer than a night. Please check the times: is one of them in the wrong half of the day?</source>
        <translation>Natten varar %1&#xa0;tim %2&#xa0;min, längre än en natt. Kontrollera tiderna: står någon av dem på fel halva av dygnet?</translation>
    </message>
    <message>
        <source>The final awakening at %1 comes after getting out of bed at %2. Please check the times: is one of them in the wrong half of the day?</source>
        <translation>Du vaknade för gott klockan %1, efter att du steg upp klockan %2. Kontrollera tiderna: står någon av dem på fel halva av dygnet?</translation>
    </message>
    <message>
        <source>Trying to sleep at %1 comes before getting into bed at %2. Please check the times.</source>
        <translation>Du försökte somna klockan %1, innan du gick till sängs klockan %2. Kontrollera tiderna.</translation>
    </message>
    <message>
        <source>The amount of “%1” in grams</source>
        <translation>Mängden ”%1” i gram</translation>
    </message>
    <message>
        <source>Magnesium from “%1” must be between 0 and %2&#xa0;mg.</source>
        <translation>Magnesium från ”%1” måste vara mellan 0 och %2&#xa0;mg.</translation>
    </message>
</context>
<context>
    <name>stilla::DiaryCheck</name>
    <message>
        <source>The diary %1 was saved by a newer version of Stilla (diary version %2; this version reads up to %3). Stilla has not changed it. Install the newer Stilla to open it.</source>
        <translation>Dagboken %1 sparades av en nyare version av Stilla (dagboksversion %2; den här versionen läser upp till version %3). Stilla har inte ändrat den. Installera den nyare versionen av Stilla för att öppna den.</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>filen finns inte</translation>
    </message>
    <message>
        <source>the file is cut short</source>
        <translation>filen är ofullständig, slutet saknas</translation>
    </message>
    <message>
        <source>%1 is not a Stilla diary. Stilla has not changed it. Choose another file, or move this one away to start a new diary.</source>
        <translation>%1 är ingen dagbok från Stilla. Stilla har inte ändrat filen. Välj en annan fil, eller flytta den här filen till en annan plats för att börja en ny dagbok.</translation>
    </message>
    <message>
        <source>The diary %1 is damaged. Stilla has not changed it. Restore a backup, or set the damaged file aside and start a new diary.</source>
        <translation>Dagboken %1 är skadad. Stilla har inte ändrat den. Återställ en säkerhetskopia, eller lägg undan den skadade filen och börja en ny dagbok.</translation>
    </message>
    <message>
        <source>The diary %1 was saved by a newer version of Stilla. Stilla has not changed it. Install the newer Stilla to open it.</source>
        <translation>Dagboken %1 sparades av en nyare version av Stilla. Stilla har inte ändrat den. Installera den nyare versionen av Stilla för att öppna den.</translation>
    </message>
    <message>
        <source>The diary %1 is read-only, so Stilla cannot save your entries. Make the file and its folder writable, then try again.</source>
        <translation>Dagboken %1 är skrivskyddad, så Stilla kan inte spara dina anteckningar. Gör filen och mappen skrivbara och försök sedan igen.</translation>
    </message>
    <message>
        <source>Another program is using the diary %1 (perhaps Stilla is already open). Close it and try again.</source>
        <translation>Ett annat program använder dagboken %1 (kanske är Stilla redan öppet). Stäng det och försök igen.</translation>
    </message>
    <message>
        <source>Could not open the diary %1. Check that the disk is connected and has free space, then try again.</source>
        <translation>Det gick inte att öppna dagboken %1. Kontrollera att disken är ansluten och har ledigt utrymme, och försök sedan igen.</translation>
    </message>
    <message>
        <source>%1 (Details: %2.)</source>
        <translation>%1 (Detaljer: %2.)</translation>
    </message>
    <message>
        <source>The diary %1 holds a change that was cut short (Stilla was stopped, or the power went off, while it wrote), and it cannot be read until that change is undone. Stilla has not changed it. Make the file and its folder writable and open it in Stilla, which undoes the change, then try again.</source>
        <translation>Dagboken %1 innehåller en ändring som avbröts (Stilla stoppades, eller strömmen gick, medan den skrevs), och den går inte att läsa förrän ändringen har ångrats. Stilla har inte ändrat den. Gör filen och mappen skrivbara och öppna den i Stilla, som ångrar ändringen, och försök sedan igen.</translation>
    </message>
</context>
<context>
    <name>stilla::DiaryCsv</name>
    <message>
        <source>The file is empty. A diary CSV starts with a header row: %1</source>
        <translation>Filen är tom. En CSV-fil för dagboken börjar med en rubrikrad: %1</translation>
    </message>
    <message>
        <source>Unknown column. The columns are: %1</source>
        <translation>Okänd kolumn. Kolumnerna är: %1</translation>
    </message>
    <message>
        <source>This column appears twice in the header.</source>
        <translation>Kolumnen finns två gånger i rubrikraden.</translation>
    </message>
    <message>
        <source>The header has far too many columns.</source>
        <translation>Rubrikraden har alldeles för många kolumner.</translation>
    </message>
    <message>
        <source>This column is missing from the header. Add it, even if it stays empty.</source>
        <translation>Kolumnen saknas i rubrikraden. Lägg till den, även om den ska vara tom.</translation>
    </message>
    <message>
        <source>This row has %1 cells, but the header has %2. Check for a missing or extra comma, or a cell with a comma that is not in quotes.</source>
        <translation>Raden har %1 celler, men rubrikraden har %2. Leta efter ett kommatecken som saknas eller är för mycket, eller en cell med kommatecken som inte står inom citattecken.</translation>
    </message>
    <message>
        <source>The date is missing. Every row needs one, as YYYY-MM-DD.</source>
        <translation>Datumet saknas. Varje rad behöver ett datum, skrivet som YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Imported total</source>
        <translation>Importerad summa</translation>
    </message>
    <message>
        <source>%1 is also on line %2. Each day may appear only once; neither row is imported.</source>
        <translation>%1 finns också på rad %2. Varje dag får bara finnas en gång, så ingen av raderna importeras.</translation>
    </message>
</context>
<context>
    <name>stilla::DiaryFile</name>
    <message>
        <source>Could not write %1 to disk: %2.</source>
        <translation>Det gick inte att skriva %1 till disken: %2.</translation>
    </message>
    <message>
        <source>Could not create %1: %2.</source>
        <translation>Det gick inte att skapa %1: %2.</translation>
    </message>
    <message>
        <source>Could not move %1 to %2. Check that the folder is writable.</source>
        <translation>Det gick inte att flytta %1 till %2. Kontrollera att det går att skriva i mappen.</translation>
    </message>
    <message>
        <source>Moved %1, but could not move %2 beside it.</source>
        <translation>%1 flyttades, men det gick inte att flytta %2 till samma plats.</translation>
    </message>
    <message>
        <source>Could not read %1: %2.</source>
        <translation>Det gick inte att läsa %1: %2.</translation>
    </message>
    <message>
        <source>Could not write %1: %2.</source>
        <translation>Det gick inte att skriva %1: %2.</translation>
    </message>
    <message>
        <source>Could not remove %1. Close other programs using the diary and try again.</source>
        <translation>Det gick inte att ta bort %1. Stäng andra program som använder dagboken och försök igen.</translation>
    </message>
    <message>
        <source>Could not replace %1: %2.</source>
        <translation>Det gick inte att ersätta %1: %2.</translation>
    </message>
</context>
<context>
    <name>stilla::DiaryIo</name>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Det gick inte att läsa %1: %2</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 är en mapp, inte en fil.</translation>
    </message>
    <message>
        <source>Could not open %1: %2. Check the name and that you may read it.</source>
        <translation>Det gick inte att öppna %1: %2. Kontrollera namnet och att du har behörighet att läsa filen.</translation>
    </message>
    <message>
        <source>Could not write %1: %2. Check that there is space on the disk and that you may write there.</source>
        <translation>Det gick inte att skriva %1: %2. Kontrollera att det finns plats på disken och att du får skriva där.</translation>
    </message>
    <message>
        <source>Could not create %1: %2. Check that the folder exists and that you may write to it.</source>
        <translation>Det gick inte att skapa %1: %2. Kontrollera att mappen finns och att du får skriva i den.</translation>
    </message>
    <message>
        <source>Could not finish writing %1: %2. The file was not changed.</source>
        <translation>Det gick inte att skriva klart %1: %2. Filen ändrades inte.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln day(s) to %1.</source>
        <translation>
            <numerusform>Exporterade %Ln dag till %1.</numerusform>
            <numerusform>Exporterade %Ln dagar till %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Lab results (%L1) and self-experiments (%L2) are not in a CSV file; export as JSON to keep them too.</source>
        <translation>Provsvar (%L1) och självexperiment (%L2) finns inte med i en CSV-fil; exportera som JSON för att få med dem också.</translation>
    </message>
    <message>
        <source>With them: lab results (%L1) and self-experiments (%L2).</source>
        <translation>Med dem: provsvar (%L1) och självexperiment (%L2).</translation>
    </message>
</context>
<context>
    <name>stilla::DiaryJson</name>
    <message>
        <source>This is not valid JSON (%1). Look for a missing comma, quote or bracket here or just before.</source>
        <translation>Det här är inte giltig JSON (%1). Leta efter ett kommatecken, citattecken eller en klammer som saknas, här eller strax före.</translation>
    </message>
    <message>
        <source>This is not a Stilla diary file: it should be one object with &quot;format&quot;: &quot;%1&quot;.</source>
        <translation>Det här är ingen dagboksfil från Stilla: den ska vara ett enda objekt med &quot;format&quot;: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>This is not a Stilla diary file: &quot;format&quot; should be &quot;%1&quot;.</source>
        <translation>Det här är ingen dagboksfil från Stilla: ”format” ska vara ”%1”.</translation>
    </message>
    <message>
        <source>This file was written by a newer Stilla (format version %1); this version reads version %2. Update Stilla to import it.</source>
        <translation>Filen skrevs av en nyare version av Stilla (formatversion %1). Den här versionen läser version %2. Uppdatera Stilla för att importera den.</translation>
    </message>
    <message>
        <source>Unknown field. Check its spelling against docs/diary-json.md.</source>
        <translation>Okänt fält. Kontrollera stavningen mot docs/diary-json.md.</translation>
    </message>
    <message>
        <source>The list of days is missing: &quot;days&quot; should be a list ([ ... ]).</source>
        <translation>Listan med dagar saknas: ”days” ska vara en lista ([ ... ]).</translation>
    </message>
    <message>
        <source>%1 is also days[%2]. Each day may appear only once; neither is imported.</source>
        <translation>%1 finns också i days[%2]. Varje dag får bara finnas en gång, så ingen av dem importeras.</translation>
    </message>
    <message>
        <source>Unknown format version. This version of Stilla reads versions %1 to %2.</source>
        <translation>Okänd formatversion. Den här versionen av Stilla läser version %1 till %2.</translation>
    </message>
    <message>
        <source>&quot;labs&quot; should be a list of lab results ([ ... ]).</source>
        <translation>”labs” ska vara en lista med provsvar ([ ... ]).</translation>
    </message>
    <message>
        <source>A lab result needs at least one value, such as &quot;ferritin_ug_l&quot;.</source>
        <translation>Ett provsvar behöver minst ett värde, till exempel ”ferritin_ug_l”.</translation>
    </message>
    <message>
        <source>%1 is also labs[%2]. Each date may appear only once; neither is imported.</source>
        <translation>%1 finns också i labs[%2]. Varje datum får bara finnas en gång, så inget av dem importeras.</translation>
    </message>
    <message>
        <source>&quot;experiments&quot; should be a list of self-experiments ([ ... ]).</source>
        <translation>”experiments” ska vara en lista med självexperiment ([ ... ]).</translation>
    </message>
    <message>
        <source>Its days overlap those of experiments[%1]; neither is imported.</source>
        <translation>Dess dagar överlappar dagarna i experiments[%1]. Inget av dem importeras.</translation>
    </message>
</context>
<context>
    <name>stilla::DiaryOpener</name>
    <message>
        <source>The diary cannot be opened</source>
        <translation>Dagboken går inte att öppna</translation>
    </message>
    <message>
        <source>Restore the Backup</source>
        <translation>Återställ säkerhetskopian</translation>
    </message>
    <message>
        <source>The newest good backup is from %1. Restoring it keeps the damaged file aside, unchanged.</source>
        <translation>Den senaste fungerande säkerhetskopian är från %1. Om du återställer den sparas den skadade filen undan, oförändrad.</translation>
    </message>
    <message>
        <source>Start a New Diary</source>
        <translation>Börja en ny dagbok</translation>
    </message>
    <message>
        <source>There is no backup to restore. Starting a new diary keeps the damaged file aside, unchanged, in %1.</source>
        <translation>Det finns ingen säkerhetskopia att återställa. Om du börjar en ny dagbok sparas den skadade filen undan, oförändrad, i %1.</translation>
    </message>
    <message>
        <source>Continue Without the Diary</source>
        <translation>Fortsätt utan dagboken</translation>
    </message>
    <message>
        <source>The backup could not be restored</source>
        <translation>Säkerhetskopian gick inte att återställa</translation>
    </message>
    <message>
        <source>The diary is damaged</source>
        <translation>Dagboken är skadad</translation>
    </message>
    <message>
        <source>Continue Without Saving</source>
        <translation>Fortsätt utan att spara</translation>
    </message>
    <message>
        <source>The diary is open read-only</source>
        <translation>Dagboken är öppen skrivskyddad</translation>
    </message>
    <message>
        <source>You can read the diary, export it, back it up and make a report, but nothing can be added or changed until Stilla is started again with a diary it may write.</source>
        <translation>Du kan läsa dagboken, exportera den, säkerhetskopiera den och göra en rapport, men ingenting kan läggas till eller ändras förrän Stilla startas igen med en dagbok som Stilla får skriva i.</translation>
    </message>
    <message>
        <source>Nothing was changed. Close the other program, then try again.</source>
        <translation>Ingenting ändrades. Stäng det andra programmet och försök sedan igen.</translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation>Försök igen</translation>
    </message>
</context>
<context>
    <name>stilla::DiaryPage</name>
    <message>
        <source>Diary</source>
        <translation>Dagbok</translation>
    </message>
    <message>
        <source>Delete Day…</source>
        <translation>Ta bort dagen…</translation>
    </message>
    <message>
        <source>Delete this day from the diary</source>
        <translation>Ta bort den här dagen från dagboken</translation>
    </message>
    <message>
        <source>The diary could not be opened, so nothing can be shown or saved here. Restart Stilla to see what went wrong.</source>
        <translation>Dagboken gick inte att öppna, så ingenting kan visas eller sparas här. Starta om Stilla för att se vad som gick fel.</translation>
    </message>
    <message>
        <source>Not saved yet: please correct the marked fields.</source>
        <translation>Inte sparat än: rätta de markerade fälten.</translation>
    </message>
    <message>
        <source>Delete this day?</source>
        <translation>Ta bort den här dagen?</translation>
    </message>
    <message>
        <source>Delete everything logged for %1?</source>
        <translation>Ta bort allt som är antecknat för %1?</translation>
    </message>
    <message>
        <source>You can undo this with Ctrl+Z.</source>
        <translation>Du kan ångra det med Ctrl+Z.</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>borttagning av %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Sparar…</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Sparat</translation>
    </message>
    <message>
        <source>Nothing logged for this day yet</source>
        <translation>Inget antecknat för den här dagen än</translation>
    </message>
    <message>
        <source>Not saved yet: please check the supplement amount.</source>
        <translation>Inte sparat än: kontrollera mängden magnesium i tillskottet.</translation>
    </message>
    <message>
        <source>This diary is open read-only, so nothing can be added or changed here. %1</source>
        <translation>Dagboken är öppen skrivskyddad, så ingenting kan läggas till eller ändras här. %1</translation>
    </message>
    <message>
        <source>Your changes to this day are not saved yet, and they stay in the form: %1 Stilla saves them when you press Ctrl+S or change something.</source>
        <translation>Dina ändringar för den här dagen är inte sparade än, och de finns kvar i formuläret: %1 Stilla sparar dem när du trycker Ctrl+S eller ändrar något.</translation>
    </message>
    <message>
        <source>Not saved: see the note above the form.</source>
        <translation>Inte sparat: se meddelandet ovanför formuläret.</translation>
    </message>
    <message>
        <source>Save the day now</source>
        <translation>Spara dagen nu</translation>
    </message>
</context>
<context>
    <name>stilla::DiaryPrompts</name>
    <message>
        <source>Is this amount right?</source>
        <translation>Stämmer mängden?</translation>
    </message>
    <message>
        <source>%1&#xa0;mg of magnesium in one dose is far more than any usual supplement.</source>
        <translation>%1&#xa0;mg magnesium i en dos är mycket mer än i vanliga tillskott.</translation>
    </message>
    <message>
        <source>Choose Yes if the label really says so, or No to correct it (perhaps it was meant as %1&#xa0;mg).</source>
        <translation>Välj Ja om det verkligen står så på förpackningen, eller Nej om du vill rätta det (kanske menade du %1&#xa0;mg).</translation>
    </message>
    <message>
        <source>the night&apos;s sleep</source>
        <translation>nattens sömn</translation>
    </message>
    <message>
        <source>restless legs</source>
        <translation>restless legs</translation>
    </message>
    <message>
        <source>magnesium</source>
        <translation>magnesium</translation>
    </message>
    <message>
        <source>habits and other remedies</source>
        <translation>vanor och annan egenvård</translation>
    </message>
    <message>
        <source>medications, side effects and notes</source>
        <translation>läkemedel, biverkningar och anteckningar</translation>
    </message>
    <message>
        <source>Discarding takes back your changes to %1.</source>
        <translation>Förkasta tar tillbaka dina ändringar av %1.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Osparade ändringar</translation>
    </message>
    <message>
        <source>The changes to %1 cannot be saved yet.</source>
        <translation>Ändringarna för %1 kan inte sparas än.</translation>
    </message>
    <message>
        <source>Choose Cancel to stay and correct the marked fields, or Discard to leave the day as it was last saved.</source>
        <translation>Välj Avbryt om du vill stanna kvar och rätta de markerade fälten, eller Förkasta om du vill lämna dagen som den var när den senast sparades.</translation>
    </message>
    <message>
        <source>The changes to %1 could not be saved: %2</source>
        <translation>Ändringarna för %1 kunde inte sparas: %2</translation>
    </message>
    <message>
        <source>Choose Cancel to stay: your changes stay in the form, and Stilla saves them once the problem is solved. Discard leaves the day as it was last saved.</source>
        <translation>Välj Avbryt för att stanna: dina ändringar finns kvar i formuläret, och Stilla sparar dem när problemet är löst. Förkasta lämnar dagen som den var när den senast sparades.</translation>
    </message>
</context>
<context>
    <name>stilla::DiarySql</name>
    <message>
        <source>the disk is full. Free some space and try again</source>
        <translation>disken är full. Frigör lite utrymme och försök igen</translation>
    </message>
    <message>
        <source>the diary file or its folder is read-only</source>
        <translation>dagboksfilen eller mappen den ligger i är skrivskyddad</translation>
    </message>
    <message>
        <source>the disk reported a read or write error</source>
        <translation>disken rapporterade ett läs- eller skrivfel</translation>
    </message>
    <message>
        <source>the diary file is damaged</source>
        <translation>dagboksfilen är skadad</translation>
    </message>
    <message>
        <source>another program is using the diary. Close it and try again</source>
        <translation>ett annat program använder dagboken. Stäng det och försök igen</translation>
    </message>
    <message>
        <source>the file could not be opened</source>
        <translation>filen gick inte att öppna</translation>
    </message>
    <message>
        <source>the database reported an error</source>
        <translation>databasen rapporterade ett fel</translation>
    </message>
</context>
<context>
    <name>stilla::DiaryStore</name>
    <message>
        <source>(no date)</source>
        <translation>(inget datum)</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %Ln more</source>
        <translation>
            <numerusform>%1 och %Ln dag till</numerusform>
            <numerusform>%1 och %Ln dagar till</numerusform>
        </translation>
    </message>
    <message>
        <source>The diary %1 is closed after an earlier error. Restart Stilla to open it again.</source>
        <translation>Dagboken %1 är stängd efter ett tidigare fel. Starta om Stilla för att öppna den igen.</translation>
    </message>
    <message>
        <source>The backup %1 is empty.</source>
        <translation>Säkerhetskopian %1 är tom.</translation>
    </message>
    <message>
        <source>The backup cannot be used: %1</source>
        <translation>Säkerhetskopian går inte att använda: %1</translation>
    </message>
    <message>
        <source>Could not read the diary %1: %2.</source>
        <translation>Det gick inte att läsa dagboken %1: %2.</translation>
    </message>
    <message>
        <source>The day %1 was not saved: %2</source>
        <translation>Dagen %1 sparades inte: %2</translation>
    </message>
    <message>
        <source>Could not save %1 in the diary %2: %3. The diary was not changed.</source>
        <translation>Det gick inte att spara %1 i dagboken %2: %3. Dagboken ändrades inte.</translation>
    </message>
    <message>
        <source>Could not remove %1 from the diary %2: %3. The diary was not changed.</source>
        <translation>Det gick inte att ta bort %1 från dagboken %2: %3. Dagboken ändrades inte.</translation>
    </message>
    <message>
        <source>Nothing was saved: the day %1 has a problem: %2</source>
        <translation>Ingenting sparades: dagen %1 har ett problem: %2</translation>
    </message>
    <message>
        <source>Nothing was saved: these days appear more than once: %1.</source>
        <translation>Ingenting sparades: de här dagarna finns med mer än en gång: %1.</translation>
    </message>
    <message>
        <source>Nothing was saved: these days are already in the diary: %1. Choose to skip or replace them.</source>
        <translation>Ingenting sparades: de här dagarna finns redan i dagboken: %1. Välj att hoppa över eller ersätta dem.</translation>
    </message>
    <message>
        <source>Could not save the days in the diary %1: %2. The diary was not changed.</source>
        <translation>Det gick inte att spara dagarna i dagboken %1: %2. Dagboken ändrades inte.</translation>
    </message>
    <message>
        <source>Could not back up the diary to %1: %2</source>
        <translation>Det gick inte att säkerhetskopiera dagboken till %1: %2</translation>
    </message>
    <message>
        <source>The backup %1 was not restored: %2 Your diary was not changed.</source>
        <translation>Säkerhetskopian %1 återställdes inte: %2 Din dagbok ändrades inte.</translation>
    </message>
    <message>
        <source>it is the diary itself.</source>
        <translation>det är själva dagboken.</translation>
    </message>
    <message>
        <source>the file is empty.</source>
        <translation>filen är tom.</translation>
    </message>
    <message>
        <source>The backup %1 could not be opened after restoring (%2), and the previous diary could not be put back. A copy of it is at %3.</source>
        <translation>Säkerhetskopian %1 gick inte att öppna efter återställningen (%2), och den tidigare dagboken gick inte att lägga tillbaka. En kopia av den finns här: %3.</translation>
    </message>
    <message>
        <source>Could not read your foods from the diary %1: %2.</source>
        <translation>Det gick inte att läsa dina livsmedel från dagboken %1: %2.</translation>
    </message>
    <message>
        <source>The food &quot;%1&quot; was not saved: %2</source>
        <translation>Livsmedlet ”%1” sparades inte: %2</translation>
    </message>
    <message>
        <source>Could not save the food &quot;%1&quot; in the diary %2: %3. The diary was not changed.</source>
        <translation>Det gick inte att spara livsmedlet ”%1” i dagboken %2: %3. Dagboken ändrades inte.</translation>
    </message>
    <message>
        <source>Could not remove the food from the diary %1: %2. The diary was not changed.</source>
        <translation>Det gick inte att ta bort livsmedlet från dagboken %1: %2. Dagboken ändrades inte.</translation>
    </message>
    <message>
        <source>Could not read your favourite foods from the diary %1: %2.</source>
        <translation>Det gick inte att läsa dina favoritlivsmedel från dagboken %1: %2.</translation>
    </message>
    <message>
        <source>Could not change your favourite foods in the diary %1: %2 The diary was not changed.</source>
        <translation>Det gick inte att ändra dina favoritlivsmedel i dagboken %1: %2 Dagboken ändrades inte.</translation>
    </message>
    <message>
        <source>Could not read your recent foods from the diary %1: %2.</source>
        <translation>Det gick inte att läsa dina senast använda livsmedel från dagboken %1: %2.</translation>
    </message>
    <message>
        <source>The diary %1 is not damaged, so it was not replaced.</source>
        <translation>Dagboken %1 är inte skadad, så den ersattes inte.</translation>
    </message>
    <message>
        <source>The diary %1 is new and empty, and Stilla may not set it up now: %2</source>
        <translation>Dagboken %1 är ny och tom, och Stilla får inte göra den i ordning nu: %2</translation>
    </message>
    <message>
        <source>The diary %1 was made by an earlier version of Stilla and must be updated once before this version can show it, but Stilla may not change it now: %2</source>
        <translation>Dagboken %1 skapades av en tidigare version av Stilla och måste uppdateras en gång innan den här versionen kan visa den, men Stilla får inte ändra den nu: %2</translation>
    </message>
    <message>
        <source>The diary %1 is open read-only, so nothing was changed. %2</source>
        <translation>Dagboken %1 är öppen skrivskyddad, så ingenting ändrades. %2</translation>
    </message>
    <message>
        <source>Could not read the lab results from the diary %1: %2.</source>
        <translation>Det gick inte att läsa provsvaren i dagboken %1: %2.</translation>
    </message>
    <message>
        <source>The lab results of %1 were not saved: %2</source>
        <translation>Provsvaren från %1 sparades inte: %2</translation>
    </message>
    <message>
        <source>Could not save the lab results of %1 in the diary %2: %3. The diary was not changed.</source>
        <translation>Det gick inte att spara provsvaren från %1 i dagboken %2: %3. Dagboken ändrades inte.</translation>
    </message>
    <message>
        <source>Could not remove the lab results of %1 from the diary %2: %3. The diary was not changed.</source>
        <translation>Det gick inte att ta bort provsvaren från %1 ur dagboken %2: %3. Dagboken ändrades inte.</translation>
    </message>
    <message>
        <source>It has no value.</source>
        <translation>Det saknar värden.</translation>
    </message>
    <message>
        <source>Nothing was saved: the lab results of %1 have a problem: %2</source>
        <translation>Inget sparades: provsvaren från %1 har ett problem: %2</translation>
    </message>
    <message>
        <source>Nothing was saved: the lab results of %1 appear more than once.</source>
        <translation>Inget sparades: provsvaren från %1 finns mer än en gång.</translation>
    </message>
    <message>
        <source>Nothing was saved: the diary already has lab results for %1. Choose to skip or replace them.</source>
        <translation>Inget sparades: dagboken har redan provsvar från %1. Välj att hoppa över eller ersätta dem.</translation>
    </message>
    <message>
        <source>Could not read the self-experiments from the diary %1: %2.</source>
        <translation>Det gick inte att läsa självexperimenten från dagboken %1: %2.</translation>
    </message>
    <message>
        <source>The self-experiment was not saved: %1</source>
        <translation>Självexperimentet sparades inte: %1</translation>
    </message>
    <message>
        <source>The self-experiment was not saved: its days overlap those of the experiment that started on %1. Stop that one first, or start this one after it ends (%2).</source>
        <translation>Självexperimentet sparades inte: dess dagar överlappar experimentet som började %1. Avsluta det först, eller börja det här efter att det har slutat (%2).</translation>
    </message>
    <message>
        <source>Could not save the self-experiment in the diary %1: %2. The diary was not changed.</source>
        <translation>Det gick inte att spara självexperimentet i dagboken %1: %2. Dagboken ändrades inte.</translation>
    </message>
    <message>
        <source>Could not remove the self-experiment from the diary %1: %2. The diary was not changed.</source>
        <translation>Det gick inte att ta bort självexperimentet från dagboken %1: %2. Dagboken ändrades inte.</translation>
    </message>
    <message>
        <source>Nothing was saved: the self-experiment that starts on %1 has a problem: %2</source>
        <translation>Inget sparades: självexperimentet som börjar %1 har ett problem: %2</translation>
    </message>
    <message>
        <source>Nothing was saved: the diary already has the self-experiments that start on %1. Choose to skip or replace them.</source>
        <translation>Inget sparades: dagboken har redan självexperimenten som börjar %1. Välj att hoppa över eller ersätta dem.</translation>
    </message>
    <message>
        <source>the self-experiment that starts on %1 overlaps the one in the diary that starts on %2; remove one of them from the file</source>
        <translation>självexperimentet som börjar %1 överlappar det i dagboken som börjar %2. Ta bort ett av dem ur filen</translation>
    </message>
    <message>
        <source>Could not put the diary %1 back as it was: %2. The diary was not changed.</source>
        <translation>Det gick inte att återställa dagboken %1 till hur den var: %2. Dagboken ändrades inte.</translation>
    </message>
</context>
<context>
    <name>stilla::DiaryTransfer</name>
    <message numerus="yes">
        <source>… and %Ln more.</source>
        <translation>
            <numerusform>… och %Ln till.</numerusform>
            <numerusform>… och %Ln till.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported: no day in %1 could be read.</source>
        <translation>Inget importerades: ingen dag i %1 gick att läsa.</translation>
    </message>
    <message>
        <source>Problems in the file</source>
        <translation>Problem i filen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) in %1 cannot be imported as they are.</source>
        <translation>
            <numerusform>%Ln dag i %1 kan inte importeras som den är.</numerusform>
            <numerusform>%Ln dagar i %1 kan inte importeras som de är.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Choose OK to import only the %Ln day(s) without problems, or Cancel to import nothing and correct the file first.</source>
        <translation>
            <numerusform>Välj OK för att bara importera den %Ln dagen utan problem, eller Avbryt för att inte importera något och rätta filen först.</numerusform>
            <numerusform>Välj OK för att bara importera de %Ln dagarna utan problem, eller Avbryt för att inte importera något och rätta filen först.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Inget importerades.</translation>
    </message>
    <message>
        <source>Days already in the diary</source>
        <translation>Dagar som redan finns i dagboken</translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) in the file are already in your diary.</source>
        <translation>
            <numerusform>%Ln dag i filen finns redan i din dagbok.</numerusform>
            <numerusform>%Ln dagar i filen finns redan i din dagbok.</numerusform>
        </translation>
    </message>
    <message>
        <source>Yes to All replaces them with the file&apos;s version; No keeps your diary&apos;s version and imports only the other days; Cancel imports nothing.</source>
        <translation>Ja till alla ersätter dem med filens version; Nej behåller dagbokens version och importerar bara de andra dagarna; Avbryt importerar ingenting.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln day(s) from %1: %L2 new, %L3 replaced, %L4 skipped.</source>
        <translation>
            <numerusform>Importerade %Ln dag från %1 (nya: %L2, ersatta: %L3, överhoppade: %L4).</numerusform>
            <numerusform>Importerade %Ln dagar från %1 (nya: %L2, ersatta: %L3, överhoppade: %L4).</numerusform>
        </translation>
    </message>
    <message>
        <source>Import into the Diary</source>
        <translation>Importera till dagboken</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Importen är klar</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>JSON, every detail (*.json)</source>
        <translation>JSON, med alla detaljer (*.json)</translation>
    </message>
    <message>
        <source>CSV, one row a day for spreadsheets (*.csv)</source>
        <translation>CSV, en rad per dag för kalkylprogram (*.csv)</translation>
    </message>
    <message>
        <source>stilla-diary</source>
        <translation>stilla-dagbok</translation>
    </message>
    <message>
        <source>Export the Diary</source>
        <translation>Exportera dagboken</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Exporten misslyckades</translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>Exporten är klar</translation>
    </message>
    <message>
        <source>stilla-backup-%1</source>
        <translation>stilla-säkerhetskopia-%1</translation>
    </message>
    <message>
        <source>Back Up the Diary</source>
        <translation>Säkerhetskopiera dagboken</translation>
    </message>
    <message>
        <source>Stilla backups (*.sqlite)</source>
        <translation>Stillas säkerhetskopior (*.sqlite)</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Säkerhetskopieringen misslyckades</translation>
    </message>
    <message>
        <source>Backup finished</source>
        <translation>Säkerhetskopieringen är klar</translation>
    </message>
    <message>
        <source>The diary was backed up to %1.</source>
        <translation>Dagboken säkerhetskopierades till %1.</translation>
    </message>
    <message>
        <source>Restore a Backup</source>
        <translation>Återställ en säkerhetskopia</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>Återställa den här säkerhetskopian?</translation>
    </message>
    <message>
        <source>Replace your diary with the backup %1?</source>
        <translation>Ersätta din dagbok med säkerhetskopian %1?</translation>
    </message>
    <message>
        <source>Entries made since the backup will no longer be in the diary. A copy of the diary as it is now is kept beside it.</source>
        <translation>Det du har fört in sedan säkerhetskopian gjordes finns då inte längre i dagboken. En kopia av dagboken som den ser ut nu sparas bredvid.</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>Återställningen misslyckades</translation>
    </message>
    <message>
        <source>Restore finished</source>
        <translation>Återställningen är klar</translation>
    </message>
    <message>
        <source>The backup was restored.</source>
        <translation>Säkerhetskopian har återställts.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln date(s) of lab results in the file are already in your diary.</source>
        <translation>
            <numerusform>Provsvar från %Ln datum i filen finns redan i dagboken.</numerusform>
            <numerusform>Provsvar från %Ln datum i filen finns redan i dagboken.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Lab results: %Ln date(s) imported, %L1 kept as they were.</source>
        <translation>
            <numerusform>Provsvar: %Ln datum importerades, %L1 behölls som de var.</numerusform>
            <numerusform>Provsvar: %Ln datum importerades, %L1 behölls som de var.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln self-experiment(s) in the file are already in your diary.</source>
        <translation>
            <numerusform>%Ln självexperiment i filen finns redan i din dagbok.</numerusform>
            <numerusform>%Ln självexperiment i filen finns redan i din dagbok.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Self-experiments: %Ln imported, %L1 kept as they were.</source>
        <translation>
            <numerusform>Självexperiment: %Ln importerat, %L1 behölls som de var.</numerusform>
            <numerusform>Självexperiment: %Ln importerade, %L1 behölls som de var.</numerusform>
        </translation>
    </message>
    <message>
        <source>A CSV file holds a summary of each day: what it has no column for (the food list, the forms and times of doses, the details of symptoms, remedies and medicines) stays as it is in your diary.</source>
        <translation>En CSV-fil innehåller en sammanfattning av varje dag. Det som den saknar kolumner för (livsmedelslistan, dosernas form och tid, detaljer om symtom, åtgärder och läkemedel) står kvar som det är i din dagbok.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) in %1 cannot be imported as they are.</source>
        <translation>
            <numerusform>%Ln rad i %1 kan inte importeras som den är.</numerusform>
            <numerusform>%Ln rader i %1 kan inte importeras som de är.</numerusform>
        </translation>
    </message>
    <message>
        <source>Days not completed</source>
        <translation>Dagar som inte är klara</translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) in the file are not marked Completed in Cronometer, so their totals may be partial. Import them too?</source>
        <translation>
            <numerusform>%Ln dag i filen är inte markerad som Completed i Cronometer, så summan kan vara ofullständig. Vill du importera den också?</numerusform>
            <numerusform>%Ln dagar i filen är inte markerade som Completed i Cronometer, så summorna kan vara ofullständiga. Vill du importera dem också?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Took the magnesium from food of %Ln day(s) from the Cronometer file %1, as one line a day named Cronometer; your own food lines were kept.</source>
        <translation>
            <numerusform>Tog magnesium från maten för %Ln dag från Cronometer-filen %1, som en rad med namnet Cronometer. Dina egna livsmedelsrader behölls.</numerusform>
            <numerusform>Tog magnesium från maten för %Ln dagar från Cronometer-filen %1, som en rad per dag med namnet Cronometer. Dina egna livsmedelsrader behölls.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln food line(s)</source>
        <translation>
            <numerusform>%Ln livsmedelsrad</numerusform>
            <numerusform>%Ln livsmedelsrader</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln dose(s) with their forms and times</source>
        <translation>
            <numerusform>%Ln dos med form och tid</numerusform>
            <numerusform>%Ln doser med form och tid</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep the diary&apos;s detail?</source>
        <translation>Behålla dagbokens detaljer?</translation>
    </message>
    <message numerus="yes">
        <source>On %Ln day(s) the file&apos;s magnesium totals differ from your diary&apos;s. A CSV file has only totals, so taking them would turn these days&apos; food lists and doses into one line each.</source>
        <translation>
            <numerusform>På %Ln dag skiljer sig filens magnesiumsummor från dagbokens. En CSV-fil har bara summor, så om du tar dem blir dagens livsmedelslista och doser en rad var.</numerusform>
            <numerusform>På %Ln dagar skiljer sig filens magnesiumsummor från dagbokens. En CSV-fil har bara summor, så om du tar dem blir dagarnas livsmedelslistor och doser en rad var.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Keep the Diary&apos;s Detail</source>
        <translation>&amp;Behåll dagbokens detaljer</translation>
    </message>
    <message>
        <source>&amp;Use the File&apos;s Totals</source>
        <translation>&amp;Ta filens summor</translation>
    </message>
    <message>
        <source>Diary files (*.json *.csv);;JSON (*.json);;CSV, from Stilla or Cronometer (*.csv)</source>
        <translation>Dagboksfiler (*.json *.csv);;JSON (*.json);;CSV, från Stilla eller Cronometer (*.csv)</translation>
    </message>
    <message>
        <source>Import of %1</source>
        <translation>import av %1</translation>
    </message>
    <message>
        <source>Edit ▸ Undo takes the whole import back.</source>
        <translation>Redigera ▸ Ångra tar tillbaka hela importen.</translation>
    </message>
</context>
<context>
    <name>stilla::DisplayNames</name>
    <message>
        <source>Opioid</source>
        <translation>Opioid</translation>
    </message>
    <message>
        <source>Muscle relaxant</source>
        <translation>Muskelavslappnande läkemedel</translation>
    </message>
    <message>
        <source>Sleep medication</source>
        <translation>Sömnmedel</translation>
    </message>
    <message>
        <source>Antibiotic (aminoglycoside, quinolone, tetracycline)</source>
        <translation>Antibiotika (aminoglykosid, kinolon, tetracyklin)</translation>
    </message>
    <message>
        <source>Calcium channel blocker</source>
        <translation>Kalciumkanalblockerare</translation>
    </message>
    <message>
        <source>Diuretic (water pill)</source>
        <translation>Vätskedrivande läkemedel (diuretika)</translation>
    </message>
    <message>
        <source>Bisphosphonate</source>
        <translation>Bisfosfonat</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Annat</translation>
    </message>
    <message>
        <source>Upset stomach</source>
        <translation>Magbesvär</translation>
    </message>
    <message>
        <source>Nausea</source>
        <translation>Illamående</translation>
    </message>
    <message>
        <source>Vomiting</source>
        <translation>Kräkningar</translation>
    </message>
    <message>
        <source>Diarrhoea</source>
        <translation>Diarré</translation>
    </message>
    <message>
        <source>Stomach cramps</source>
        <translation>Magkramper</translation>
    </message>
    <message>
        <source>Low blood pressure or feeling faint</source>
        <translation>Lågt blodtryck eller svimningskänsla</translation>
    </message>
    <message>
        <source>Confusion</source>
        <translation>Förvirring</translation>
    </message>
    <message>
        <source>Irregular heartbeat</source>
        <translation>Oregelbunden hjärtrytm</translation>
    </message>
    <message>
        <source>Slowed breathing</source>
        <translation>Långsam andning</translation>
    </message>
    <message>
        <source>Magnesium oxide</source>
        <translation>Magnesiumoxid</translation>
    </message>
    <message>
        <source>Magnesium citrate</source>
        <translation>Magnesiumcitrat</translation>
    </message>
    <message>
        <source>Magnesium glycinate</source>
        <translation>Magnesiumglycinat</translation>
    </message>
    <message>
        <source>Magnesium chloride</source>
        <translation>Magnesiumklorid</translation>
    </message>
    <message>
        <source>Magnesium lactate</source>
        <translation>Magnesiumlaktat</translation>
    </message>
    <message>
        <source>Magnesium malate</source>
        <translation>Magnesiummalat</translation>
    </message>
    <message>
        <source>Magnesium sulfate</source>
        <translation>Magnesiumsulfat</translation>
    </message>
    <message>
        <source>Other form</source>
        <translation>Annan form</translation>
    </message>
    <message>
        <source>A bleeding disorder</source>
        <translation>Blödningssjukdom</translation>
    </message>
    <message>
        <source>Kidney disease, including kidney failure</source>
        <translation>Njursjukdom, inklusive njursvikt</translation>
    </message>
    <message>
        <source>Pregnant</source>
        <translation>Gravid</translation>
    </message>
    <message>
        <source>Breastfeeding</source>
        <translation>Ammar</translation>
    </message>
    <message>
        <source>Adolescent (13–17)</source>
        <translation>Ungdom (13–17 år)</translation>
    </message>
    <message>
        <source>Adult (18 or older)</source>
        <translation>Vuxen (18 år eller äldre)</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Inte angivet</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Kvinna</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Man</translation>
    </message>
    <message>
        <source>Dopamine medicine for RLS (e.g. pramipexole)</source>
        <translation>Dopaminläkemedel mot RLS (t.ex. pramipexol)</translation>
    </message>
    <message>
        <source>Gabapentin or pregabalin</source>
        <translation>Gabapentin eller pregabalin</translation>
    </message>
    <message>
        <source>Iron tablets or drops</source>
        <translation>Järntabletter eller järndroppar</translation>
    </message>
    <message>
        <source>Levothyroxine (thyroid hormone)</source>
        <translation>Levotyroxin (sköldkörtelhormon)</translation>
    </message>
    <message>
        <source>Proton pump inhibitor (e.g. omeprazole)</source>
        <translation>Protonpumpshämmare (t.ex. omeprazol)</translation>
    </message>
    <message>
        <source>Sedating antihistamine (some sleep aids)</source>
        <translation>Sederande antihistamin (vissa sömnmedel)</translation>
    </message>
    <message>
        <source>Dopamine blocker (e.g. antipsychotic, metoclopramide)</source>
        <translation>Dopaminblockerare (antipsykotika, metoklopramid)</translation>
    </message>
    <message>
        <source>Antidepressant (SSRI, SNRI, mirtazapine, tricyclic)</source>
        <translation>Antidepressiva (SSRI, SNRI, mirtazapin, tricykliska)</translation>
    </message>
    <message>
        <source>Muscle weakness</source>
        <translation>Muskelsvaghet</translation>
    </message>
    <message>
        <source>Unusual drowsiness</source>
        <translation>Ovanlig dåsighet</translation>
    </message>
    <message>
        <source>Laxative or antacid with magnesium</source>
        <translation>Laxermedel eller syraneutraliserande medel med magnesium</translation>
    </message>
    <message>
        <source>Child, 1–3 years</source>
        <translation>Barn, 1–3 år</translation>
    </message>
    <message>
        <source>Child, 4–8 years</source>
        <translation>Barn, 4–8 år</translation>
    </message>
    <message>
        <source>Child, 9–12 years</source>
        <translation>Barn, 9–12 år</translation>
    </message>
    <message>
        <source>Child under 13, age not given</source>
        <translation>Barn under 13, ålder inte angiven</translation>
    </message>
    <message>
        <source>no bleeding disorder</source>
        <translation>ingen blödningssjukdom</translation>
    </message>
    <message>
        <source>no kidney disease</source>
        <translation>ingen njursjukdom</translation>
    </message>
    <message>
        <source>not pregnant</source>
        <translation>inte gravid</translation>
    </message>
    <message>
        <source>not breastfeeding</source>
        <translation>ammar inte</translation>
    </message>
    <message>
        <source>sleep</source>
        <translation>sömn</translation>
    </message>
    <message>
        <source>restless legs</source>
        <translation>restless legs</translation>
    </message>
    <message>
        <source>magnesium</source>
        <translation>magnesium</translation>
    </message>
    <message>
        <source>habits and remedies</source>
        <translation>vanor och egenvård</translation>
    </message>
    <message>
        <source>medications</source>
        <translation>läkemedel</translation>
    </message>
    <message>
        <source>side effects</source>
        <translation>biverkningar</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>anteckningar</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <comment>the last two of a list</comment>
        <translation>%1 och %2</translation>
    </message>
</context>
<context>
    <name>stilla::DoctorReport</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Sida %1 av %2</translation>
    </message>
    <message>
        <source>Could not save the report to %1: %2. Check that the folder exists and that you may write to it.</source>
        <translation>Det gick inte att spara rapporten i %1: %2. Kontrollera att mappen finns och att du får skriva i den.</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>Skapad %1</translation>
    </message>
    <message>
        <source>Stilla informs; it does not diagnose.</source>
        <translation>Stilla informerar men ställer inte diagnoser.</translation>
    </message>
    <message>
        <source>The report needs a first and a last day.</source>
        <translation>Rapporten behöver en första och en sista dag.</translation>
    </message>
    <message>
        <source>The first day of the report is after the last day; swap them.</source>
        <translation>Rapportens första dag är senare än den sista. Byt plats på dem.</translation>
    </message>
    <message>
        <source>The report can be made in Swedish (sv) or English (en), not in &quot;%1&quot;.</source>
        <translation>Rapporten kan göras på svenska (sv) eller engelska (en), inte på ”%1”.</translation>
    </message>
    <message>
        <source>The report needs the date it is created on.</source>
        <translation>Rapporten behöver datumet då den skapas.</translation>
    </message>
    <message>
        <source>The report needs a paper size, A4 or Letter.</source>
        <translation>Rapporten behöver en pappersstorlek, A4 eller Letter.</translation>
    </message>
    <message>
        <source>Stilla — report for %1</source>
        <translation>Stilla — rapport för %1</translation>
    </message>
    <message>
        <source>Trend over the period</source>
        <translation>Utvecklingen under perioden</translation>
    </message>
    <message>
        <source>The birth year %1 is not a year from %2 to %3.</source>
        <translation>Födelseåret %1 är inte ett år från %2 till %3.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Född</translation>
    </message>
</context>
<context>
    <name>stilla::ExperimentBanner</name>
    <message>
        <source>No supplement is logged for this day yet.</source>
        <translation>Inget tillskott är antecknat för den här dagen än.</translation>
    </message>
    <message>
        <source>A supplement is logged for this day, though this phase is without magnesium: the day still counts, but it makes the answer less clear.</source>
        <translation>Ett tillskott är antecknat för den här dagen, fast det här är en fas utan magnesium. Dagen räknas ändå, men den gör svaret mindre tydligt.</translation>
    </message>
</context>
<context>
    <name>stilla::ExperimentCommand</name>
    <message>
        <source>Run stilla-cli experiment --help for the actions.</source>
        <translation>Kör stilla-cli experiment --help för att se vad du kan göra.</translation>
    </message>
    <message>
        <source>Usage: stilla-cli experiment plan --start YYYY-MM-DD [--pattern ABAB] [--phase-days N] [--washout-days N] --dose MG [--form FORM] [--outcome rls_severity|sleep_quality|total_sleep_min]
       stilla-cli experiment show [--date YYYY-MM-DD] [--json]
       stilla-cli experiment pause|resume|stop [--date YYYY-MM-DD]
       stilla-cli experiment result [--to YYYY-MM-DD] [--json]

A self-experiment answers &quot;does magnesium help me?&quot;: phases without magnesium (A) and with it (B) in a planned order, each at least 7 days long, and one outcome chosen before the start. Dates default to today.
</source>
        <translation>Användning: stilla-cli experiment plan --start YYYY-MM-DD [--pattern ABAB] [--phase-days N] [--washout-days N] --dose MG [--form FORM] [--outcome rls_severity|sleep_quality|total_sleep_min]
       stilla-cli experiment show [--date YYYY-MM-DD] [--json]
       stilla-cli experiment pause|resume|stop [--date YYYY-MM-DD]
       stilla-cli experiment result [--to YYYY-MM-DD] [--json]

Ett självexperiment svarar på frågan ”hjälper magnesium mig?”: faser utan magnesium (A) och med (B) i en planerad ordning, var och en minst 7 dagar lång, och ett utfall som väljs före starten. Datum är i dag om inget annat anges.
</translation>
    </message>
    <message>
        <source>experiment needs an action: plan, show, pause, resume, stop or result.</source>
        <translation>experiment behöver en åtgärd: plan, show, pause, resume, stop eller result.</translation>
    </message>
    <message>
        <source>Unknown experiment action &quot;%1&quot;; use plan, show, pause, resume, stop or result.</source>
        <translation>Okänd åtgärd för experiment: ”%1”. Använd plan, show, pause, resume, stop eller result.</translation>
    </message>
    <message>
        <source>Plan a self-experiment. The dose is checked against the safety rules and your profile first; a plan that brings a warning is not saved.</source>
        <translation>Planera ett självexperiment. Dosen kontrolleras först mot säkerhetsreglerna och din profil; en plan som ger en varning sparas inte.</translation>
    </message>
    <message>
        <source>The first day, as YYYY-MM-DD.</source>
        <translation>Den första dagen, som YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>The phases in order: A without magnesium, B with (default ABAB).</source>
        <translation>Faserna i ordning: A utan magnesium, B med (standard ABAB).</translation>
    </message>
    <message>
        <source>The length of each phase in days, %1 to %2 (default %3).</source>
        <translation>Hur många dagar varje fas är, %1 till %2 (standard %3).</translation>
    </message>
    <message>
        <source>Days at the start of each phase that are not analysed (default %1).</source>
        <translation>Dagar i början av varje fas som inte analyseras (standard %1).</translation>
    </message>
    <message>
        <source>Elemental magnesium a day in the B phases, in mg.</source>
        <translation>Elementärt magnesium per dag i B-faserna, i mg.</translation>
    </message>
    <message>
        <source>The supplement&apos;s form: citrate (default), glycinate, oxide, chloride, lactate, malate, sulfate or other.</source>
        <translation>Tillskottets form: citrate (standard), glycinate, oxide, chloride, lactate, malate, sulfate eller other.</translation>
    </message>
    <message>
        <source>The one outcome that decides: rls_severity (default), sleep_quality or total_sleep_min.</source>
        <translation>Det utfall som avgör: rls_severity (standard), sleep_quality eller total_sleep_min.</translation>
    </message>
    <message>
        <source>experiment plan takes no arguments, only options.</source>
        <translation>experiment plan tar inga argument, bara flaggor.</translation>
    </message>
    <message>
        <source>experiment plan needs --start YYYY-MM-DD and --dose MG.</source>
        <translation>experiment plan behöver --start YYYY-MM-DD och --dose MG.</translation>
    </message>
    <message>
        <source>--phase-days must be a whole number of days.</source>
        <translation>--phase-days måste vara ett helt antal dagar.</translation>
    </message>
    <message>
        <source>--washout-days must be a whole number of days.</source>
        <translation>--washout-days måste vara ett helt antal dagar.</translation>
    </message>
    <message>
        <source>--form must be citrate, glycinate, oxide, chloride, lactate, malate, sulfate or other, not &quot;%1&quot;.</source>
        <translation>--form måste vara citrate, glycinate, oxide, chloride, lactate, malate, sulfate eller other, inte ”%1”.</translation>
    </message>
    <message>
        <source>--outcome must be rls_severity, sleep_quality or total_sleep_min, not &quot;%1&quot;.</source>
        <translation>--outcome måste vara rls_severity, sleep_quality eller total_sleep_min, inte ”%1”.</translation>
    </message>
    <message>
        <source>The plan was not saved: the safety notes above advise against this dose for you. Choose a lower dose, or talk to your doctor first.</source>
        <translation>Planen sparades inte: säkerhetsnoteringarna ovan avråder från den här dosen för dig. Välj en lägre dos, eller tala med din läkare först.</translation>
    </message>
    <message>
        <source>No self-experiment is planned. Plan one with stilla-cli experiment plan.</source>
        <translation>Inget självexperiment är planerat. Planera ett med stilla-cli experiment plan.</translation>
    </message>
    <message>
        <source>Show the self-experiment and where a day is in it.</source>
        <translation>Visa självexperimentet och var i det en dag ligger.</translation>
    </message>
    <message>
        <source>The day to show, as YYYY-MM-DD (default today).</source>
        <translation>Dagen som ska visas, som YYYY-MM-DD (standard i dag).</translation>
    </message>
    <message>
        <source>Print one JSON object with the plan and the day&apos;s phase.</source>
        <translation>Skriv ut ett JSON-objekt med planen och dagens fas.</translation>
    </message>
    <message>
        <source>Stop the self-experiment early: the day given and the days after it are no longer part of it. What was logged until then is kept and can be read.</source>
        <translation>Avsluta självexperimentet i förtid: den angivna dagen och dagarna efter den ingår inte längre. Det som antecknats fram till dess finns kvar och kan läsas.</translation>
    </message>
    <message>
        <source>Pause the self-experiment from the day given: paused days count for nothing, and the phases go on from where they stopped when it is resumed.</source>
        <translation>Gör uppehåll i självexperimentet från den angivna dagen: dagar under uppehållet räknas inte, och faserna fortsätter där de slutade när experimentet återupptas.</translation>
    </message>
    <message>
        <source>Resume a paused self-experiment on the day given.</source>
        <translation>Återuppta ett självexperiment med uppehåll den angivna dagen.</translation>
    </message>
    <message>
        <source>The day, as YYYY-MM-DD (default today).</source>
        <translation>Dagen, som YYYY-MM-DD (standard i dag).</translation>
    </message>
    <message>
        <source>Show what the self-experiment says so far for its primary outcome.</source>
        <translation>Visa vad självexperimentet hittills säger om sitt huvudsakliga utfall.</translation>
    </message>
    <message>
        <source>The last day to count, as YYYY-MM-DD (default today).</source>
        <translation>Den sista dagen som räknas, som YYYY-MM-DD (standard i dag).</translation>
    </message>
    <message>
        <source>Print one JSON object with the keys outcome, pattern, phase_days, washout_days, n_a, n_b, mean_a, mean_b, difference, ci95_low, ci95_high, maxlags, adherence_b and verdict (null where there is too little data), phases (phase, arm, n, mean) and secondary (the other outcomes, which do not decide the answer).</source>
        <translation>Skriv ut ett JSON-objekt med nycklarna outcome, pattern, phase_days, washout_days, n_a, n_b, mean_a, mean_b, difference, ci95_low, ci95_high, maxlags, adherence_b och verdict (null där det finns för lite data), phases (phase, arm, n, mean) och secondary (de andra måtten, som inte avgör svaret).</translation>
    </message>
    <message>
        <source>Plan and follow a self-experiment: does magnesium help you? (experiment plan, show, pause, resume, stop or result).</source>
        <translation>Planera och följ ett självexperiment: hjälper magnesium dig? (experiment plan, show, pause, resume, stop eller result).</translation>
    </message>
</context>
<context>
    <name>stilla::ExperimentDialog</name>
    <message>
        <source>Self-Experiment — Stilla</source>
        <translation>Självexperiment — Stilla</translation>
    </message>
    <message>
        <source>Does magnesium help me?</source>
        <translation>Hjälper magnesium mig?</translation>
    </message>
    <message>
        <source>&amp;First day:</source>
        <translation>&amp;Första dagen:</translation>
    </message>
    <message>
        <source>&amp;Order of the phases:</source>
        <translation>&amp;Ordning på faserna:</translation>
    </message>
    <message>
        <source>A is a phase without a magnesium supplement, B a phase with it. Two phases of each, or more, are needed for an answer.</source>
        <translation>A är en fas utan magnesiumtillskott, B en fas med. Det behövs minst två faser av varje för ett svar.</translation>
    </message>
    <message>
        <source>Days &amp;left out at the start of a phase:</source>
        <translation>Dagar som &amp;inte räknas i början av en fas:</translation>
    </message>
    <message>
        <source>The effect of the phase before may last a few days into the next; these days are logged but not analysed.</source>
        <translation>Effekten av fasen före kan vara kvar några dagar in i nästa. De dagarna antecknas men analyseras inte.</translation>
    </message>
    <message>
        <source>&amp;Magnesium a day in the B phases:</source>
        <translation>&amp;Magnesium per dag i B-faserna:</translation>
    </message>
    <message>
        <source>What &amp;decides the answer:</source>
        <translation>&amp;Vad som avgör svaret:</translation>
    </message>
    <message>
        <source>RLS severity</source>
        <translation>RLS-symtomens svårighetsgrad</translation>
    </message>
    <message>
        <source>Sleep quality</source>
        <translation>Sömnkvalitet</translation>
    </message>
    <message>
        <source>Total sleep</source>
        <translation>Total sömntid</translation>
    </message>
    <message>
        <source>&amp;Start the Experiment</source>
        <translation>&amp;Starta experimentet</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Gör uppehåll</translation>
    </message>
    <message>
        <source>S&amp;top Early…</source>
        <translation>&amp;Avsluta i förtid…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Stä&amp;ng</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>Åter&amp;uppta</translation>
    </message>
    <message numerus="yes">
        <source>It takes %Ln day(s).</source>
        <translation>
            <numerusform>Det tar %Ln dag.</numerusform>
            <numerusform>Det tar %Ln dagar.</numerusform>
        </translation>
    </message>
    <message>
        <source>The safety notes advise against this dose for you: choose a lower dose, or talk to your doctor first.</source>
        <translation>Säkerhetsnoteringarna avråder från den här dosen för dig. Välj en lägre dos, eller tala med din läkare först.</translation>
    </message>
    <message>
        <source>Stop the Experiment?</source>
        <translation>Avsluta experimentet?</translation>
    </message>
    <message>
        <source>Stop the self-experiment today? The days logged so far are kept, and the result shows what they say, but an experiment stopped early may not give an answer.</source>
        <translation>Vill du avsluta självexperimentet i dag? Dagarna som antecknats hittills finns kvar, och resultatet visar vad de säger, men ett experiment som avslutas i förtid ger kanske inget svar.</translation>
    </message>
    <message>
        <source>Days in each p&amp;hase:</source>
        <translation>&amp;Dagar i varje fas:</translation>
    </message>
    <message>
        <source>Suppl&amp;ement form:</source>
        <translation>&amp;Tillskottets form:</translation>
    </message>
    <message>
        <source>Plan a &amp;New Experiment</source>
        <translation>Planera ett nytt e&amp;xperiment</translation>
    </message>
    <message>
        <source>Chart of the average in each phase</source>
        <translation>Diagram över medelvärdet i varje fas</translation>
    </message>
    <message>
        <source>Chosen now, before the start: only this one decides the answer. The other two are shown beside it, as secondary results.</source>
        <translation>Väljs nu, före starten: bara det här avgör svaret. De andra två visas bredvid, som sekundära resultat.</translation>
    </message>
    <message>
        <source>Start of the Self-Experiment of %1</source>
        <translation>start av självexperimentet den %1</translation>
    </message>
    <message>
        <source>Resumption of the Self-Experiment</source>
        <translation>återupptagning av självexperimentet</translation>
    </message>
    <message>
        <source>Pause of the Self-Experiment</source>
        <translation>paus i självexperimentet</translation>
    </message>
    <message>
        <source>Stop of the Self-Experiment</source>
        <translation>avslut av självexperimentet</translation>
    </message>
    <message>
        <source>Start with these safety notes?</source>
        <translation>Starta trots säkerhetsnoteringarna?</translation>
    </message>
    <message>
        <source>The safety notes say about this plan: %1</source>
        <translation>Säkerhetsnoteringarna säger om den här planen: %1</translation>
    </message>
    <message>
        <source>Choose Cancel to change the dose or to talk to your doctor first, or Yes to start the experiment as planned.</source>
        <translation>Välj Avbryt för att ändra dosen eller tala med din läkare först, eller Ja för att starta experimentet som planerat.</translation>
    </message>
    <message>
        <source>A self-experiment compares phases without a magnesium supplement (A) with phases in which you take it (B), in an order planned now. Choose everything before the start, keep to the plan and fill in the diary every day: only then can the result suggest whether magnesium helps you, and how sure that is. Keep your other treatments as they are, and talk to your doctor before you start.</source>
        <translation>Ett självexperiment jämför faser utan magnesiumtillskott (A) med faser då du tar det (B), i en ordning som planeras nu. Bestäm allt före starten, håll dig till planen och fyll i dagboken varje dag. Bara då kan resultatet antyda om magnesium hjälper dig, och hur säkert det är. Behåll dina andra behandlingar som de är, och tala med din läkare innan du börjar.</translation>
    </message>
</context>
<context>
    <name>stilla::ExperimentPlan</name>
    <message>
        <source>The experiment needs a valid first day.</source>
        <translation>Experimentet behöver en giltig första dag.</translation>
    </message>
    <message>
        <source>The pattern &quot;%1&quot; must be %2 to %3 letters A (without magnesium) and B (with), with both letters in it, such as ABAB.</source>
        <translation>Mönstret ”%1” måste bestå av %2 till %3 bokstäver A (utan magnesium) och B (med), med båda bokstäverna, till exempel ABAB.</translation>
    </message>
    <message>
        <source>A phase must last %1 to %2 days, not %3: shorter phases cannot show a change in symptoms that come and go.</source>
        <translation>En fas måste vara %1 till %2 dagar, inte %3. Kortare faser kan inte visa en förändring i symtom som kommer och går.</translation>
    </message>
    <message>
        <source>The days left out at the start of each phase must be from 0 to half the phase (%1), not %2.</source>
        <translation>Dagarna som inte räknas i början av varje fas måste vara från 0 till halva fasen (%1), inte %2.</translation>
    </message>
    <message>
        <source>The planned dose must be above 0 and at most %1&#xa0;mg of elemental magnesium a day.</source>
        <translation>Den planerade dosen måste vara över 0 och högst %1&#xa0;mg elementärt magnesium per dag.</translation>
    </message>
    <message>
        <source>A pause must start after the first day and end after it starts.</source>
        <translation>Ett uppehåll måste börja efter den första dagen och sluta efter att det har börjat.</translation>
    </message>
    <message>
        <source>Only a running experiment can be paused, and on %1 it is not running.</source>
        <translation>Bara ett pågående experiment kan få uppehåll, och %1 pågår det inte.</translation>
    </message>
    <message>
        <source>The experiment is not paused before %1, so it cannot be resumed then.</source>
        <translation>Experimentet har inget uppehåll före %1, så det kan inte återupptas då.</translation>
    </message>
    <message>
        <source>The experiment had already ended by %1.</source>
        <translation>Experimentet hade redan slutat %1.</translation>
    </message>
    <message>
        <source>A pause can begin on the experiment&apos;s second day at the earliest. To start it later, stop it and plan a new one.</source>
        <translation>Ett uppehåll kan börja tidigast på experimentets andra dag. Vill du börja senare kan du avsluta det och planera ett nytt.</translation>
    </message>
    <message>
        <source>The experiment is already stopped; its last day is %1.</source>
        <translation>Experimentet är redan avslutat; dess sista dag är %1.</translation>
    </message>
</context>
<context>
    <name>stilla::ExperimentResult</name>
    <message>
        <source>The difference (with minus without) is %1, and its 95% interval runs from %2 to %3; the interval allows for days that run in streaks.</source>
        <translation>Skillnaden (med minus utan) är %1, och dess 95-procentiga konfidensintervall går från %2 till %3. Intervallet tar hänsyn till att dagar går i perioder.</translation>
    </message>
    <message numerus="yes">
        <source>Too little data to say yet: the answer needs at least %Ln analysed days with and without magnesium, in at least two phases of each.</source>
        <translation>
            <numerusform>Det finns för lite data för att säga något än. Svaret behöver minst %Ln analyserad dag med och utan magnesium, i minst två faser av varje.</numerusform>
            <numerusform>Det finns för lite data för att säga något än. Svaret behöver minst %Ln analyserade dagar med och utan magnesium, i minst två faser av varje.</numerusform>
        </translation>
    </message>
    <message>
        <source>RLS severity %1 without magnesium and %2 with it</source>
        <translation>RLS-symtomens svårighetsgrad %1 utan magnesium och %2 med</translation>
    </message>
    <message>
        <source>sleep quality %1 without magnesium and %2 with it</source>
        <translation>sömnkvalitet %1 utan magnesium och %2 med</translation>
    </message>
    <message>
        <source>total sleep %1&#xa0;min without magnesium and %2&#xa0;min with it</source>
        <translation>total sömn %1&#xa0;min utan magnesium och %2&#xa0;min med</translation>
    </message>
    <message>
        <source>(95% interval of the difference %1 to %2)</source>
        <translation>(skillnadens 95-procentiga konfidensintervall %1 till %2)</translation>
    </message>
    <message>
        <source>Also recorded, not deciding the answer: %1.</source>
        <translation>Även antecknat, men avgör inte svaret: %1.</translation>
    </message>
    <message>
        <source>Average RLS severity: %1 in the phases without magnesium, %2 in the phases with it (analysed days: %L3 without, %L4 with).</source>
        <translation>Genomsnittlig svårighetsgrad för RLS-symtomen: %1 i faserna utan magnesium, %2 i faserna med (analyserade dagar: %L3 utan, %L4 med).</translation>
    </message>
    <message>
        <source>Average sleep quality: %1 in the phases without magnesium, %2 in the phases with it (analysed nights: %L3 without, %L4 with).</source>
        <translation>Genomsnittlig sömnkvalitet: %1 i faserna utan magnesium, %2 i faserna med (analyserade nätter: %L3 utan, %L4 med).</translation>
    </message>
    <message>
        <source>Average total sleep: %1&#xa0;min in the phases without magnesium, %2&#xa0;min in the phases with it (analysed nights: %L3 without, %L4 with).</source>
        <translation>Genomsnittlig total sömntid: %1&#xa0;min i faserna utan magnesium, %2&#xa0;min i faserna med (analyserade nätter: %L3 utan, %L4 med).</translation>
    </message>
    <message>
        <source>a supplement on %1 of the B days (%L2)</source>
        <translation>tillskott på %1 av B-dagarna (%L2)</translation>
    </message>
    <message>
        <source>none on %1 of the A days (%L2)</source>
        <translation>inget på %1 av A-dagarna (%L2)</translation>
    </message>
    <message>
        <source>Kept to the plan, on the days logged: %1.</source>
        <translation>Följt planen, de antecknade dagarna: %1.</translation>
    </message>
    <message>
        <source>No clear difference: the interval includes 0, so these days cannot tell whether magnesium helps, makes no difference or makes it worse.</source>
        <translation>Ingen tydlig skillnad: intervallet omfattar 0, så de här dagarna kan inte visa om magnesium hjälper, inte gör någon skillnad eller gör det sämre.</translation>
    </message>
    <message>
        <source>The experiment was not blinded: expectation (the person knew when magnesium was taken), other changes during the phases and the seasons cannot be ruled out. In RLS treatment trials, symptoms ease markedly on placebo too (Fulda and Wetter, Brain 2008;131:902–917).</source>
        <translation>Experimentet var inte blindat: förväntan (personen visste när magnesium togs), andra förändringar under faserna och årstiderna kan inte uteslutas. I behandlingsstudier vid RLS lindras symtomen tydligt även med placebo (Fulda och Wetter, Brain 2008;131:902–917).</translation>
    </message>
    <message>
        <source>This is not proof. It cannot rule out expectation (you knew when you took magnesium), other changes in your life during the phases, or the seasons. In studies of RLS treatments, symptoms often eased a good deal on a dummy pill too.</source>
        <translation>Det här är inget bevis. Det kan inte utesluta förväntningar (du visste när du tog magnesium), andra förändringar i ditt liv under faserna eller årstiderna. I studier av behandlingar mot RLS lindrades symtomen ofta en hel del även av en verkningslös tablett.</translation>
    </message>
    <message>
        <source>Better with magnesium: the whole interval lies on the better side. Whether a difference of that size matters is another question.</source>
        <translation>Bättre med magnesium: hela intervallet ligger på den bättre sidan. Om en skillnad av den storleken spelar roll är en annan fråga.</translation>
    </message>
    <message>
        <source>Worse with magnesium: the whole interval lies on the worse side.</source>
        <translation>Sämre med magnesium: hela intervallet ligger på den sämre sidan.</translation>
    </message>
</context>
<context>
    <name>stilla::ExperimentSchedule</name>
    <message>
        <source>The self-experiment starts on %1.</source>
        <translation>Självexperimentet börjar %1.</translation>
    </message>
    <message>
        <source>The self-experiment is paused. Resume it when you are ready; the phases go on from where they stopped.</source>
        <translation>Självexperimentet har uppehåll. Återuppta det när du är redo; faserna fortsätter där de slutade.</translation>
    </message>
    <message>
        <source>The self-experiment ended on %1. Its result is ready.</source>
        <translation>Självexperimentet slutade %1. Resultatet är klart.</translation>
    </message>
    <message>
        <source>The self-experiment was stopped on %1.</source>
        <translation>Självexperimentet avslutades %1.</translation>
    </message>
    <message>
        <source>%1&#xa0;mg</source>
        <translation>%1&#xa0;mg</translation>
    </message>
    <message>
        <source>Magnesium phase (B), day %1 of %2: %3 of magnesium planned.</source>
        <translation>Magnesiumfas (B), dag %1 av %2: %3 magnesium enligt planen.</translation>
    </message>
    <message>
        <source>Phase without magnesium (A), day %1 of %2: no magnesium supplement.</source>
        <translation>Fas utan magnesium (A), dag %1 av %2: inget magnesiumtillskott.</translation>
    </message>
    <message numerus="yes">
        <source>The first %Ln day(s) of a phase are not analysed, as the phase before may still have an effect.</source>
        <translation>
            <numerusform>Den första dagen i en fas analyseras inte, eftersom fasen före kan ha kvar en effekt.</numerusform>
            <numerusform>De första %Ln dagarna i en fas analyseras inte, eftersom fasen före kan ha kvar en effekt.</numerusform>
        </translation>
    </message>
    <message>
        <source>RLS severity</source>
        <translation>RLS-symtomens svårighetsgrad</translation>
    </message>
    <message>
        <source>sleep quality</source>
        <translation>sömnkvaliteten</translation>
    </message>
    <message>
        <source>total sleep</source>
        <translation>den totala sömntiden</translation>
    </message>
    <message numerus="yes">
        <source>Self-experiment from %1 to %2: phases %3 of %Ln day(s) each (A without magnesium, B with %4&#xa0;mg a day); days not analysed at the start of each phase: %5; the primary outcome is %6.</source>
        <translation>
            <numerusform>Självexperiment från %1 till %2: faserna %3, %Ln dag vardera (A utan magnesium, B med %4&#xa0;mg per dag); dagar som inte analyseras i början av varje fas: %5; det huvudsakliga utfallet är %6.</numerusform>
            <numerusform>Självexperiment från %1 till %2: faserna %3, %Ln dagar vardera (A utan magnesium, B med %4&#xa0;mg per dag); dagar som inte analyseras i början av varje fas: %5; det huvudsakliga utfallet är %6.</numerusform>
        </translation>
    </message>
    <message>
        <source>The experiment was stopped early: %1 is its last day.</source>
        <translation>Experimentet avslutades i förtid: %1 är dess sista dag.</translation>
    </message>
</context>
<context>
    <name>stilla::ExportCommand</name>
    <message>
        <source>Write the diary, or some days of it, as JSON or CSV.</source>
        <translation>Exportera dagboken, eller några dagar ur den, som JSON eller CSV.</translation>
    </message>
    <message>
        <source>Write the diary&apos;s days to FILE, or to standard output when FILE is -.</source>
        <translation>Skriv dagbokens dagar till FILE, eller till standard ut när FILE är -.</translation>
    </message>
    <message>
        <source>json (every field) or csv (one row a day; a summary). Default: from the file name.</source>
        <translation>json (alla fält) eller csv (en rad per dag; en sammanfattning). Standard: avgörs av filnamnet.</translation>
    </message>
    <message>
        <source>First day to export, as YYYY-MM-DD.</source>
        <translation>Första dagen att exportera, som YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Last day to export, as YYYY-MM-DD.</source>
        <translation>Sista dagen att exportera, som YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Where to write, or - for stdout.</source>
        <translation>Var det ska skrivas, eller ”-” för standard ut.</translation>
    </message>
    <message>
        <source>export needs exactly one FILE (or - for standard output).</source>
        <translation>export behöver exakt en FILE (eller ”-” för standard ut).</translation>
    </message>
    <message>
        <source>--format must be json or csv.</source>
        <translation>--format måste vara json eller csv.</translation>
    </message>
    <message>
        <source>Add --format json or --format csv.</source>
        <translation>Lägg till --format json eller --format csv.</translation>
    </message>
</context>
<context>
    <name>stilla::FieldText</name>
    <message>
        <source>&quot;%1&quot; is not a date. Write dates as YYYY-MM-DD, for example 2024-03-05.</source>
        <translation>”%1” är inget datum. Skriv datum som YYYY-MM-DD, till exempel 2024-03-05.</translation>
    </message>
    <message>
        <source>%1 is not a real date: there is no such day. Check the year, month and day.</source>
        <translation>%1 är inget riktigt datum: den dagen finns inte. Kontrollera år, månad och dag.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time. Write times as HH:MM on a 24-hour clock, for example 22:30.</source>
        <translation>”%1” är inget klockslag. Skriv tider som tt:mm med 24-timmarsklocka, till exempel 22:30.</translation>
    </message>
    <message>
        <source>%1 is not a time of day: hours go from 00 to 23 and minutes from 00 to 59.</source>
        <translation>%1 är inget klockslag: timmar går från 00 till 23 och minuter från 00 till 59.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number. Write it with digits only, for example 12.</source>
        <translation>”%1” är inget heltal. Skriv det med bara siffror, till exempel 12.</translation>
    </message>
    <message>
        <source>%1 is far too large.</source>
        <translation>%1 är alldeles för stort.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number. Use a point as the decimal mark and no thousands separator, for example 1250.5.</source>
        <translation>”%1” är inget tal. Använd punkt som decimaltecken och inget tecken mellan tusental, till exempel 1250.5.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number. Write it with digits and, if needed, a decimal point, for example 12.5.</source>
        <translation>”%1” är inget tal. Skriv det med siffror och vid behov en decimalpunkt, till exempel 12.5.</translation>
    </message>
    <message>
        <source>%1... has too many digits.</source>
        <translation>%1... har för många siffror.</translation>
    </message>
    <message>
        <source>The file is UTF-16 text, not UTF-8. Save it as UTF-8 (in a spreadsheet: &quot;CSV UTF-8&quot;) and try again.</source>
        <translation>Filen är UTF-16-text, inte UTF-8. Spara den som UTF-8 (i ett kalkylprogram: ”CSV UTF-8”) och försök igen.</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text: byte %1 is a NUL character, as in UTF-16 text or a file that is not text at all. Save the file as UTF-8 and try again.</source>
        <translation>Filen är inte UTF-8-text: byte %1 är ett NUL-tecken, som i UTF-16-text eller i en fil som inte är text alls. Spara filen som UTF-8 och försök igen.</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text: byte %1 cannot be read (the file may be in Latin-1 or another older encoding). Save the file as UTF-8 and try again.</source>
        <translation>Filen är inte UTF-8-text: byte %1 går inte att läsa (filen kan vara sparad i Latin-1 eller en annan äldre teckenkodning). Spara filen som UTF-8 och försök igen.</translation>
    </message>
    <message>
        <source>The file has more than %L1 days, which is more than a century: it cannot be a diary. Nothing in it is imported; check that it is the right file.</source>
        <translation>Filen har fler än %L1 dagar, vilket är mer än ett sekel: det kan inte vara en dagbok. Inget i den importeras; kontrollera att det är rätt fil.</translation>
    </message>
    <message>
        <source>The file is too large to be a diary (%1 MB; at most %2 MB are read). Check that it is the right file.</source>
        <translation>Filen är för stor för att vara en dagbok (%1 MB; högst %2 MB läses). Kontrollera att det är rätt fil.</translation>
    </message>
    <message>
        <source>There are too many problems; reading stopped here. Is this the right file?</source>
        <translation>Det finns för många problem, så läsningen stoppades här. Är det rätt fil?</translation>
    </message>
</context>
<context>
    <name>stilla::FileMenu</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>&amp;Import into the Diary…</source>
        <translation>&amp;Importera till dagboken…</translation>
    </message>
    <message>
        <source>&amp;Export the Diary…</source>
        <translation>&amp;Exportera dagboken…</translation>
    </message>
    <message>
        <source>Report for the &amp;Doctor…</source>
        <translation>Rapport till &amp;läkaren…</translation>
    </message>
    <message>
        <source>Self-E&amp;xperiment…</source>
        <translation>Självex&amp;periment…</translation>
    </message>
    <message>
        <source>&amp;Back Up the Diary…</source>
        <translation>&amp;Säkerhetskopiera dagboken…</translation>
    </message>
    <message>
        <source>&amp;Restore a Backup…</source>
        <translation>Åte&amp;rställ en säkerhetskopia…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>&amp;Lab Results…</source>
        <translation>Pro&amp;vsvar…</translation>
    </message>
</context>
<context>
    <name>stilla::FindBar</name>
    <message>
        <source>No matches</source>
        <translation>Inga träffar</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 av %2</translation>
    </message>
    <message>
        <source>Find in the guide</source>
        <translation>Sök i guiden</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>Föregående träff (Skift+Retur)</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Föregående träff</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>Nästa träff (Retur)</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Nästa träff</translation>
    </message>
    <message>
        <source>Close (Escape)</source>
        <translation>Stäng (Esc)</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>Stäng sökfältet</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Töm sökfältet</translation>
    </message>
</context>
<context>
    <name>stilla::FindingsPanel</name>
    <message>
        <source>In the guide</source>
        <translation>I guiden</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Detaljer: %1</translation>
    </message>
    <message>
        <source>Read about this in the guide: %1</source>
        <translation>Läs om det här i guiden: %1</translation>
    </message>
    <message>
        <source>Hide the details</source>
        <translation>Dölj detaljerna</translation>
    </message>
    <message>
        <source>Show the details</source>
        <translation>Visa detaljerna</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more safety note(s) below: scroll to see them</source>
        <translation>
            <numerusform>Ytterligare %Ln säkerhetsnotering nedanför: rulla för att se den</numerusform>
            <numerusform>Ytterligare %Ln säkerhetsnoteringar nedanför: rulla för att se dem</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more safety note(s) above</source>
        <translation>
            <numerusform>Ytterligare %Ln säkerhetsnotering ovanför</numerusform>
            <numerusform>Ytterligare %Ln säkerhetsnoteringar ovanför</numerusform>
        </translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Källa: %1</translation>
    </message>
</context>
<context>
    <name>stilla::FoodCatalogue</name>
    <message>
        <source>The food catalogue (%1) is missing from this build of Stilla. Please reinstall Stilla.</source>
        <translation>Livsmedelskatalogen (%1) saknas i den här versionen av Stilla. Installera om Stilla.</translation>
    </message>
    <message>
        <source>The article food &quot;%1&quot; names a food that is not in the catalogue (%2). Please reinstall Stilla.</source>
        <translation>Artikelns livsmedel ”%1” hänvisar till ett livsmedel som inte finns i katalogen (%2). Installera om Stilla.</translation>
    </message>
    <message>
        <source>1 portion</source>
        <translation>1 portion</translation>
    </message>
    <message>
        <source>The Swedish measures name food %1, which is not in the catalogue. Please reinstall Stilla.</source>
        <translation>De svenska hushållsmåtten gäller livsmedel %1, som inte finns i katalogen. Installera om Stilla.</translation>
    </message>
</context>
<context>
    <name>stilla::FoodDayPanel</name>
    <message>
        <source>Magnesium so far against the daily target</source>
        <translation>Magnesium hittills i förhållande till det dagliga målet</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 — %2&#xa0;g, %3&#xa0;mg</source>
        <translation>%1 — %2&#xa0;g, %3&#xa0;mg</translation>
    </message>
    <message>
        <source>Supplement — %1&#xa0;mg</source>
        <translation>Tillskott — %1&#xa0;mg</translation>
    </message>
    <message>
        <source>%1&#xa0;mg of your %2&#xa0;mg daily target (%3).</source>
        <translation>%1&#xa0;mg av ditt dagliga mål på %2&#xa0;mg (%3).</translation>
    </message>
    <message>
        <source>%1&#xa0;mg so far.</source>
        <translation>%1&#xa0;mg hittills.</translation>
    </message>
    <message>
        <source>⚠ %1. The daily target below is for food and supplements together, not a reason to take more supplements; the diary&apos;s safety notes say more.</source>
        <translation>⚠ %1. Det dagliga målet nedan gäller mat och tillskott tillsammans och är inget skäl att ta mer tillskott; säkerhetsnoteringarna i dagboken säger mer.</translation>
    </message>
    <message>
        <source>⚠ %1; the diary&apos;s safety notes say more.</source>
        <translation>⚠ %1; säkerhetsnoteringarna i dagboken säger mer.</translation>
    </message>
</context>
<context>
    <name>stilla::FoodDetailsPanel</name>
    <message>
        <source>&amp;Portion:</source>
        <translation>&amp;Portion:</translation>
    </message>
    <message>
        <source>Portion</source>
        <translation>Portion</translation>
    </message>
    <message>
        <source>&amp;Servings:</source>
        <translation>Antal p&amp;ortioner:</translation>
    </message>
    <message>
        <source>Number of portions</source>
        <translation>Antal portioner</translation>
    </message>
    <message>
        <source>Or &amp;grams:</source>
        <translation>Eller &amp;gram:</translation>
    </message>
    <message>
        <source>Amount in grams</source>
        <translation>Mängd i gram</translation>
    </message>
    <message>
        <source>Mark as a favourite</source>
        <translation>Markera som favorit</translation>
    </message>
    <message>
        <source>Edit this food of your own</source>
        <translation>Ändra ditt eget livsmedel</translation>
    </message>
    <message>
        <source>Delete this food of your own</source>
        <translation>Ta bort ditt eget livsmedel</translation>
    </message>
    <message>
        <source>Choose a food</source>
        <translation>Välj ett livsmedel</translation>
    </message>
    <message>
        <source>Search on the left, then pick a food to see its magnesium and add it to your diary.</source>
        <translation>Sök till vänster och välj sedan ett livsmedel för att se hur mycket magnesium det innehåller och lägga till det i dagboken.</translation>
    </message>
    <message>
        <source>☆ Favourite</source>
        <translation>☆ Favorit</translation>
    </message>
    <message>
        <source>&lt;b&gt;Named in the guide&lt;/b&gt; as rich in magnesium.</source>
        <translation>&lt;b&gt;Nämns i guiden&lt;/b&gt; som rikt på magnesium.</translation>
    </message>
    <message>
        <source>%1&#xa0;mg of magnesium per 100&#xa0;g%2</source>
        <translation>%1&#xa0;mg magnesium per 100&#xa0;g%2</translation>
    </message>
    <message>
        <source> — &lt;b&gt;rich in magnesium&lt;/b&gt;</source>
        <translation> — &lt;b&gt;rikt på magnesium&lt;/b&gt;</translation>
    </message>
    <message>
        <source>In the database: %1</source>
        <translation>I databasen: %1</translation>
    </message>
    <message>
        <source>1&#xa0;g (type the grams)</source>
        <translation>1&#xa0;g (skriv antal gram)</translation>
    </message>
    <message>
        <source>★ Favourite</source>
        <translation>★ Favorit</translation>
    </message>
    <message>
        <source>= %1&#xa0;mg of magnesium</source>
        <translation>= %1&#xa0;mg magnesium</translation>
    </message>
    <message>
        <source>&amp;Add to %1</source>
        <translation>&amp;Lägg till för %1</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>&amp;Ändra…</translation>
    </message>
    <message>
        <source>Dele&amp;te</source>
        <translation>&amp;Ta bort</translation>
    </message>
</context>
<context>
    <name>stilla::FoodPack</name>
    <message>
        <source>The food catalogue in this build of Stilla is damaged (%1). Please reinstall Stilla.</source>
        <translation>Livsmedelskatalogen i den här versionen av Stilla är skadad (%1). Installera om Stilla.</translation>
    </message>
</context>
<context>
    <name>stilla::FoodPortions</name>
    <message>
        <source>%1&#xa0;g</source>
        <translation>%1&#xa0;g</translation>
    </message>
    <message>
        <source>%1 (%2&#xa0;g)</source>
        <translation>%1 (%2&#xa0;g)</translation>
    </message>
</context>
<context>
    <name>stilla::FoodResultsModel</name>
    <message>
        <source>Swedish Food Agency</source>
        <translation>Livsmedelsverket</translation>
    </message>
    <message>
        <source>USDA</source>
        <translation>USDA</translation>
    </message>
    <message>
        <source>My foods</source>
        <translation>Mina livsmedel</translation>
    </message>
    <message>
        <source>%1&#xa0;mg</source>
        <translation>%1&#xa0;mg</translation>
    </message>
    <message>
        <source>In the guide</source>
        <translation>I guiden</translation>
    </message>
    <message>
        <source>★ Favourite</source>
        <translation>★ Favorit</translation>
    </message>
    <message>
        <source>Recent</source>
        <translation>Nyligen använt</translation>
    </message>
    <message>
        <source>Rich in magnesium</source>
        <translation>Rikt på magnesium</translation>
    </message>
    <message>
        <source>Food</source>
        <translation>Livsmedel</translation>
    </message>
    <message>
        <source>Per 100&#xa0;g</source>
        <translation>Per 100&#xa0;g</translation>
    </message>
    <message>
        <source>Per portion</source>
        <translation>Per portion</translation>
    </message>
    <message>
        <source>name in English only</source>
        <translation>namnet finns bara på engelska</translation>
    </message>
    <message>
        <source>name in Swedish only</source>
        <translation>namnet finns bara på svenska</translation>
    </message>
    <message>
        <source>%1&#xa0;mg in %2</source>
        <translation>%1&#xa0;mg i %2</translation>
    </message>
    <message>
        <source>SLV</source>
        <comment>the Swedish Food Agency (Livsmedelsverket), short</comment>
        <translation>SLV</translation>
    </message>
    <message>
        <source>mine</source>
        <comment>one of the person&apos;s own foods, short</comment>
        <translation>egen</translation>
    </message>
    <message>
        <source>Both databases have this food: %1&#xa0;mg of magnesium per 100&#xa0;g in the Swedish Food Agency&apos;s (SLV) and %2&#xa0;mg in USDA&apos;s. Each analysed its own samples, at other times and places, so the values differ; either is a fair estimate.</source>
        <translation>Båda databaserna har det här livsmedlet: %1&#xa0;mg magnesium per 100&#xa0;g i Livsmedelsverkets (SLV) och %2&#xa0;mg i USDA:s. Var och en analyserade sina egna prover, vid andra tider och på andra platser, så värdena skiljer sig. Båda är rimliga uppskattningar.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Both databases have this food, with the same amount: %1&#xa0;mg of magnesium per 100&#xa0;g in the Swedish Food Agency&apos;s (SLV) and in USDA&apos;s.</source>
        <translation>Båda databaserna har livsmedlet, med samma mängd: %1&#xa0;mg magnesium per 100&#xa0;g i Livsmedelsverkets (SLV) och i USDA:s.</translation>
    </message>
    <message>
        <source>Food group, source and notes</source>
        <translation>Livsmedelsgrupp, källa och noteringar</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
</context>
<context>
    <name>stilla::FoodTables</name>
    <message>
        <source>The food needs a name.</source>
        <translation>Livsmedlet behöver ett namn.</translation>
    </message>
    <message>
        <source>The name is longer than %1 characters.</source>
        <translation>Namnet är längre än %1 tecken.</translation>
    </message>
    <message>
        <source>Magnesium must be from 0 to %1&#xa0;mg per 100&#xa0;g.</source>
        <translation>Magnesium måste vara från 0 till %1&#xa0;mg per 100&#xa0;g.</translation>
    </message>
    <message>
        <source>A portion must weigh more than 0&#xa0;g and at most %1&#xa0;g.</source>
        <translation>En portion måste väga mer än 0&#xa0;g och högst %1&#xa0;g.</translation>
    </message>
    <message>
        <source>The portion &quot;%1&quot; needs its weight in grams.</source>
        <translation>Portionen ”%1” behöver en vikt i gram.</translation>
    </message>
    <message>
        <source>The portion&apos;s name is longer than %1 characters.</source>
        <translation>Portionens namn är längre än %1 tecken.</translation>
    </message>
    <message>
        <source>there is no food number %1 in the diary (was it removed?)</source>
        <translation>det finns inget livsmedel nummer %1 i dagboken (har det tagits bort?)</translation>
    </message>
    <message>
        <source>the saved food could not be read back</source>
        <translation>det sparade livsmedlet gick inte att läsa tillbaka</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a food source (slv, usda or custom).</source>
        <translation>”%1” är ingen livsmedelskälla (slv, usda eller custom).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a food id.</source>
        <translation>”%1” är inget id för ett livsmedel.</translation>
    </message>
    <message>
        <source>a new food needs the time it was added</source>
        <translation>ett nytt livsmedel behöver tiden då det lades till</translation>
    </message>
</context>
<context>
    <name>stilla::FoodsCommand</name>
    <message>
        <source>Run stilla-cli foods search --help for the options.</source>
        <translation>Kör stilla-cli foods search --help för att se flaggorna.</translation>
    </message>
    <message>
        <source>Usage: stilla-cli foods search QUERY [--limit N] [--json] [--lang sv|en]

Search the food catalogue (Swedish Food Agency, USDA SR28 and your own foods) for magnesium per 100&#xa0;g.
</source>
        <translation>Användning: stilla-cli foods search QUERY [--limit N] [--json] [--lang sv|en]

Sök i livsmedelskatalogen (Livsmedelsverket, USDA SR28 och dina egna livsmedel) efter magnesium per 100&#xa0;g.
</translation>
    </message>
    <message>
        <source>foods needs an action: search.</source>
        <translation>foods behöver en åtgärd: search.</translation>
    </message>
    <message>
        <source>Unknown foods action &quot;%1&quot;; the action is search.</source>
        <translation>Okänd åtgärd för foods: ”%1”. Åtgärden är search.</translation>
    </message>
    <message>
        <source>Search the food catalogue for QUERY: the Swedish Food Agency&apos;s and USDA&apos;s foods, and your own foods when there is a diary. Matching ignores case and accents, takes the words in any order and forgives plural endings and one typo. Prints the best matches first with id, source, name, group and magnesium in mg per 100&#xa0;g. The table shows groups in the chosen language; --json gives them as the source names them.</source>
        <translation>Sök efter QUERY i livsmedelskatalogen: Livsmedelsverkets och USDA:s livsmedel, och dina egna livsmedel när det finns en dagbok. Sökningen bryr sig inte om stora och små bokstäver eller accenter, tar orden i valfri ordning och förlåter pluraländelser och ett stavfel. Skriver ut de bästa träffarna först med id, källa, namn, grupp och magnesium i mg per 100&#xa0;g. Tabellen visar grupperna på det valda språket; --json ger dem så som källan benämner dem.</translation>
    </message>
    <message>
        <source>Show at most N foods (default %1).</source>
        <translation>Visa högst N livsmedel (standard %1).</translation>
    </message>
    <message>
        <source>Print a JSON array of objects with the keys id, source, name, group, mg_per_100g.</source>
        <translation>Skriv ut en JSON-array med objekt som har nycklarna id, source, name, group, mg_per_100g.</translation>
    </message>
    <message>
        <source>sv or en: foods from the database in this language come first (default: the system language).</source>
        <translation>sv eller en: livsmedel från databasen på det här språket kommer först (standard: systemets språk).</translation>
    </message>
    <message>
        <source>What to look for.</source>
        <translation>Vad du söker efter.</translation>
    </message>
    <message>
        <source>foods search needs a QUERY.</source>
        <translation>foods search behöver en QUERY.</translation>
    </message>
    <message>
        <source>--limit must be a whole number from 1 to %1.</source>
        <translation>--limit måste vara ett heltal från 1 till %1.</translation>
    </message>
    <message>
        <source>--lang must be sv or en.</source>
        <translation>--lang måste vara sv eller en.</translation>
    </message>
    <message>
        <source>Searching without your own foods.</source>
        <translation>Söker utan dina egna livsmedel.</translation>
    </message>
    <message>
        <source>No food matches &quot;%1&quot;.</source>
        <translation>Inget livsmedel matchar ”%1”.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>source</source>
        <translation>källa</translation>
    </message>
    <message>
        <source>name</source>
        <translation>namn</translation>
    </message>
    <message>
        <source>group</source>
        <translation>grupp</translation>
    </message>
    <message>
        <source>mg/100&#xa0;g</source>
        <translation>mg/100&#xa0;g</translation>
    </message>
    <message>
        <source>Search the food catalogue for magnesium per 100&#xa0;g (foods search QUERY).</source>
        <translation>Sök i livsmedelskatalogen efter magnesium per 100&#xa0;g (foods search QUERY).</translation>
    </message>
</context>
<context>
    <name>stilla::FoodsPage</name>
    <message>
        <source>Foods</source>
        <translation>Livsmedel</translation>
    </message>
    <message>
        <source>The food databases could not be loaded: %1</source>
        <translation>Livsmedelsdatabaserna gick inte att läsa in: %1</translation>
    </message>
    <message>
        <source>Search foods in Swedish or English, e.g. pumpkin seeds or pumpafrön</source>
        <translation>Sök livsmedel på svenska eller engelska, t.ex. pumpafrön eller pumpkin seeds</translation>
    </message>
    <message>
        <source>Search foods</source>
        <translation>Sök livsmedel</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Alla källor</translation>
    </message>
    <message>
        <source>Swedish Food Agency</source>
        <translation>Livsmedelsverket</translation>
    </message>
    <message>
        <source>USDA (United States)</source>
        <translation>USDA (USA)</translation>
    </message>
    <message>
        <source>My foods</source>
        <translation>Mina livsmedel</translation>
    </message>
    <message>
        <source>Food source</source>
        <translation>Källa</translation>
    </message>
    <message>
        <source>Food group</source>
        <translation>Livsmedelsgrupp</translation>
    </message>
    <message>
        <source>&amp;Rich in magnesium</source>
        <translation>&amp;Rikt på magnesium</translation>
    </message>
    <message>
        <source>At least %1&#xa0;mg per 100&#xa0;g: &quot;high in magnesium&quot; as EU rules (Regulation 1924/2006) define it.</source>
        <translation>Minst %1&#xa0;mg per 100&#xa0;g: ”hög halt av magnesium” enligt EU:s regler (förordning 1924/2006).</translation>
    </message>
    <message>
        <source>&amp;New Food…</source>
        <translation>&amp;Nytt livsmedel…</translation>
    </message>
    <message>
        <source>Add a food of your own</source>
        <translation>Lägg till ett eget livsmedel</translation>
    </message>
    <message>
        <source>Foods found</source>
        <translation>Hittade livsmedel</translation>
    </message>
    <message numerus="yes">
        <source>The foods the guide names come first. Type to search all %Ln foods.</source>
        <translation>
            <numerusform>Livsmedlen som guiden nämner visas först. Skriv för att söka bland alla %Ln livsmedel.</numerusform>
            <numerusform>Livsmedlen som guiden nämner visas först. Skriv för att söka bland alla %Ln livsmedel.</numerusform>
        </translation>
    </message>
    <message>
        <source>No foods found. Check the spelling, or add the food yourself with New Food.</source>
        <translation>Inga livsmedel hittades. Kontrollera stavningen, eller lägg till livsmedlet själv med Nytt livsmedel.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln food(s) found.</source>
        <translation>
            <numerusform>%Ln livsmedel hittades.</numerusform>
            <numerusform>%Ln livsmedel hittades.</numerusform>
        </translation>
    </message>
    <message>
        <source>Back to the &amp;Diary</source>
        <translation>Tillbaka till &amp;dagboken</translation>
    </message>
    <message>
        <source>Back to the diary, at the day foods are added to</source>
        <translation>Tillbaka till dagboken, till den dag som livsmedlen läggs till</translation>
    </message>
    <message>
        <source>Adding to today, %1</source>
        <translation>Till dagboken för i dag, %1</translation>
    </message>
    <message>
        <source>Adding to yesterday, %1</source>
        <translation>Till dagboken för i går, %1</translation>
    </message>
    <message>
        <source>Adding to %1</source>
        <translation>Till dagboken för %1</translation>
    </message>
    <message>
        <source>The chosen food and the day&apos;s magnesium</source>
        <translation>Det valda livsmedlet och dagens magnesium</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Töm sökfältet</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>Alla grupper</translation>
    </message>
    <message>
        <source>Move the divider beside the list of foods</source>
        <translation>Flytta avdelaren bredvid livsmedelslistan</translation>
    </message>
    <message numerus="yes">
        <source>The %Ln best matches are shown, and there are more: type more to narrow the search.</source>
        <translation>
            <numerusform>De %Ln bästa träffarna visas, och det finns fler: skriv mer för att begränsa sökningen.</numerusform>
            <numerusform>De %Ln bästa träffarna visas, och det finns fler: skriv mer för att begränsa sökningen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stilla::GuiApplication</name>
    <message>
        <source>Stilla cannot start</source>
        <translation>Stilla kan inte starta</translation>
    </message>
    <message>
        <source>The demo needs a temporary folder and none could be made (%1). Check that the temporary folder is writable and has free space.</source>
        <translation>Demoläget behöver en tillfällig mapp och ingen kunde skapas (%1). Kontrollera att det går att skriva i mappen för tillfälliga filer och att det finns ledigt utrymme.</translation>
    </message>
    <message>
        <source>Stilla is already open</source>
        <translation>Stilla är redan öppet</translation>
    </message>
</context>
<context>
    <name>stilla::GuidePage</name>
    <message>
        <source>Guide</source>
        <translation>Guide</translation>
    </message>
    <message>
        <source>This guide is information, not medical advice. Talk to your doctor before you start, change or stop any treatment, including magnesium.</source>
        <translation>Den här guiden ger information, inte medicinska råd. Tala med din läkare innan du börjar, ändrar eller slutar med en behandling. Det gäller även magnesium.</translation>
    </message>
    <message>
        <source>Medical notice</source>
        <translation>Viktigt om medicinska råd</translation>
    </message>
    <message>
        <source>Find…</source>
        <translation>Sök…</translation>
    </message>
    <message>
        <source>Find in the guide (Ctrl+F)</source>
        <translation>Sök i guiden (Ctrl+F)</translation>
    </message>
    <message>
        <source>Find in the guide</source>
        <translation>Sök i guiden</translation>
    </message>
    <message>
        <source>A−</source>
        <translation>A−</translation>
    </message>
    <message>
        <source>Smaller text (Ctrl+−)</source>
        <translation>Mindre text (Ctrl+−)</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>Mindre text</translation>
    </message>
    <message>
        <source>A+</source>
        <translation>A+</translation>
    </message>
    <message>
        <source>Larger text (Ctrl++)</source>
        <translation>Större text (Ctrl++)</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Större text</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Skriv ut…</translation>
    </message>
    <message>
        <source>Print the guide (Ctrl+P)</source>
        <translation>Skriv ut guiden (Ctrl+P)</translation>
    </message>
    <message>
        <source>Print the guide</source>
        <translation>Skriv ut guiden</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Exportera PDF…</translation>
    </message>
    <message>
        <source>Save the guide as a PDF file</source>
        <translation>Spara guiden som en PDF-fil</translation>
    </message>
    <message>
        <source>Export the guide as PDF</source>
        <translation>Exportera guiden som PDF</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Innehåll</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Find these foods and their magnesium in the food picker</source>
        <translation>Hitta de här livsmedlen och deras magnesiumhalt i livsmedelslistan</translation>
    </message>
    <message>
        <source>Keep track of these habits in your diary</source>
        <translation>Håll koll på de här vanorna i dagboken</translation>
    </message>
    <message>
        <source>The guide could not be loaded: %1</source>
        <translation>Guiden gick inte att läsa in: %1</translation>
    </message>
    <message>
        <source>Print the Guide</source>
        <translation>Skriv ut guiden</translation>
    </message>
    <message>
        <source>The guide is not loaded, so there is nothing to export.</source>
        <translation>Guiden är inte inläst, så det finns inget att exportera.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Det gick inte att skriva %1: %2</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Det gick inte att spara %1: %2</translation>
    </message>
    <message>
        <source>Magnesium and RLS</source>
        <translation>Magnesium och RLS</translation>
    </message>
    <message>
        <source>Export the Guide as PDF</source>
        <translation>Exportera guiden som PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Exporten misslyckades</translation>
    </message>
    <message>
        <source>Added by Stilla: this section is not part of the article. The Stilla team wrote it from the sources named at its end.</source>
        <translation>Tillagt av Stilla: det här avsnittet ingår inte i artikeln. Stillas team har skrivit det utifrån källorna som anges i slutet.</translation>
    </message>
    <message>
        <source>%1 (added by Stilla)</source>
        <comment>guide contents</comment>
        <translation>%1 (tillagt av Stilla)</translation>
    </message>
    <message>
        <source>Stilla&apos;s note, not part of the article:</source>
        <translation>Stillas anteckning, inte en del av artikeln:</translation>
    </message>
    <message>
        <source>Usual text size</source>
        <translation>Vanlig textstorlek</translation>
    </message>
    <message>
        <source>Move the divider beside the contents</source>
        <translation>Flytta avdelaren bredvid innehållsförteckningen</translation>
    </message>
</context>
<context>
    <name>stilla::HabitsSection</name>
    <message>
        <source>Habits and other remedies</source>
        <translation>Vanor och annan egenvård</translation>
    </message>
    <message>
        <source>&amp;Caffeine (cups or servings):</source>
        <translation>Koffein (koppa&amp;r eller portioner):</translation>
    </message>
    <message>
        <source>Moderate e&amp;xercise (minutes):</source>
        <translation>Måttlig m&amp;otion (minuter):</translation>
    </message>
    <message>
        <source>Also today:</source>
        <translation>Dessutom i dag:</translation>
    </message>
    <message>
        <source>Caffeine servings</source>
        <translation>Koppar eller portioner med koffein</translation>
    </message>
    <message>
        <source>Coffee, tea, cola, energy drinks: the article says caffeine can make RLS worse.</source>
        <translation>Kaffe, te, cola, energidrycker: enligt artikeln kan koffein göra RLS värre.</translation>
    </message>
    <message>
        <source>Minutes of moderate exercise</source>
        <translation>Minuter med måttlig motion</translation>
    </message>
    <message>
        <source>A warm bath</source>
        <translation>Ett varmt bad</translation>
    </message>
    <message>
        <source>Massage</source>
        <translation>Massage</translation>
    </message>
    <message>
        <source>Relaxation or meditation</source>
        <translation>Avslappning eller meditation</translation>
    </message>
    <message>
        <source>Kept my regular sleep routine</source>
        <translation>Höll min vanliga sömnrutin</translation>
    </message>
</context>
<context>
    <name>stilla::HealthSection</name>
    <message>
        <source>Medications, side effects and notes</source>
        <translation>Läkemedel, biverkningar och anteckningar</translation>
    </message>
    <message>
        <source>Medications taken today</source>
        <translation>Läkemedel du har tagit i dag</translation>
    </message>
    <message>
        <source>Add a &amp;medication</source>
        <translation>Lägg till ett läke&amp;medel</translation>
    </message>
    <message>
        <source>Add a medication</source>
        <translation>Lägg till ett läkemedel</translation>
    </message>
    <message>
        <source>Side effects noticed</source>
        <translation>Biverkningar du har märkt</translation>
    </message>
    <message>
        <source>Signs of too much magnesium</source>
        <translation>Tecken på för mycket magnesium</translation>
    </message>
    <message>
        <source>If you notice any of these, stop taking magnesium and seek medical care.</source>
        <translation>Om du märker något av detta ska du sluta ta magnesium och söka vård.</translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation>An&amp;teckningar</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <source>Anything else worth remembering about today.</source>
        <translation>Något annat som är värt att komma ihåg om i dag.</translation>
    </message>
    <message>
        <source>Name of the medication</source>
        <translation>Läkemedlets namn</translation>
    </message>
    <message>
        <source>Medication name</source>
        <translation>Namn på läkemedlet</translation>
    </message>
    <message>
        <source>Kind of medication</source>
        <translation>Typ av läkemedel</translation>
    </message>
    <message>
        <source>Remove this medication</source>
        <translation>Ta bort det här läkemedlet</translation>
    </message>
    <message>
        <source>Lab results</source>
        <translation>Provsvar</translation>
    </message>
    <message>
        <source>Lab Results…</source>
        <translation>Provsvar…</translation>
    </message>
    <message>
        <source>Add or look through your blood test results</source>
        <translation>Lägg till eller titta igenom dina provsvar</translation>
    </message>
    <message>
        <source>Newest, %1: %2.</source>
        <translation>Senaste, %1: %2.</translation>
    </message>
    <message>
        <source>None yet. Ferritin and transferrin saturation matter in RLS: see &quot;Iron and RLS&quot; in the guide.</source>
        <translation>Inga än. Ferritin och transferrinmättnad har betydelse vid RLS: se ”Järn och RLS” i guiden.</translation>
    </message>
    <message>
        <source>Time taken</source>
        <translation>Klockslag</translation>
    </message>
    <message>
        <source>When you took it (optional): Stilla checks it against the time of your magnesium for medicines that should be taken apart.</source>
        <translation>När du tog det (frivilligt): Stilla jämför det med när du tog magnesium, för läkemedel som ska tas med tids mellanrum.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time. Write it as hh:mm, for example 08:00.</source>
        <translation>”%1” är inget klockslag. Skriv det som tt:mm, till exempel 08:00.</translation>
    </message>
    <message>
        <source>Chosen from the name: change it if it is wrong.</source>
        <translation>Vald utifrån namnet: ändra om den är fel.</translation>
    </message>
    <message>
        <source>Same medications as yesterday</source>
        <translation>Samma läkemedel som i går</translation>
    </message>
    <message>
        <source>Add the medications logged yesterday</source>
        <translation>Lägg till läkemedlen som antecknades i går</translation>
    </message>
    <message>
        <source>Adds yesterday&apos;s medications, with their kinds and times, to a day without medications. Change the times in their rows if today&apos;s were different.</source>
        <translation>Lägger till gårdagens läkemedel, med sorter och tider, till en dag utan läkemedel. Ändra tiderna på deras rader om dagens var andra.</translation>
    </message>
    <message>
        <source>The safety notes read this medicine as “%1” from its name. Choose its kind to be sure.</source>
        <translation>Säkerhetsnoteringarna läser det här läkemedlet som ”%1” utifrån namnet. Välj typ för att vara säker.</translation>
    </message>
</context>
<context>
    <name>stilla::ImportCommand</name>
    <message>
        <source>Add days from a JSON or CSV file to the diary.</source>
        <translation>Lägg till dagar från en JSON- eller CSV-fil i dagboken.</translation>
    </message>
    <message>
        <source>Add the days in FILE to the diary. Every day is checked first; if anything is wrong, each problem is listed as FILE:LINE: field: message and nothing is imported.</source>
        <translation>Lägg till dagarna i FILE i dagboken. Varje dag kontrolleras först. Om något är fel listas varje problem som FILE:RAD: fält: meddelande, och ingenting importeras.</translation>
    </message>
    <message>
        <source>The file&apos;s format: json, csv or cronometer (Cronometer&apos;s Daily Nutrition export; default: from the file name, and a .csv file with Cronometer&apos;s columns is read as one).</source>
        <translation>Filens format: json, csv eller cronometer (Cronometers export Daily Nutrition; standard: från filnamnet, och en .csv-fil med Cronometers kolumner läses som en sådan).</translation>
    </message>
    <message>
        <source>With a Cronometer file, also take the days not marked Completed.</source>
        <translation>Med en fil från Cronometer: ta även med dagarna som inte är markerade som Completed.</translation>
    </message>
    <message>
        <source>What to do with a day that is already in the diary: fail (default: import nothing), skip (keep the diary&apos;s day) or replace.</source>
        <translation>Vad som ska hända med en dag som redan finns i dagboken: fail (standard: importera ingenting), skip (behåll dagen i dagboken) eller replace (ersätt den).</translation>
    </message>
    <message>
        <source>Import the valid days even when other days have problems.</source>
        <translation>Importera de giltiga dagarna även när andra dagar har problem.</translation>
    </message>
    <message>
        <source>With --on-conflict=replace and a CSV file, for a day whose magnesium totals differ from the diary&apos;s: keep (default: keep the diary&apos;s food list and doses) or replace (each total becomes one line). What CSV has no column for is always kept.</source>
        <translation>Med --on-conflict=replace och en CSV-fil, för en dag vars magnesiumsummor skiljer sig från dagbokens: keep (standard: behåll dagbokens livsmedelslista och doser) eller replace (varje summa blir en rad). Det som CSV saknar kolumner för behålls alltid.</translation>
    </message>
    <message>
        <source>The JSON or CSV file to import.</source>
        <translation>JSON- eller CSV-filen som ska importeras.</translation>
    </message>
    <message>
        <source>import needs exactly one FILE.</source>
        <translation>import behöver exakt en FILE.</translation>
    </message>
    <message>
        <source>--format must be json, csv or cronometer.</source>
        <translation>--format måste vara json, csv eller cronometer.</translation>
    </message>
    <message>
        <source>Cannot tell the format of %1 from its name; add --format json or --format csv.</source>
        <translation>Det går inte att avgöra formatet för %1 utifrån namnet. Lägg till --format json eller --format csv.</translation>
    </message>
    <message>
        <source>--on-conflict must be fail, skip or replace.</source>
        <translation>--on-conflict måste vara fail, skip eller replace.</translation>
    </message>
    <message>
        <source>--csv-detail must be keep or replace.</source>
        <translation>--csv-detail måste vara keep eller replace.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %Ln problem(s) in %1. Correct the file, or use --valid-only to import only the valid days.</source>
        <translation>
            <numerusform>Ingenting importerades: %Ln problem i %1. Rätta filen, eller använd --valid-only för att bara importera de giltiga dagarna.</numerusform>
            <numerusform>Ingenting importerades: %Ln problem i %1. Rätta filen, eller använd --valid-only för att bara importera de giltiga dagarna.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing only the %Ln valid day(s).</source>
        <translation>
            <numerusform>Importerar bara %Ln giltig dag.</numerusform>
            <numerusform>Importerar bara %Ln giltiga dagar.</numerusform>
        </translation>
    </message>
    <message>
        <source>To keep the diary&apos;s days use --on-conflict=skip; to overwrite them, --on-conflict=replace.</source>
        <translation>Använd --on-conflict=skip för att behålla dagarna i dagboken, eller --on-conflict=replace för att skriva över dem.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln day(s)</source>
        <translation>
            <numerusform>Importerade %Ln dag</numerusform>
            <numerusform>Importerade %Ln dagar</numerusform>
        </translation>
    </message>
    <message>
        <source> (%L1 added, %L2 replaced, %L3 skipped).</source>
        <translation> (tillagda: %L1, ersatta: %L2, överhoppade: %L3).</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln lab result(s)</source>
        <translation>
            <numerusform>%Ln provsvar importerades</numerusform>
            <numerusform>%Ln provsvar importerades</numerusform>
        </translation>
    </message>
    <message>
        <source> (%1 skipped).</source>
        <translation> (%1 hoppades över).</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln self-experiment(s)</source>
        <translation>
            <numerusform>Importerade %Ln självexperiment</numerusform>
            <numerusform>Importerade %Ln självexperiment</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kept the diary&apos;s food lists and doses on %Ln day(s) whose totals in the file differ: %1. Use --csv-detail=replace to take the file&apos;s totals.</source>
        <translation>
            <numerusform>Behöll dagbokens livsmedelslista och doser för %Ln dag vars summor i filen skiljer sig: %1. Använd --csv-detail=replace för att ta filens summor.</numerusform>
            <numerusform>Behöll dagbokens livsmedelslistor och doser för %Ln dagar vars summor i filen skiljer sig: %1. Använd --csv-detail=replace för att ta filens summor.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Took the magnesium from food of %Ln day(s) from Cronometer (%L1 new days, %L2 days already in the diary, whose own food lines were kept).</source>
        <translation>
            <numerusform>Tog magnesium från maten för %Ln dag från Cronometer (%L1 nya dagar, %L2 dagar som redan fanns i dagboken och vars egna livsmedelsrader behölls).</numerusform>
            <numerusform>Tog magnesium från maten för %Ln dagar från Cronometer (%L1 nya dagar, %L2 dagar som redan fanns i dagboken och vars egna livsmedelsrader behölls).</numerusform>
        </translation>
    </message>
    <message>
        <source>Use --include-not-completed to take them too.</source>
        <translation>Använd --include-not-completed för att ta med dem också.</translation>
    </message>
</context>
<context>
    <name>stilla::ImportPlan</name>
    <message>
        <source>%1 is neither a .json nor a .csv file, so Stilla cannot tell how to read it.</source>
        <translation>%1 är varken en .json- eller en .csv-fil, så Stilla vet inte hur den ska läsas.</translation>
    </message>
    <message>
        <source>Nothing was imported: no day in %1 could be read.</source>
        <translation>Inget importerades: ingen dag i %1 gick att läsa.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %Ln problem(s) in %1.</source>
        <translation>
            <numerusform>Ingenting importerades: %Ln problem i %1.</numerusform>
            <numerusform>Ingenting importerades: %Ln problem i %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stilla::InstanceLock</name>
    <message>
        <source>Stilla could not create its lock file in the data folder %1, so it cannot make sure that it is the only program writing the diary there. Check that the disk has free space and that the folder belongs to you.</source>
        <translation>Stilla kunde inte skapa sin låsfil i datamappen %1, så det går inte att vara säker på att Stilla är det enda program som skriver i dagboken där. Kontrollera att disken har ledigt utrymme och att mappen tillhör dig.</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>ett annat program</translation>
    </message>
    <message>
        <source>Stilla&apos;s window (process %1)</source>
        <translation>Stillas fönster (process %1)</translation>
    </message>
    <message>
        <source>stilla-cli (process %1)</source>
        <translation>stilla-cli (process %1)</translation>
    </message>
    <message>
        <source>another program, %1 (process %2)</source>
        <translation>ett annat program, %1 (process %2)</translation>
    </message>
    <message>
        <source>%1 on the computer %2</source>
        <translation>%1 på datorn %2</translation>
    </message>
</context>
<context>
    <name>stilla::IntakeTargets</name>
    <message>
        <source>Nordic Nutrition Recommendations 2023, adequate intake for women</source>
        <translation>Nordiska näringsrekommendationer 2023 (NNR 2023), adekvat intag för kvinnor</translation>
    </message>
    <message>
        <source>US recommended dietary allowance for women 31 and older (NIH Office of Dietary Supplements)</source>
        <translation>rekommenderat dagligt intag i USA för kvinnor från 31 år (NIH Office of Dietary Supplements)</translation>
    </message>
    <message>
        <source>Nordic Nutrition Recommendations 2023, adequate intake for men</source>
        <translation>Nordiska näringsrekommendationer 2023 (NNR 2023), adekvat intag för män</translation>
    </message>
    <message>
        <source>US recommended dietary allowance for men 31 and older (NIH Office of Dietary Supplements)</source>
        <translation>rekommenderat dagligt intag i USA för män från 31 år (NIH Office of Dietary Supplements)</translation>
    </message>
    <message>
        <source>Nordic Nutrition Recommendations 2023, adequate intake for women, the lower figure: set your sex in the profile for yours</source>
        <translation>Nordiska näringsrekommendationer 2023, adekvat intag för kvinnor, den lägre siffran: ange ditt kön i profilen för att få din egen</translation>
    </message>
    <message>
        <source>US recommended dietary allowance for women 31 and older, the lower figure: set your sex in the profile for yours</source>
        <translation>rekommenderat dagligt intag i USA för kvinnor från 31 år, den lägre siffran: ange ditt kön i profilen för att få din egen</translation>
    </message>
    <message>
        <source>your own target</source>
        <translation>ditt eget mål</translation>
    </message>
    <message>
        <source>the person&apos;s own target</source>
        <translation>personens eget mål</translation>
    </message>
    <message>
        <source>Nordic Nutrition Recommendations 2023, adequate intake for women; the lower figure, as the profile gives no sex</source>
        <translation>Nordiska näringsrekommendationer 2023, adekvat intag för kvinnor; den lägre siffran eftersom profilen inte anger kön</translation>
    </message>
    <message>
        <source>US recommended dietary allowance for women 31 and older; the lower figure, as the profile gives no sex</source>
        <translation>rekommenderat dagligt intag i USA för kvinnor från 31 år; den lägre siffran eftersom profilen inte anger kön</translation>
    </message>
</context>
<context>
    <name>stilla::JsonDayReader</name>
    <message>
        <source>Unknown field. Check its spelling against docs/diary-json.md.</source>
        <translation>Okänt fält. Kontrollera stavningen mot docs/diary-json.md.</translation>
    </message>
    <message>
        <source>Must be an object ({ ... }).</source>
        <translation>Måste vara ett objekt ({ ... }).</translation>
    </message>
    <message>
        <source>Must be a whole number, for example 12.</source>
        <translation>Måste vara ett heltal, till exempel 12.</translation>
    </message>
    <message>
        <source>%1 is far too large.</source>
        <translation>%1 är alldeles för stort.</translation>
    </message>
    <message>
        <source>Missing: this field is needed.</source>
        <translation>Saknas: det här fältet behövs.</translation>
    </message>
    <message>
        <source>Must be a number, for example 12.5.</source>
        <translation>Måste vara ett tal, till exempel 12.5.</translation>
    </message>
    <message>
        <source>Must be text in quotes.</source>
        <translation>Måste vara text inom citattecken.</translation>
    </message>
    <message>
        <source>Far too long (more than %1 characters). Is this a Stilla diary file?</source>
        <translation>Texten är alldeles för lång (mer än %1 tecken). Är det här en dagboksfil från Stilla?</translation>
    </message>
    <message>
        <source>Must be true or false.</source>
        <translation>Måste vara true eller false.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the known names.</source>
        <translation>”%1” är inte ett av de kända namnen.</translation>
    </message>
    <message>
        <source>Must be a list ([ ... ]).</source>
        <translation>Måste vara en lista ([ ... ]).</translation>
    </message>
    <message>
        <source>Each day must be an object ({ ... }).</source>
        <translation>Varje dag måste vara ett objekt ({ ... }).</translation>
    </message>
    <message>
        <source>Not a known side effect. The names are listed in docs/diary-json.md.</source>
        <translation>Ingen känd biverkning. Namnen finns i docs/diary-json.md.</translation>
    </message>
    <message>
        <source>Holds \u%1 at character %2: half of a UTF-16 surrogate pair without the other half, which is not a character. Remove it or write the whole pair.</source>
        <translation>Innehåller \u%1 vid tecken %2: ena halvan av ett UTF-16-surrogatpar utan den andra halvan, vilket inte är ett tecken. Ta bort den eller skriv hela paret.</translation>
    </message>
    <message>
        <source>Each lab result must be an object ({ ... }).</source>
        <translation>Varje provsvar måste vara ett objekt ({ ... }).</translation>
    </message>
    <message>
        <source>Each self-experiment must be an object ({ ... }).</source>
        <translation>Varje självexperiment måste vara ett objekt ({ ... }).</translation>
    </message>
</context>
<context>
    <name>stilla::KeyboardShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Kortkommandon</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Kortkommandon</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Kommando</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tangenter</translation>
    </message>
    <message>
        <source> or </source>
        <translation> eller </translation>
    </message>
    <message>
        <source>In every field</source>
        <translation>I alla fält</translation>
    </message>
    <message>
        <source>Go to the next or the previous field</source>
        <translation>Gå till nästa eller föregående fält</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Shift+Tab</translation>
    </message>
    <message>
        <source>Go to a field or a menu by its underlined letter</source>
        <translation>Gå till fält eller meny med understruken bokstav</translation>
    </message>
    <message>
        <source>Alt+the letter</source>
        <translation>Alt+bokstaven</translation>
    </message>
    <message>
        <source>Tick a box or press a button</source>
        <translation>Kryssa i en ruta eller tryck på en knapp</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Mellanslag</translation>
    </message>
    <message>
        <source>Change a time by 15 minutes, a number by 1</source>
        <translation>Ändra en tid med 15 minuter, ett tal med 1</translation>
    </message>
    <message>
        <source>Up, Down</source>
        <translation>Upp, Ned</translation>
    </message>
    <message>
        <source>Open a list or a calendar</source>
        <translation>Öppna en lista eller en kalender</translation>
    </message>
    <message>
        <source>Alt+Down</source>
        <translation>Alt+Ned</translation>
    </message>
    <message>
        <source>Close a dialog without changing anything</source>
        <translation>Stäng en dialogruta utan att ändra något</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
</context>
<context>
    <name>stilla::LabResult</name>
    <message>
        <source>The test needs a valid date.</source>
        <translation>Provet behöver ett giltigt datum.</translation>
    </message>
    <message>
        <source>Ferritin %1&#xa0;µg/L is not possible: give a value from 0 to %2&#xa0;µg/L.</source>
        <translation>Ferritin %1&#xa0;µg/l är inte möjligt: ange ett värde från 0 till %2&#xa0;µg/l.</translation>
    </message>
    <message>
        <source>Transferrin saturation %1&#xa0;% is not possible: give a percentage from 0 to 100.</source>
        <translation>Transferrinmättnad %1&#xa0;% är inte möjligt: ange en procentsats från 0 till 100.</translation>
    </message>
    <message>
        <source>Haemoglobin %1&#xa0;g/L is far too low: Stilla takes haemoglobin in g/L (for example 135). A value such as 13.5 is in g/dL; multiply it by 10.</source>
        <translation>Hemoglobin %1&#xa0;g/l är alldeles för lågt: Stilla tar hemoglobin i g/l (till exempel 135). Ett värde som 13,5 är i g/dl; multiplicera det med 10.</translation>
    </message>
    <message>
        <source>Haemoglobin %1&#xa0;g/L is not possible: give a value from %2 to %3&#xa0;g/L.</source>
        <translation>Hemoglobin %1&#xa0;g/l är inte möjligt: ange ett värde från %2 till %3&#xa0;g/l.</translation>
    </message>
    <message>
        <source>Serum magnesium %1&#xa0;mmol/L is not possible: give a value from %2 to %3&#xa0;mmol/L.</source>
        <translation>Magnesium i blodet %1&#xa0;mmol/l är inte möjligt: ange ett värde från %2 till %3&#xa0;mmol/l.</translation>
    </message>
    <message>
        <source>ferritin %1&#xa0;µg/L</source>
        <translation>ferritin %1&#xa0;µg/l</translation>
    </message>
    <message>
        <source>transferrin saturation %1&#xa0;%</source>
        <translation>transferrinmättnad %1&#xa0;%</translation>
    </message>
    <message>
        <source>haemoglobin %1&#xa0;g/L</source>
        <translation>hemoglobin %1&#xa0;g/l</translation>
    </message>
    <message>
        <source>serum magnesium %1&#xa0;mmol/L</source>
        <translation>magnesium i blodet %1&#xa0;mmol/l</translation>
    </message>
    <message>
        <source>eGFR %1&#xa0;mL/min/1.73&#xa0;m²</source>
        <translation>eGFR %1&#xa0;ml/min/1,73&#xa0;m²</translation>
    </message>
    <message>
        <source>eGFR %1&#xa0;mL/min/1.73&#xa0;m² is not possible: give a value from %2 to %3, as the laboratory reports it (a value such as “&gt;90” as 90).</source>
        <translation>eGFR %1&#xa0;ml/min/1,73&#xa0;m² är inte möjligt: ange ett värde från %2 till %3, så som laboratoriet anger det (ett värde som ”&gt;90” som 90).</translation>
    </message>
</context>
<context>
    <name>stilla::LabResultsDialog</name>
    <message>
        <source>&amp;Save Result</source>
        <translation>&amp;Spara provsvar</translation>
    </message>
    <message>
        <source>&amp;Remove Result</source>
        <translation>T&amp;a bort provsvar</translation>
    </message>
    <message>
        <source>Lab Results</source>
        <translation>Provsvar</translation>
    </message>
    <message>
        <source>Ferritin (µg/L)</source>
        <translation>Ferritin (µg/l)</translation>
    </message>
    <message>
        <source>Transferrin saturation (%)</source>
        <translation>Transferrinmättnad (%)</translation>
    </message>
    <message>
        <source>Haemoglobin (g/L)</source>
        <translation>Hemoglobin (g/l)</translation>
    </message>
    <message>
        <source>Magnesium in the blood (mmol/L)</source>
        <translation>Magnesium i blodet (mmol/l)</translation>
    </message>
    <message>
        <source>for example 41</source>
        <translation>till exempel 41</translation>
    </message>
    <message>
        <source>for example 22</source>
        <translation>till exempel 22</translation>
    </message>
    <message>
        <source>for example 135</source>
        <translation>till exempel 135</translation>
    </message>
    <message>
        <source>for example 0.85</source>
        <translation>till exempel 0,85</translation>
    </message>
    <message>
        <source>Lab results in the diary</source>
        <translation>Provsvar i dagboken</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Date the blood was taken</source>
        <translation>Datum då provet togs</translation>
    </message>
    <message>
        <source>&amp;Date of the test:</source>
        <translation>&amp;Datum för provet:</translation>
    </message>
    <message>
        <source>&amp;Ferritin (µg/L):</source>
        <translation>&amp;Ferritin (µg/l):</translation>
    </message>
    <message>
        <source>&amp;Transferrin saturation (%):</source>
        <translation>Transferrin&amp;mättnad (%):</translation>
    </message>
    <message>
        <source>&amp;Haemoglobin (g/L):</source>
        <translation>&amp;Hemoglobin (g/l):</translation>
    </message>
    <message>
        <source>Magnesium in the &amp;blood (mmol/L):</source>
        <translation>Magnesium i &amp;blodet (mmol/l):</translation>
    </message>
    <message>
        <source>Leave it empty when it was not measured.</source>
        <translation>Lämna tomt om värdet inte mättes.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number (%2).</source>
        <translation>”%1” är inget tal (%2).</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Inte sparat: %1</translation>
    </message>
    <message>
        <source>Type at least one value, or use Remove Result to remove this date.</source>
        <translation>Skriv minst ett värde, eller använd Ta bort provsvar för att ta bort det här datumet.</translation>
    </message>
    <message>
        <source>Saved the results of %1.</source>
        <translation>Provsvaren från %1 sparades.</translation>
    </message>
    <message>
        <source>Remove these results?</source>
        <translation>Ta bort provsvaren?</translation>
    </message>
    <message>
        <source>Remove the lab results of %1?</source>
        <translation>Vill du ta bort provsvaren från %1?</translation>
    </message>
    <message>
        <source>Every value of that date is removed from the diary.</source>
        <translation>Alla värden från det datumet tas bort ur dagboken.</translation>
    </message>
    <message>
        <source>Removed the results of %1.</source>
        <translation>Provsvaren från %1 togs bort.</translation>
    </message>
    <message>
        <source>Ferritin
(µg/L)</source>
        <translation>Ferritin
(µg/l)</translation>
    </message>
    <message>
        <source>Transferrin
saturation (%)</source>
        <translation>Transferrin-
mättnad (%)</translation>
    </message>
    <message>
        <source>Haemoglobin
(g/L)</source>
        <translation>Hemoglobin
(g/l)</translation>
    </message>
    <message>
        <source>Magnesium in
the blood (mmol/L)</source>
        <translation>Magnesium i
blodet (mmol/l)</translation>
    </message>
    <message>
        <source>Lab Results of %1</source>
        <translation>provsvar för %1</translation>
    </message>
    <message>
        <source>Removal of the Lab Results of %1</source>
        <translation>borttagning av provsvaren för %1</translation>
    </message>
    <message>
        <source>The values typed are not saved yet. %1 has results already: Save Result replaces them with the values shown.</source>
        <translation>De inskrivna värdena är inte sparade än. %1 har redan resultat: Spara provsvar ersätter dem med värdena som visas.</translation>
    </message>
    <message>
        <source>The values typed are not saved yet: Save Result saves them for %1.</source>
        <translation>De inskrivna värdena är inte sparade än: Spara provsvar sparar dem för %1.</translation>
    </message>
    <message>
        <source>Save the values typed?</source>
        <translation>Spara de inskrivna värdena?</translation>
    </message>
    <message>
        <source>The values typed for %1 are not saved.</source>
        <translation>Värdena som skrivits in för %1 är inte sparade.</translation>
    </message>
    <message>
        <source>Save keeps them in the diary, Discard closes without them, and Cancel goes back to the form.</source>
        <translation>Spara behåller dem i dagboken, Förkasta stänger utan dem och Avbryt går tillbaka till formuläret.</translation>
    </message>
    <message>
        <source>The date of the test, %1, is after today.</source>
        <translation>Provdatumet, %1, är efter i dag.</translation>
    </message>
    <message>
        <source>eGFR, kidney function (mL/min/1.73 m²)</source>
        <translation>eGFR, njurfunktion (ml/min/1,73 m²)</translation>
    </message>
    <message>
        <source>for example 85</source>
        <translation>till exempel 85</translation>
    </message>
    <message>
        <source>e&amp;GFR, kidney function (mL/min/1.73&#xa0;m²):</source>
        <translation>e&amp;GFR, njurfunktion (ml/min/1,73&#xa0;m²):</translation>
    </message>
    <message>
        <source>eGFR
(mL/min/1.73&#xa0;m²)</source>
        <translation>eGFR
(ml/min/1,73&#xa0;m²)</translation>
    </message>
    <message>
        <source>Save an unusual value?</source>
        <translation>Spara ett ovanligt värde?</translation>
    </message>
    <message>
        <source>Save keeps the value as typed. Cancel leaves it in the form to correct.</source>
        <translation>Spara behåller värdet som det är skrivet. Avbryt lämnar det kvar i formuläret så att du kan rätta det.</translation>
    </message>
    <message>
        <source>Leave a value empty when it was not measured. Units are those of Swedish laboratories; ferritin in ng/⁠mL is the same number as in µg/L; give an eGFR reported as &quot;&gt;90&quot; as 90. Stilla compares ferritin and transferrin saturation with the limits for RLS in the guide&apos;s section &quot;Iron and RLS&quot;, eGFR with the categories of kidney function, since the kidneys remove magnesium, and magnesium in the blood with its usual range, %1–%2&#xa0;mmol/L.</source>
        <translation>Lämna ett värde tomt om det inte mättes. Enheterna är de som svenska laboratorier använder; ferritin i ng/⁠ml är samma tal som i µg/l; skriv ett eGFR som laboratoriet anger som ”&gt;90” som 90. Stilla jämför ferritin och transferrinmättnad med gränserna för RLS i guidens avsnitt ”Järn och RLS”, eGFR med indelningen av njurfunktion, eftersom det är njurarna som gör sig av med magnesium, och magnesium i blodet med dess vanliga intervall, %1–%2&#xa0;mmol/l.</translation>
    </message>
</context>
<context>
    <name>stilla::LabsCommand</name>
    <message>
        <source>Run stilla-cli labs --help for the actions.</source>
        <translation>Kör stilla-cli labs --help för att se åtgärderna.</translation>
    </message>
    <message>
        <source>labs needs an action: add, list or remove.</source>
        <translation>labs behöver en åtgärd: add, list eller remove.</translation>
    </message>
    <message>
        <source>Unknown labs action &quot;%1&quot;; use add, list or remove.</source>
        <translation>Okänd åtgärd för labs: ”%1”. Använd add, list eller remove.</translation>
    </message>
    <message>
        <source>The day the blood was taken, as YYYY-MM-DD.</source>
        <translation>Dagen då provet togs, som YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>KEY=NUMBER...</source>
        <translation>NYCKEL=TAL...</translation>
    </message>
    <message>
        <source>Run stilla-cli labs add --help for the options.</source>
        <translation>Kör stilla-cli labs add --help för att se alternativen.</translation>
    </message>
    <message>
        <source>labs add needs --date YYYY-MM-DD.</source>
        <translation>labs add behöver --date YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>labs add needs at least one value, such as ferritin=41.</source>
        <translation>labs add behöver minst ett värde, till exempel ferritin=41.</translation>
    </message>
    <message>
        <source>%1: no results left; the date was removed.</source>
        <translation>%1: inga värden kvar, så datumet togs bort.</translation>
    </message>
    <message>
        <source>List the blood test results in the diary, oldest first.</source>
        <translation>Visa provsvaren i dagboken, de äldsta först.</translation>
    </message>
    <message>
        <source>The first date, as YYYY-MM-DD.</source>
        <translation>Första datumet, som YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>The last date, as YYYY-MM-DD.</source>
        <translation>Sista datumet, som YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>labs list takes no arguments.</source>
        <translation>labs list tar inga argument.</translation>
    </message>
    <message>
        <source>No lab results in the diary yet. Add one with stilla-cli labs add.</source>
        <translation>Det finns inga provsvar i dagboken än. Lägg till ett med stilla-cli labs add.</translation>
    </message>
    <message>
        <source>Remove the blood test results of one date.</source>
        <translation>Ta bort provsvaren från ett datum.</translation>
    </message>
    <message>
        <source>The date, as YYYY-MM-DD.</source>
        <translation>Datumet, som YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>labs remove needs --date YYYY-MM-DD and nothing else.</source>
        <translation>labs remove behöver --date YYYY-MM-DD och inget annat.</translation>
    </message>
    <message>
        <source>There are no lab results for %1; nothing was changed.</source>
        <translation>Det finns inga provsvar från %1, så inget ändrades.</translation>
    </message>
    <message>
        <source>Removed the lab results of %1.</source>
        <translation>Provsvaren från %1 togs bort.</translation>
    </message>
    <message>
        <source>Keep blood test results: ferritin, transferrin saturation, haemoglobin, serum magnesium, eGFR (labs add, list or remove).</source>
        <translation>Spara provsvar: ferritin, transferrinmättnad, hemoglobin, magnesium i blodet, eGFR (labs add, list eller remove).</translation>
    </message>
    <message>
        <source>Add or change the blood test results of one date. Give each value as KEY=NUMBER: ferritin (µg/L), tsat (%), hb (g/L), mg_serum (mmol/L), egfr (mL/min/1.73 m²); KEY=- clears it.</source>
        <translation>Lägg till eller ändra provsvaren från ett datum. Ange varje värde som NYCKEL=TAL: ferritin (µg/l), tsat (%), hb (g/l), mg_serum (mmol/l), egfr (ml/min/1,73 m²); NYCKEL=- tar bort värdet.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not KEY=NUMBER with KEY ferritin, tsat, hb, mg_serum or egfr.</source>
        <translation>”%1” är inte NYCKEL=TAL med NYCKEL ferritin, tsat, hb, mg_serum eller egfr.</translation>
    </message>
    <message>
        <source>Print a JSON array of objects with the keys date, ferritin, tsat, hb, mg_serum and egfr (null when not measured).</source>
        <translation>Skriv ut en JSON-array med objekt med nycklarna date, ferritin, tsat, hb, mg_serum och egfr (null när värdet inte mättes).</translation>
    </message>
    <message>
        <source>Usage: stilla-cli labs add --date YYYY-MM-DD [ferritin=N] [tsat=N] [hb=N] [mg_serum=N] [egfr=N]
       stilla-cli labs list [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--json]
       stilla-cli labs remove --date YYYY-MM-DD

Keep blood test results in the diary: ferritin in µg/L (the same number as ng/mL), tsat (transferrin saturation) in %, hb (haemoglobin) in g/L, mg_serum (magnesium in the blood) in mmol/L and egfr (the kidneys&apos; filtering, as the laboratory reports it) in mL/min/1.73 m². add changes only the values given; &quot;-&quot; clears one. Stilla checks iron against the American Academy of Sleep Medicine&apos;s 2024 guideline and eGFR against KDIGO&apos;s categories of kidney function (see stilla-cli safety).
</source>
        <translation>Användning: stilla-cli labs add --date YYYY-MM-DD [ferritin=N] [tsat=N] [hb=N] [mg_serum=N] [egfr=N]
       stilla-cli labs list [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--json]
       stilla-cli labs remove --date YYYY-MM-DD

Spara provsvar i dagboken: ferritin i µg/l (samma tal som ng/ml), tsat (transferrinmättnad) i %, hb (hemoglobin) i g/l, mg_serum (magnesium i blodet) i mmol/l och egfr (njurarnas filtrering, så som laboratoriet anger den) i ml/min/1,73 m². add ändrar bara de värden som anges; ”-” tar bort ett. Stilla jämför järnvärdena med American Academy of Sleep Medicines riktlinjer från 2024 och eGFR med KDIGO:s indelning av njurfunktion (se stilla-cli safety).
</translation>
    </message>
</context>
<context>
    <name>stilla::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Språk</translation>
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
    <name>stilla::MagnesiumSection</name>
    <message>
        <source>%1&#xa0;mg</source>
        <translation>%1&#xa0;mg</translation>
    </message>
    <message>
        <source>Magnesium</source>
        <translation>Magnesium</translation>
    </message>
    <message>
        <source>From food</source>
        <translation>Från maten</translation>
    </message>
    <message>
        <source>No foods logged for this day.</source>
        <translation>Inga livsmedel antecknade för den här dagen.</translation>
    </message>
    <message>
        <source>&amp;Add food…</source>
        <translation>&amp;Lägg till livsmedel…</translation>
    </message>
    <message>
        <source>Add a food from the food picker</source>
        <translation>Lägg till ett livsmedel från livsmedelslistan</translation>
    </message>
    <message>
        <source>Supplements</source>
        <translation>Tillskott</translation>
    </message>
    <message>
        <source>Add a su&amp;pplement</source>
        <translation>L&amp;ägg till ett tillskott</translation>
    </message>
    <message>
        <source>Add a supplement dose</source>
        <translation>Lägg till en dos av ett tillskott</translation>
    </message>
    <message>
        <source>Add yesterday&apos;s supplement doses</source>
        <translation>Lägg till gårdagens doser av tillskott</translation>
    </message>
    <message>
        <source>Grams of %1</source>
        <translation>Mängd %1 i gram</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Ta bort %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time. Write it as hh:mm, for example 08:00.</source>
        <translation>”%1” är inget klockslag. Skriv det som tt:mm, till exempel 08:00.</translation>
    </message>
    <message>
        <source>Same foods as yesterday</source>
        <translation>Samma livsmedel som i går</translation>
    </message>
    <message>
        <source>Add the foods logged yesterday</source>
        <translation>Lägg till livsmedlen som antecknades i går</translation>
    </message>
    <message>
        <source>Same doses as yesterday</source>
        <translation>Samma doser som i går</translation>
    </message>
    <message>
        <source>My usual: %1, %2 at %3</source>
        <translation>Min vanliga dos: %1, %2 kl. %3</translation>
    </message>
    <message>
        <source>My usual: %1, %2</source>
        <translation>Min vanliga dos: %1, %2</translation>
    </message>
    <message>
        <source>Add your usual dose: %1</source>
        <translation>Lägg till din vanliga dos: %1</translation>
    </message>
    <message>
        <source>The dose you logged on the most days of the last four weeks.</source>
        <translation>Den dos du har antecknat flest dagar de senaste fyra veckorna.</translation>
    </message>
    <message>
        <source>For the day: %1 from food, %2 from supplements, %3 in all.</source>
        <translation>För dagen: %1 från maten, %2 från tillskott, %3 totalt.</translation>
    </message>
    <message>
        <source>Adds yesterday&apos;s doses to a day without doses. Once the day has a dose, change or add doses in their rows.</source>
        <translation>Lägger till gårdagens doser en dag utan doser. När dagen har en dos ändrar eller lägger du till doser i deras rader.</translation>
    </message>
</context>
<context>
    <name>stilla::MainStatusBar</name>
    <message>
        <source>Demo diary with made-up data: nothing is kept when you close Stilla.</source>
        <translation>Demodagbok med påhittade uppgifter: ingenting sparas när du stänger Stilla.</translation>
    </message>
    <message>
        <source>Magnesium %1: %2 of %3&#xa0;mg</source>
        <translation>Magnesium %1: %2 av %3&#xa0;mg</translation>
    </message>
    <message>
        <source>Magnesium %1: %2&#xa0;mg</source>
        <translation>Magnesium %1: %2&#xa0;mg</translation>
    </message>
    <message>
        <source>Read-only: changes cannot be saved</source>
        <translation>Skrivskyddad: ändringar kan inte sparas</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Inte sparat</translation>
    </message>
</context>
<context>
    <name>stilla::MainWindow</name>
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
        <translation>Inställ&amp;ningar</translation>
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
    <message>
        <source>Added %1 (%2&#xa0;mg) to %3.</source>
        <translation>%1 (%2&#xa0;mg) lades till för %3.</translation>
    </message>
    <message>
        <source>Welcome to Stilla</source>
        <translation>Välkommen till Stilla</translation>
    </message>
    <message>
        <source>Stilla helps you keep a diary of your sleep, restless legs and magnesium, and holds a guide to what one article says about magnesium and RLS.</source>
        <translation>Stilla hjälper dig att föra dagbok över din sömn, dina besvär av restless legs och ditt magnesiumintag. Här finns också en guide till vad en artikel säger om magnesium och RLS.</translation>
    </message>
    <message>
        <source>Stilla informs; it does not replace your doctor. Talk to a doctor before you start, change or stop a treatment.

Would you like to fill in your profile now? It is optional and stays on this computer, and it lets Stilla point out what the guide says about your situation. You can do it later under Settings.</source>
        <translation>Stilla informerar men ersätter inte din läkare. Tala med en läkare innan du börjar, ändrar eller slutar med en behandling.

Vill du fylla i din profil nu? Det är frivilligt och uppgifterna stannar på den här datorn. Med profilen kan Stilla visa vad guiden säger om din situation. Du kan också göra det senare under Inställningar.</translation>
    </message>
    <message>
        <source>%1 (demo) — Stilla</source>
        <translation>%1 (demo) — Stilla</translation>
    </message>
    <message>
        <source>%1 (read-only) — Stilla</source>
        <translation>%1 (skrivskyddad) — Stilla</translation>
    </message>
    <message>
        <source>Stilla was started again with this data folder; this is its window.</source>
        <translation>Stilla startades igen med den här datamappen; det här är dess fönster.</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Kortkommandon</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>Överallt</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>R&amp;edigera</translation>
    </message>
</context>
<context>
    <name>stilla::MessageBox</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nej</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Ja till &amp;alla</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Förkasta</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>S&amp;täng</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Varning</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fel</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Fråga</translation>
    </message>
</context>
<context>
    <name>stilla::OwnFoodActions</name>
    <message>
        <source>Mark %1 as a Favourite</source>
        <translation>favoritmarkering av %1</translation>
    </message>
    <message>
        <source>Unmark %1 as a Favourite</source>
        <translation>avmarkering av favoriten %1</translation>
    </message>
    <message>
        <source>Favourites</source>
        <translation>Favoriter</translation>
    </message>
    <message>
        <source>New Food %1</source>
        <translation>nytt livsmedel %1</translation>
    </message>
    <message>
        <source>New Food</source>
        <translation>Nytt livsmedel</translation>
    </message>
    <message>
        <source>Edit Food %1</source>
        <translation>ändring av livsmedlet %1</translation>
    </message>
    <message>
        <source>Edit Food</source>
        <translation>Ändra livsmedel</translation>
    </message>
    <message>
        <source>Delete this food?</source>
        <translation>Ta bort livsmedlet?</translation>
    </message>
    <message>
        <source>Delete &quot;%1&quot; from your foods?</source>
        <translation>Ta bort ”%1” från dina livsmedel?</translation>
    </message>
    <message>
        <source>Days in the diary that include it keep their entries.</source>
        <translation>Dagar i dagboken där det ingår behåller sina anteckningar.</translation>
    </message>
    <message>
        <source>Delete Food %1</source>
        <translation>borttagning av livsmedlet %1</translation>
    </message>
    <message>
        <source>Delete Food</source>
        <translation>Ta bort livsmedel</translation>
    </message>
</context>
<context>
    <name>stilla::PathsCommand</name>
    <message>
        <source>Show where Stilla keeps the diary, logs and settings.</source>
        <translation>Visa var Stilla sparar dagboken, loggarna och inställningarna.</translation>
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
    <name>stilla::PhaseChart</name>
    <message>
        <source>Without magnesium (A)</source>
        <translation>Utan magnesium (A)</translation>
    </message>
    <message>
        <source>With magnesium (B)</source>
        <translation>Med magnesium (B)</translation>
    </message>
    <message numerus="yes">
        <source>Phase %1 (%2): %3 over %Ln analysed day(s).</source>
        <translation>
            <numerusform>Fas %1 (%2): %3 under %Ln analyserad dag.</numerusform>
            <numerusform>Fas %1 (%2): %3 under %Ln analyserade dagar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Average RLS severity in each phase (0–10, lower is better)</source>
        <translation>Genomsnittlig svårighetsgrad i varje fas (0–10, lägre är bättre)</translation>
    </message>
    <message>
        <source>Average sleep quality in each phase (1–5, higher is better)</source>
        <translation>Genomsnittlig sömnkvalitet i varje fas (1–5, högre är bättre)</translation>
    </message>
    <message>
        <source>Average total sleep in each phase (min, higher is better)</source>
        <translation>Genomsnittlig total sömn i varje fas (min, mer är bättre)</translation>
    </message>
    <message>
        <source>Phase %1 (%2): no analysed days yet.</source>
        <translation>Fas %1 (%2): inga analyserade dagar än.</translation>
    </message>
</context>
<context>
    <name>stilla::PrintToFile</name>
    <message>
        <source>Could not read what was printed for %1: %2. %1 was not changed.</source>
        <translation>Det gick inte att läsa det som skrevs ut till %1: %2. %1 ändrades inte.</translation>
    </message>
    <message>
        <source>Could not save %1: %2. Check that the folder exists, that you may write to it and that the disk has space.</source>
        <translation>Det gick inte att spara %1: %2. Kontrollera att mappen finns, att du får skriva i den och att disken har ledigt utrymme.</translation>
    </message>
</context>
<context>
    <name>stilla::ProfileArguments</name>
    <message>
        <source>%1: unknown value &quot;%2&quot;; use one of: %3.</source>
        <translation>%1: okänt värde ”%2”. Använd något av: %3.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not KEY=VALUE.</source>
        <translation>”%1” är inte KEY=VALUE.</translation>
    </message>
    <message>
        <source>%1: needs a value (for a list, none clears it).</source>
        <translation>%1: behöver ett värde (för en lista tömmer none den).</translation>
    </message>
    <message>
        <source>%1: none cannot be combined with other names.</source>
        <translation>%1: none kan inte kombineras med andra namn.</translation>
    </message>
    <message>
        <source>at most %1&#xa0;mg a day from supplements, set by %2</source>
        <translation>högst %1&#xa0;mg per dag från tillskott, enligt %2</translation>
    </message>
    <message>
        <source>Unknown key &quot;%1&quot;; the keys are age_group, sex, conditions, ruled_out, medications and reference.</source>
        <translation>Okänd nyckel ”%1”. Nycklarna är age_group, sex, conditions, ruled_out, medications och reference.</translation>
    </message>
    <message>
        <source>%1: both in conditions and in ruled_out.</source>
        <translation>%1: både i conditions och i ruled_out.</translation>
    </message>
    <message>
        <source>Keys and values:
  age_group=%1
      Stilla gives no doses for children.
  sex=%2
  conditions=NAME,...
      one or more of: %3; or none
  ruled_out=NAME,...
      conditions you know you do not have, from the same names; or none (not answered)
  medications=NAME,...
      medicines you take regularly: %4; or none
  reference=%5
      the upper limit for supplements you follow: nordic_eu (250&#xa0;mg a day, the default) or us (350&#xa0;mg a day)
</source>
        <translation>Nycklar och värden:
  age_group=%1
      Stilla ger inga doser för barn.
  sex=%2
  conditions=NAMN,...
      ett eller flera av: %3; eller none
  ruled_out=NAMN,...
      tillstånd du vet att du inte har, med samma namn; eller none (inte besvarat)
  medications=NAMN,...
      läkemedel du tar regelbundet: %4; eller none
  reference=%5
      den övre gräns för tillskott som du följer: nordic_eu (250&#xa0;mg per dag, standard) eller us (350&#xa0;mg per dag)
</translation>
    </message>
</context>
<context>
    <name>stilla::ProfileCommand</name>
    <message>
        <source>Show or change your profile: conditions, regular medicines, dose limit.</source>
        <translation>Visa eller ändra din profil: hälsotillstånd, läkemedel du tar regelbundet, gräns för dosen.</translation>
    </message>
    <message>
        <source>Show or change your profile. It is kept only in Stilla&apos;s settings file on this computer, and the safety notes use it.</source>
        <translation>Visa eller ändra din profil. Den sparas bara i Stillas inställningsfil på den här datorn, och säkerhetsnoteringarna använder den.</translation>
    </message>
    <message>
        <source>profile show: print the profile as JSON.</source>
        <translation>profile show: skriv ut profilen som JSON.</translation>
    </message>
    <message>
        <source>Print the profile.</source>
        <translation>Skriv ut profilen.</translation>
    </message>
    <message>
        <source>Change one or more keys, given as KEY=VALUE; nothing is changed if any is wrong.</source>
        <translation>Ändra en eller flera nycklar, angivna som KEY=VALUE. Ingenting ändras om någon av dem är fel.</translation>
    </message>
    <message>
        <source>profile needs show or set.</source>
        <translation>profile behöver show eller set.</translation>
    </message>
    <message>
        <source>profile show takes no arguments.</source>
        <translation>profile show tar inga argument.</translation>
    </message>
    <message>
        <source>Unknown profile action &quot;%1&quot;; use show or set.</source>
        <translation>Okänd åtgärd för profile: ”%1”. Använd show eller set.</translation>
    </message>
    <message>
        <source>--json is for profile show.</source>
        <translation>--json gäller bara profile show.</translation>
    </message>
    <message>
        <source>profile set needs at least one KEY=VALUE.</source>
        <translation>profile set behöver minst en KEY=VALUE.</translation>
    </message>
    <message>
        <source>Could not write the settings file %1; the profile was not changed. Check that the folder exists and that you may write to it.</source>
        <translation>Det gick inte att skriva inställningsfilen %1, så profilen ändrades inte. Kontrollera att mappen finns och att du får skriva i den.</translation>
    </message>
</context>
<context>
    <name>stilla::ProfileEditor</name>
    <message>
        <source>Stilla gives no daily target for children and adolescents. Ask a doctor or dietitian, or enter your own figure.</source>
        <translation>Stilla ger inget dagligt mål för barn och ungdomar. Fråga en läkare eller dietist, eller skriv in ett eget värde.</translation>
    </message>
    <message>
        <source>Your daily target: %1&#xa0;mg from food and supplements together (%2). This is a goal for your total intake, not a limit.</source>
        <translation>Ditt dagliga mål: %1&#xa0;mg från mat och tillskott tillsammans (%2). Det är ett mål för ditt totala intag, inte en gräns.</translation>
    </message>
    <message>
        <source>Your profile (optional)</source>
        <translation>Din profil (frivillig)</translation>
    </message>
    <message>
        <source>Everything here is optional and stays on this computer. Stilla uses it to point out what the guide says about your situation and to set your daily magnesium target. It does not replace advice from your doctor.</source>
        <translation>Allt här är frivilligt och stannar på den här datorn. Stilla använder det för att visa vad guiden säger om din situation och för att sätta ditt dagliga mål för magnesium. Det ersätter inte råd från din läkare.</translation>
    </message>
    <message>
        <source>A&amp;ge:</source>
        <translation>Å&amp;lder:</translation>
    </message>
    <message>
        <source>Age group</source>
        <translation>Åldersgrupp</translation>
    </message>
    <message>
        <source>Se&amp;x:</source>
        <translation>&amp;Kön:</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Kön</translation>
    </message>
    <message>
        <source>Conditions:</source>
        <translation>Hälsotillstånd:</translation>
    </message>
    <message>
        <source>Medicines you take regularly:</source>
        <translation>Läkemedel du tar regelbundet:</translation>
    </message>
    <message>
        <source>Supplement &amp;upper limit:</source>
        <translation>Övre &amp;gräns för tillskott:</translation>
    </message>
    <message>
        <source>Upper limit for magnesium from supplements</source>
        <translation>Övre gräns för magnesium från tillskott</translation>
    </message>
    <message>
        <source>%1&#xa0;mg a day — Swedish Food Agency, NNR 2023, EFSA</source>
        <translation>%1&#xa0;mg per dag — Livsmedelsverket, NNR 2023, EFSA</translation>
    </message>
    <message>
        <source>%1&#xa0;mg a day — US National Institutes of Health</source>
        <translation>%1&#xa0;mg per dag — National Institutes of Health (USA)</translation>
    </message>
    <message>
        <source>Daily &amp;target:</source>
        <translation>Dagligt &amp;mål:</translation>
    </message>
    <message>
        <source>Daily magnesium target follows</source>
        <translation>Dagligt mål för magnesium följer</translation>
    </message>
    <message>
        <source>Nordic Nutrition Recommendations 2023</source>
        <translation>Nordiska näringsrekommendationer 2023</translation>
    </message>
    <message>
        <source>US recommended dietary allowance</source>
        <translation>Rekommenderat dagligt intag i USA</translation>
    </message>
    <message>
        <source>Own target: none</source>
        <translation>Eget mål: inget</translation>
    </message>
    <message>
        <source>Your own daily target in mg (none uses the reference)</source>
        <translation>Ditt eget dagliga mål i mg (inget betyder att referensen används)</translation>
    </message>
    <message>
        <source>For RLS:</source>
        <translation>Mot RLS:</translation>
    </message>
    <message>
        <source>That can interact with magnesium:</source>
        <translation>Som kan påverka eller påverkas av magnesium:</translation>
    </message>
    <message>
        <source>That can make RLS worse:</source>
        <translation>Som kan göra RLS värre:</translation>
    </message>
    <message>
        <source>Stilla gives no daily target with kidney disease: the article advises against magnesium with any kidney disease. Ask your doctor, and enter a figure here only if they give you one.</source>
        <translation>Stilla ger inget dagligt mål vid njursjukdom: artikeln avråder från magnesium vid alla njursjukdomar. Fråga din läkare, och skriv bara in ett värde här om du får ett av hen.</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Inte besvarat</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>Stilla gives no daily target while your eGFR shows kidney disease (%1&#xa0;mL/min/1.73&#xa0;m² on %2): the article advises against magnesium with any kidney disease. Ask your doctor, and enter a figure here only if they give you one. If your doctor has told you that you have kidney disease, you can also note it under your conditions.</source>
        <translation>Stilla ger inget dagligt mål så länge ditt eGFR visar njursjukdom (%1&#xa0;ml/min/1,73&#xa0;m² den %2): artikeln avråder från magnesium vid all njursjukdom. Fråga din läkare, och skriv bara in ett värde här om läkaren ger dig ett. Om din läkare har sagt att du har en njursjukdom kan du också ange det under Hälsotillstånd.</translation>
    </message>
</context>
<context>
    <name>stilla::RangeHint</name>
    <message>
        <source>From %1 to %2%3: %4 is not possible.</source>
        <translation>Från %1 till %2%3: %4 är inte möjligt.</translation>
    </message>
</context>
<context>
    <name>stilla::RelationshipChart</name>
    <message>
        <source>Magnesium that day, food and supplements (mg)</source>
        <translation>Magnesium den dagen, mat och tillskott (mg)</translation>
    </message>
    <message>
        <source>Severity (0–10)</source>
        <translation>Svårighetsgrad (0–10)</translation>
    </message>
    <message>
        <source>Sleep quality (1–5)</source>
        <translation>Sömnkvalitet (1–5)</translation>
    </message>
    <message>
        <source>Straight-line fit</source>
        <translation>Anpassad rät linje</translation>
    </message>
    <message>
        <source>One day (magnesium and severity the same day)</source>
        <translation>En dag (magnesium och svårighetsgrad samma dag)</translation>
    </message>
    <message numerus="yes">
        <source>One day (magnesium, then severity %Ln day(s) later)</source>
        <translation>
            <numerusform>En dag (magnesium, sedan svårighetsgrad %Ln dag senare)</numerusform>
            <numerusform>En dag (magnesium, sedan svårighetsgrad %Ln dagar senare)</numerusform>
        </translation>
    </message>
    <message>
        <source>One day (magnesium, then sleep quality of the night that followed)</source>
        <translation>En dag (magnesium, sedan sömnkvaliteten natten som följde)</translation>
    </message>
    <message numerus="yes">
        <source>One day (magnesium, then sleep quality of the night that began %Ln day(s) later)</source>
        <translation>
            <numerusform>En dag (magnesium, sedan sömnkvaliteten natten som började %Ln dag senare)</numerusform>
            <numerusform>En dag (magnesium, sedan sömnkvaliteten natten som började %Ln dagar senare)</numerusform>
        </translation>
    </message>
    <message>
        <source>One day (magnesium, then total sleep of the night that followed)</source>
        <translation>En dag (magnesium, sedan den totala sömntiden natten som följde)</translation>
    </message>
    <message numerus="yes">
        <source>One day (magnesium, then total sleep of the night that began %Ln day(s) later)</source>
        <translation>
            <numerusform>En dag (magnesium, sedan den totala sömntiden natten som började %Ln dag senare)</numerusform>
            <numerusform>En dag (magnesium, sedan den totala sömntiden natten som började %Ln dagar senare)</numerusform>
        </translation>
    </message>
    <message>
        <source>Total sleep (hours)</source>
        <translation>Total sömntid (timmar)</translation>
    </message>
    <message>
        <source>One day</source>
        <translation>En dag</translation>
    </message>
</context>
<context>
    <name>stilla::RememberedSplitter</name>
    <message>
        <source>Column divider</source>
        <translation>Kolumnavdelare</translation>
    </message>
    <message>
        <source>The arrow keys move it, Home and End take it to either end; Enter keeps it there, Esc puts it back.</source>
        <translation>Piltangenterna flyttar den, Home och End tar den till ena änden; Enter behåller den där, Esc flyttar tillbaka den.</translation>
    </message>
</context>
<context>
    <name>stilla::RemindCommand</name>
    <message>
        <source>The morning reminder: about last night&apos;s sleep (default: the evening one, about the day).</source>
        <translation>Morgonpåminnelsen: om nattens sömn (standard: kvällspåminnelsen, om dagen).</translation>
    </message>
    <message>
        <source>The evening reminder (the default).</source>
        <translation>Kvällspåminnelsen (standard).</translation>
    </message>
    <message>
        <source>Show a desktop notification that reminds you to fill in the diary. It never shows what the diary holds. stilla-cli remind on and off switch the daily reminder on and off.</source>
        <translation>Visa en skrivbordsavisering som påminner dig om att fylla i dagboken. Den visar aldrig vad dagboken innehåller. stilla-cli remind on och off slår på och av den dagliga påminnelsen.</translation>
    </message>
    <message>
        <source>The day to remind about, as YYYY-MM-DD (default today; in the morning, today holds the night that ended this morning).</source>
        <translation>Dagen att påminna om, som YYYY-MM-DD (standard i dag; på morgonen har i dag natten som tog slut i morse).</translation>
    </message>
    <message>
        <source>Remind only when the day (in the morning: last night) is not in the diary yet.</source>
        <translation>Påminn bara när dagen (på morgonen: natten) inte finns i dagboken än.</translation>
    </message>
    <message>
        <source>Print what the notification would say; show nothing.</source>
        <translation>Skriv ut vad aviseringen skulle säga, men visa ingenting.</translation>
    </message>
    <message>
        <source>remind takes no arguments, only options (or: on, off).</source>
        <translation>remind tar inga argument, bara flaggor (eller: on, off).</translation>
    </message>
    <message>
        <source>Last night is in the diary already: no reminder.</source>
        <translation>Natten finns redan i dagboken: ingen påminnelse.</translation>
    </message>
    <message>
        <source>%1 is in the diary already: no reminder.</source>
        <translation>%1 finns redan i dagboken: ingen påminnelse.</translation>
    </message>
    <message>
        <source>Would show: %1 — %2</source>
        <translation>Skulle visa: %1 – %2</translation>
    </message>
    <message>
        <source>There is no desktop session bus, so no notification can be shown (%1).</source>
        <translation>Det finns ingen sessionsbuss för skrivbordet, så ingen avisering kan visas (%1).</translation>
    </message>
    <message>
        <source>Open Stilla</source>
        <translation>Öppna Stilla</translation>
    </message>
    <message>
        <source>The notification could not be shown: %1</source>
        <translation>Aviseringen gick inte att visa: %1</translation>
    </message>
    <message>
        <source>Showed the morning reminder.</source>
        <translation>Visade morgonpåminnelsen.</translation>
    </message>
    <message>
        <source>Showed the evening reminder.</source>
        <translation>Visade kvällspåminnelsen.</translation>
    </message>
    <message>
        <source>Switch a daily reminder on: a per-user systemd timer runs stilla-cli remind --if-not-logged at the time chosen. Nothing else runs between reminders.</source>
        <translation>Slå på en daglig påminnelse: en systemd-timer för din användare kör stilla-cli remind --if-not-logged vid vald tid. Inget annat körs mellan påminnelserna.</translation>
    </message>
    <message>
        <source>Switch a daily reminder off: its systemd timer is stopped and removed.</source>
        <translation>Slå av en daglig påminnelse: dess systemd-timer stoppas och tas bort.</translation>
    </message>
    <message>
        <source>The time, as HH:MM (default 21:00 in the evening, 08:00 in the morning).</source>
        <translation>Klockslaget, som tt:mm (standard 21:00 på kvällen, 08:00 på morgonen).</translation>
    </message>
    <message>
        <source>The reminder was changed, but the settings file %1 could not be written, so the window may not show it.</source>
        <translation>Påminnelsen ändrades, men inställningsfilen %1 gick inte att skriva, så fönstret kanske inte visar det.</translation>
    </message>
    <message>
        <source>The morning reminder is on at %1; stilla-cli remind off --morning switches it off.</source>
        <translation>Morgonpåminnelsen är på kl. %1. stilla-cli remind off --morning slår av den.</translation>
    </message>
    <message>
        <source>The evening reminder is on at %1; stilla-cli remind off switches it off.</source>
        <translation>Kvällspåminnelsen är på kl. %1. stilla-cli remind off slår av den.</translation>
    </message>
    <message>
        <source>The morning reminder is off.</source>
        <translation>Morgonpåminnelsen är av.</translation>
    </message>
    <message>
        <source>The evening reminder is off.</source>
        <translation>Kvällspåminnelsen är av.</translation>
    </message>
    <message>
        <source>Remind you to fill in the diary with a desktop notification; remind on and off switch the daily reminder on and off.</source>
        <translation>Påminn dig om att fylla i dagboken med en skrivbordsavisering. remind on och off slår på och av den dagliga påminnelsen.</translation>
    </message>
</context>
<context>
    <name>stilla::Reminder</name>
    <message>
        <source>Stilla: last night</source>
        <translation>Stilla: i natt</translation>
    </message>
    <message>
        <source>Last night&apos;s sleep is not in the diary yet. Fill it in while you remember it.</source>
        <translation>Nattens sömn finns inte i dagboken än. Fyll i den medan du minns den.</translation>
    </message>
    <message>
        <source>Stilla: today&apos;s diary</source>
        <translation>Stilla: dagens dagbok</translation>
    </message>
    <message>
        <source>Today is not in the diary yet. A minute now keeps the record whole.</source>
        <translation>Dagen finns inte i dagboken än. En minut nu håller anteckningarna hela.</translation>
    </message>
</context>
<context>
    <name>stilla::ReminderInstaller</name>
    <message>
        <source>&quot;systemctl --user %1&quot; did not succeed%2.</source>
        <translation>”systemctl --user %1” lyckades inte%2.</translation>
    </message>
    <message>
        <source>Could not write %1: %2.</source>
        <translation>Det gick inte att skriva %1: %2.</translation>
    </message>
    <message>
        <source>The reminder needs a valid time of day.</source>
        <translation>Påminnelsen behöver ett giltigt klockslag.</translation>
    </message>
    <message>
        <source>Could not create the folder %1 for the reminder.</source>
        <translation>Det gick inte att skapa mappen %1 för påminnelsen.</translation>
    </message>
    <message>
        <source>The reminder could not be switched on: %1 Reminders need a systemd user session, which most Linux desktops have.</source>
        <translation>Påminnelsen gick inte att slå på: %1 Påminnelser behöver en systemd-session för användaren, vilket de flesta Linuxskrivbord har.</translation>
    </message>
    <message>
        <source>Could not remove the reminder&apos;s files from %1.</source>
        <translation>Det gick inte att ta bort påminnelsens filer från %1.</translation>
    </message>
</context>
<context>
    <name>stilla::ReportCommand</name>
    <message>
        <source>Run stilla-cli report --help for the options.</source>
        <translation>Kör stilla-cli report --help för att se flaggorna.</translation>
    </message>
    <message>
        <source>First day of the report, as YYYY-MM-DD.</source>
        <translation>Rapportens första dag, som YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Last day of the report, as YYYY-MM-DD.</source>
        <translation>Rapportens sista dag, som YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>The report&apos;s language: sv or en (default: the system&apos;s).</source>
        <translation>Rapportens språk: sv eller en (standard: systemets).</translation>
    </message>
    <message>
        <source>The paper size: a4 or letter (default: the usual one where you live).</source>
        <translation>Pappersstorlek: a4 eller letter (standard: den som är vanlig där du bor).</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>PDF-filen som ska skrivas.</translation>
    </message>
    <message>
        <source>report needs --%1 YYYY-MM-DD.</source>
        <translation>report behöver --%1 YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>--from is after --to.</source>
        <translation>--from är senare än --to.</translation>
    </message>
    <message>
        <source>--lang must be sv or en.</source>
        <translation>--lang måste vara sv eller en.</translation>
    </message>
    <message>
        <source>--paper must be a4 or letter.</source>
        <translation>--paper måste vara a4 eller letter.</translation>
    </message>
    <message>
        <source>report needs exactly one FILE to write the PDF to.</source>
        <translation>report behöver exakt en FILE att skriva PDF:en till.</translation>
    </message>
    <message>
        <source>Could not make the report: it needs Qt&apos;s graphics (a QGuiApplication) for the fonts.</source>
        <translation>Det gick inte att skapa rapporten: den behöver Qts grafik (en QGuiApplication) för typsnitten.</translation>
    </message>
    <message>
        <source>Wrote the report to %1.</source>
        <translation>Rapporten skrevs till %1.</translation>
    </message>
    <message>
        <source>Write a report of the diary for a doctor to FILE as a PDF: a first page with the key figures (severity, sleep, magnesium from food and supplements against the target and the upper limit, supplement forms, side effects, safety notes, iron, the self-experiment) and the trend, then the details and a table of the days. The diary is only read.</source>
        <translation>Skriv en rapport om dagboken för en läkare till FIL som PDF: en första sida med nyckeltalen (svårighetsgrad, sömn, magnesium från mat och tillskott mot målet och den övre gränsen, tillskottsformer, biverkningar, säkerhetsnoteringar, järn, självexperimentet) och utvecklingen, sedan detaljerna och en tabell över dagarna. Dagboken läses bara.</translation>
    </message>
    <message>
        <source>A name to print on the report (not saved anywhere).</source>
        <translation>Ett namn att skriva ut på rapporten (sparas ingenstans).</translation>
    </message>
    <message>
        <source>A birth year to print on the report, such as 1961 (not saved anywhere).</source>
        <translation>Ett födelseår att skriva ut på rapporten, till exempel 1961 (sparas ingenstans).</translation>
    </message>
    <message>
        <source>--birth-year must be a year such as 1961, not &quot;%1&quot;.</source>
        <translation>--birth-year måste vara ett år, till exempel 1961, inte ”%1”.</translation>
    </message>
    <message>
        <source>Write a report of the diary for a doctor as a PDF (report --from D --to D FILE.pdf).</source>
        <translation>Skapa en PDF-rapport över dagboken för läkaren (report --from D --to D FILE.pdf).</translation>
    </message>
</context>
<context>
    <name>stilla::ReportDialog</name>
    <message>
        <source>Saved the report to %1.</source>
        <translation>Rapporten sparades i %1.</translation>
    </message>
    <message>
        <source>Report for the Doctor: Preview</source>
        <translation>Rapport till läkaren: förhandsgranskning</translation>
    </message>
    <message>
        <source>stilla-report-%1-%2</source>
        <translation>stilla-rapport-%1-%2</translation>
    </message>
    <message>
        <source>Save the Report</source>
        <translation>Spara rapporten</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokument (*.pdf)</translation>
    </message>
    <message>
        <source>The first day is after the last day. Choose an earlier first day or a later last day.</source>
        <translation>Den första dagen är senare än den sista. Välj en tidigare första dag eller en senare sista dag.</translation>
    </message>
    <message>
        <source>Report for the Doctor</source>
        <translation>Rapport till läkaren</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>The last month</source>
        <translation>Senaste månaden</translation>
    </message>
    <message>
        <source>The last 3 months</source>
        <translation>Senaste 3 månaderna</translation>
    </message>
    <message>
        <source>Chosen dates</source>
        <translation>Valda datum</translation>
    </message>
    <message>
        <source>Period of the report</source>
        <translation>Rapportens period</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Från:</translation>
    </message>
    <message>
        <source>First day of the report</source>
        <translation>Rapportens första dag</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Till:</translation>
    </message>
    <message>
        <source>Last day of the report</source>
        <translation>Rapportens sista dag</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <source>Language of the report</source>
        <translation>Rapportens språk</translation>
    </message>
    <message>
        <source>P&amp;aper:</source>
        <translation>Papp&amp;er:</translation>
    </message>
    <message>
        <source>Paper size of the report</source>
        <translation>Rapportens pappersstorlek</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>Förhands&amp;granska…</translation>
    </message>
    <message>
        <source>Preview the report</source>
        <translation>Förhandsgranska rapporten</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>Spa&amp;ra PDF…</translation>
    </message>
    <message>
        <source>Save the report as a PDF</source>
        <translation>Spara rapporten som PDF</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Report status</source>
        <translation>Rapportens status</translation>
    </message>
    <message>
        <source>A PDF of the diary written for your doctor: one first page with the key figures and the trend, then the details and a table of the days. It stays on this computer until you share it.</source>
        <translation>En PDF av dagboken skriven för din läkare: en första sida med nyckeltalen och utvecklingen, sedan detaljerna och en tabell över dagarna. Den stannar på den här datorn tills du delar den.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Frivilligt</translation>
    </message>
    <message>
        <source>Name on the report</source>
        <translation>Namn på rapporten</translation>
    </message>
    <message>
        <source>&amp;Birth year:</source>
        <translation>Fö&amp;delseår:</translation>
    </message>
    <message>
        <source>Birth year on the report</source>
        <translation>Födelseår på rapporten</translation>
    </message>
    <message>
        <source>Name and birth year are printed on this report only; Stilla does not save them.</source>
        <translation>Namn och födelseår skrivs bara ut på den här rapporten; Stilla sparar dem inte.</translation>
    </message>
</context>
<context>
    <name>stilla::ReportDocument</name>
    <message>
        <source>Magnesium and RLS severity</source>
        <translation>Magnesium och RLS-symtomens svårighetsgrad</translation>
    </message>
    <message>
        <source>Days logged</source>
        <translation>Antecknade dagar</translation>
    </message>
    <message>
        <source>Supplement forms and doses</source>
        <translation>Former och doser</translation>
    </message>
    <message>
        <source>No magnesium supplements were logged in this period.</source>
        <translation>Inga magnesiumtillskott antecknades under perioden.</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Dagar</translation>
    </message>
    <message>
        <source>Doses</source>
        <translation>Doser</translation>
    </message>
    <message>
        <source>Typical dose</source>
        <translation>Typisk dos</translation>
    </message>
    <message>
        <source>Also given through a drip</source>
        <translation>Även givet som dropp</translation>
    </message>
    <message>
        <source>Doses are elemental magnesium as the person logged them from the label. The typical dose is the median single dose.</source>
        <translation>Doserna anges som elementärt magnesium, så som personen antecknade dem från förpackningen. Den typiska dosen är mediandosen per tillfälle.</translation>
    </message>
    <message>
        <source>Safety notes</source>
        <translation>Säkerhetsnoteringar</translation>
    </message>
    <message>
        <source>Stilla&apos;s safety rules found nothing to note in this period.</source>
        <translation>Stillas säkerhetsregler hittade inget att notera under perioden.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notering</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivå</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Första</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Sista</translation>
    </message>
    <message>
        <source>No days were logged in this period.</source>
        <translation>Inga dagar antecknades under perioden.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Svårighetsgrad</translation>
    </message>
    <message>
        <source>Sleep quality</source>
        <translation>Sömnkvalitet</translation>
    </message>
    <message>
        <source>Total sleep</source>
        <translation>Total sömntid</translation>
    </message>
    <message>
        <source>Food (mg)</source>
        <translation>Mat (mg)</translation>
    </message>
    <message>
        <source>Supplements (mg)</source>
        <translation>Tillskott (mg)</translation>
    </message>
    <message>
        <source>Lab results</source>
        <translation>Provsvar</translation>
    </message>
    <message>
        <source>No blood test results are in the diary for this period or the 12 months before it.</source>
        <translation>Dagboken har inga provsvar från perioden eller de 12 månaderna före den.</translation>
    </message>
    <message>
        <source>Ferritin (µg/L)</source>
        <translation>Ferritin (µg/l)</translation>
    </message>
    <message>
        <source>Transferrin saturation (%)</source>
        <translation>Transferrinmättnad (%)</translation>
    </message>
    <message>
        <source>Haemoglobin (g/L)</source>
        <translation>Hemoglobin (g/l)</translation>
    </message>
    <message>
        <source>Serum magnesium (mmol/L)</source>
        <translation>P/S-magnesium (mmol/l)</translation>
    </message>
    <message>
        <source>Symptoms were noted on %1 of the last 30 days of the period, and the diary has no ferritin result from the 12 months before its end. The AASM 2024 guideline advises testing ferritin and transferrin saturation in clinically significant RLS.</source>
        <translation>Symtom antecknades %1 av periodens sista 30 dagar, och dagboken har inget ferritinvärde från de 12 månaderna före periodens slut. AASM:s riktlinjer från 2024 rekommenderar kontroll av ferritin och transferrinmättnad vid kliniskt betydande RLS.</translation>
    </message>
    <message>
        <source>Sources: %1.</source>
        <translation>Källor: %1.</translation>
    </message>
    <message>
        <source>Self-experiment</source>
        <translation>Självexperiment</translation>
    </message>
    <message>
        <source>Counted up to %1.</source>
        <translation>Räknat till och med %1.</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fas</translation>
    </message>
    <message>
        <source>Magnesium supplement</source>
        <translation>Magnesiumtillskott</translation>
    </message>
    <message>
        <source>Analysed days</source>
        <translation>Analyserade dagar</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Medelvärde</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>An empty cell means that it was not logged that day. Food and supplements are the day&apos;s magnesium from each, in mg. Sleep quality and total sleep are those of the night that ended on the morning of that day, so the night after a day&apos;s magnesium is on the next row. Safety notes are the numbers of the notes above.</source>
        <translation>En tom cell betyder att värdet inte antecknades den dagen. Mat och tillskott visar dagens magnesium från vardera, i mg. Sömnkvalitet och total sömn gäller natten som tog slut på morgonen den dagen, så natten efter en dags magnesium står på nästa rad. Säkerhetsnoteringar anges med numren på noteringarna ovan.</translation>
    </message>
    <message>
        <source>Appendix: details</source>
        <translation>Bilaga: detaljer</translation>
    </message>
    <message>
        <source>%1 a day planned; logged on %L2 of %L3 days logged</source>
        <translation>%1 per dag planerat; antecknat %L2 av %L3 antecknade dagar</translation>
    </message>
    <message>
        <source>None planned; none on %L1 of %L2 days logged</source>
        <translation>Inget planerat; inget %L1 av %L2 antecknade dagar</translation>
    </message>
    <message>
        <source>When symptoms began</source>
        <translation>När symtomen började</translation>
    </message>
    <message>
        <source>eGFR (mL/min/1.73&#xa0;m²)</source>
        <translation>eGFR (ml/min/1,73&#xa0;m²)</translation>
    </message>
    <message>
        <source>Kidney function: KDIGO 2012 Clinical Practice Guideline for the Evaluation and Management of Chronic Kidney Disease, Kidney Int Suppl 2013;3(1):1–150.</source>
        <translation>Njurfunktion: KDIGO 2012 Clinical Practice Guideline for the Evaluation and Management of Chronic Kidney Disease, Kidney Int Suppl 2013;3(1):1–150.</translation>
    </message>
    <message>
        <source>Ferritin %1&#xa0;µg/L on %2: at or below %3&#xa0;µg/L, where the AASM 2024 guideline, citing consensus guidelines, suggests oral or IV iron for adults with RLS.</source>
        <translation>Ferritin %1&#xa0;µg/l den %2. Vid %3&#xa0;µg/l eller lägre föreslår AASM:s riktlinjer från 2024, med hänvisning till konsensusriktlinjer, järn som tabletter eller intravenöst till vuxna med RLS.</translation>
    </message>
    <message>
        <source>Transferrin saturation %1&#xa0;% on %2: below %3&#xa0;%, where the AASM 2024 guideline, citing consensus guidelines, suggests oral or IV iron for adults with RLS.</source>
        <translation>Transferrinmättnad %1&#xa0;% den %2. Under %3&#xa0;% föreslår AASM:s riktlinjer från 2024, med hänvisning till konsensusriktlinjer, järn som tabletter eller intravenöst till vuxna med RLS.</translation>
    </message>
    <message>
        <source>Serum magnesium %1&#xa0;mmol/L on %2: above the usual range of %3–%4&#xa0;mmol/L (NIH ODS).</source>
        <translation>P/S-magnesium %1&#xa0;mmol/l den %2: över det vanliga intervallet %3–%4&#xa0;mmol/l (NIH ODS).</translation>
    </message>
    <message>
        <source>Serum magnesium %1&#xa0;mmol/L on %2: below the usual range of %3–%4&#xa0;mmol/L (NIH ODS).</source>
        <translation>P/S-magnesium %1&#xa0;mmol/l den %2: under det vanliga intervallet %3–%4&#xa0;mmol/l (NIH ODS).</translation>
    </message>
    <message>
        <source>Serum magnesium %1&#xa0;mmol/L on %2: above %3&#xa0;mmol/L, the lower end of the range (%3–%4&#xa0;mmol/L) above which symptoms of magnesium toxicity usually develop (NIH ODS).</source>
        <translation>P/S-magnesium %1&#xa0;mmol/l den %2: över %3&#xa0;mmol/l, den nedre gränsen för intervallet (%3–%4&#xa0;mmol/l) över vilket symtom på hypermagnesemi vanligen uppträder (NIH ODS).</translation>
    </message>
    <message>
        <source>Values as the person entered them. Stilla compares ferritin, transferrin saturation and eGFR with the guidelines&apos; thresholds, and the newest serum magnesium of the last %1 months with the normal range of %2–%3&#xa0;mmol/L and with %4&#xa0;mmol/L (NIH Office of Dietary Supplements); the laboratory&apos;s own reference ranges may differ. Guideline: Winkelman JW et al., J Clin Sleep Med 2025;21(1):137–152, doi:10.5664/jcsm.11390.</source>
        <translation>Värdena är de som personen själv har skrivit in. Stilla jämför ferritin, transferrinmättnad och eGFR med riktlinjernas gränsvärden, och det senaste P/S-magnesiumvärdet från de senaste %1 månaderna med normalintervallet %2–%3&#xa0;mmol/l och med %4&#xa0;mmol/l enligt NIH Office of Dietary Supplements; laboratoriets egna referensintervall kan skilja sig något. Riktlinjer: Winkelman JW m.fl., J Clin Sleep Med 2025;21(1):137–152, doi:10.5664/jcsm.11390.</translation>
    </message>
    <message>
        <source>eGFR %1&#xa0;mL/min/1.73&#xa0;m² on %2: KDIGO 2012 GFR category %3. The eGFR results have been below %4 in tests more than three months apart (the table shows them), which meets the KDIGO definition of chronic kidney disease. The article advises against magnesium with any kidney disease.</source>
        <translation>eGFR %1&#xa0;ml/min/1,73&#xa0;m² den %2: GFR-kategori %3 enligt KDIGO 2012. eGFR-värdena har legat under %4 i prover tagna med mer än tre månaders mellanrum (tabellen visar dem), vilket uppfyller KDIGO:s definition av kronisk njursjukdom. Artikeln avråder från magnesium vid all njursjukdom.</translation>
    </message>
    <message>
        <source>eGFR %1&#xa0;mL/min/1.73&#xa0;m² on %2: KDIGO 2012 GFR category %3, below %4. A reduced eGFR counts as chronic kidney disease when it lasts more than three months; the table shows any earlier results. The article advises against magnesium with any kidney disease.</source>
        <translation>eGFR %1&#xa0;ml/min/1,73&#xa0;m² den %2: GFR-kategori %3 enligt KDIGO 2012, under %4. Ett nedsatt eGFR räknas som kronisk njursjukdom när det varar mer än tre månader; tabellen visar eventuella tidigare provsvar. Artikeln avråder från magnesium vid all njursjukdom.</translation>
    </message>
    <message>
        <source>Stilla checks each logged day against the article&apos;s advice, the profile and the lab results. The number marks the days of each note in the table of days.</source>
        <translation>Stilla jämför varje antecknad dag med artikelns råd, profilen och provsvaren. Numret visar vilka dagar i tabellen över dagarna som noteringen gäller.</translation>
    </message>
</context>
<context>
    <name>stilla::ReportOverview</name>
    <message>
        <source>%1, born %2</source>
        <translation>%1, född %2</translation>
    </message>
    <message>
        <source>Born %1</source>
        <translation>Född %1</translation>
    </message>
    <message>
        <source>No age group, sex or conditions given.</source>
        <translation>Ingen åldersgrupp, inget kön och inga sjukdomar angivna.</translation>
    </message>
    <message>
        <source>Upper limit for magnesium from supplements: %1 a day (%2).</source>
        <translation>Övre gräns för magnesium från tillskott: %1 per dag (%2).</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%Ln day(s))</source>
        <translation>
            <numerusform>%1 (%Ln dag)</numerusform>
            <numerusform>%1 (%Ln dagar)</numerusform>
        </translation>
    </message>
    <message>
        <source>Regularly, from the profile: %1.</source>
        <translation>Regelbundet, enligt profilen: %1.</translation>
    </message>
    <message>
        <source>Logged in the period: %1.</source>
        <translation>Antecknade under perioden: %1.</translation>
    </message>
    <message>
        <source>None in the profile or logged in the period.</source>
        <translation>Inga i profilen eller antecknade under perioden.</translation>
    </message>
    <message>
        <source>None logged.</source>
        <translation>Inga antecknade.</translation>
    </message>
    <message numerus="yes">
        <source>Above the upper limit of %1 on %Ln day(s).</source>
        <translation>
            <numerusform>Över den övre gränsen på %1 under %Ln dag.</numerusform>
            <numerusform>Över den övre gränsen på %1 under %Ln dagar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Never above the upper limit of %1.</source>
        <translation>Aldrig över den övre gränsen på %1.</translation>
    </message>
    <message>
        <source>Not logged.</source>
        <translation>Inte antecknat.</translation>
    </message>
    <message numerus="yes">
        <source>%1 a day on average (%Ln day(s)).</source>
        <translation>
            <numerusform>%1 per dag i genomsnitt (%Ln dag).</numerusform>
            <numerusform>%1 per dag i genomsnitt (%Ln dagar).</numerusform>
        </translation>
    </message>
    <message>
        <source>Daily target %1 (%2): reached on %L3 of these days.</source>
        <translation>Dagligt mål %1 (%2): nåddes %L3 av dessa dagar.</translation>
    </message>
    <message numerus="yes">
        <source>%1, typically %2 (%Ln day(s))</source>
        <translation>
            <numerusform>%1, oftast %2 (%Ln dag)</numerusform>
            <numerusform>%1, oftast %2 (%Ln dagar)</numerusform>
        </translation>
    </message>
    <message>
        <source>None in this period.</source>
        <translation>Inga under perioden.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more in the appendix.</source>
        <translation>
            <numerusform>%Ln till i bilagan.</numerusform>
            <numerusform>%Ln till i bilagan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Latest ferritin %1&#xa0;µg/L on %2.</source>
        <translation>Senaste ferritin %1&#xa0;µg/l den %2.</translation>
    </message>
    <message>
        <source>No ferritin result in the diary from the 12 months before %1.</source>
        <translation>Inget ferritinvärde i dagboken från de 12 månaderna före %1.</translation>
    </message>
    <message>
        <source>Transferrin saturation %1&#xa0;% on %2, below %3&#xa0;%.</source>
        <translation>Transferrinmättnad %1&#xa0;% den %2, under %3&#xa0;%.</translation>
    </message>
    <message>
        <source>Symptoms on %1 of the last 30 days; the AASM 2024 guideline advises testing ferritin and transferrin saturation.</source>
        <translation>Symtom %1 av de senaste 30 dagarna; riktlinjen från AASM 2024 råder till att ta ferritin och transferrinmättnad.</translation>
    </message>
    <message>
        <source>With minus without %1 (95% confidence interval %2 to %3; %L4 and %L5 analysed days).</source>
        <translation>Med minus utan %1 (95&#xa0;% konfidensintervall %2 till %3; %L4 och %L5 analyserade dagar).</translation>
    </message>
    <message>
        <source>Too little data for an answer yet.</source>
        <translation>Ännu för lite data för ett svar.</translation>
    </message>
    <message>
        <source>No clear difference.</source>
        <translation>Ingen tydlig skillnad.</translation>
    </message>
    <message>
        <source>Better with magnesium.</source>
        <translation>Bättre med magnesium.</translation>
    </message>
    <message>
        <source>Worse with magnesium.</source>
        <translation>Sämre med magnesium.</translation>
    </message>
    <message>
        <source>Restless legs and magnesium: diary summary</source>
        <translation>Restless legs och magnesium: sammanfattning av dagboken</translation>
    </message>
    <message>
        <source>For the treating clinician, made with Stilla from the person&apos;s own diary. Stilla informs; it does not diagnose or prescribe. The figures show what was logged and what went together, not what caused what. Details follow in the appendix.</source>
        <translation>För behandlande läkare, sammanställd med Stilla utifrån personens egen dagbok. Stilla informerar; den ställer inga diagnoser och förskriver inga läkemedel. Siffrorna visar vad som antecknades och vad som samvarierade, inte vad som orsakade vad. Detaljerna finns i bilagan.</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message numerus="yes">
        <source>%1: %L2 of %Ln day(s) logged.</source>
        <translation>
            <numerusform>%1: %L2 av %Ln dag antecknade.</numerusform>
            <numerusform>%1: %L2 av %Ln dagar antecknade.</numerusform>
        </translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Medicines</source>
        <translation>Läkemedel</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Nyckeltal</translation>
    </message>
    <message numerus="yes">
        <source>Mean %1, middle half of days %2–%3 (%Ln day(s)).</source>
        <translation>
            <numerusform>Medel %1, mittersta hälften av dagarna %2–%3 (%Ln dag).</numerusform>
            <numerusform>Medel %1, mittersta hälften av dagarna %2–%3 (%Ln dagar).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mean %1 (%Ln night(s)).</source>
        <translation>
            <numerusform>Medel %1 (%Ln natt).</numerusform>
            <numerusform>Medel %1 (%Ln nätter).</numerusform>
        </translation>
    </message>
    <message>
        <source>Total sleep</source>
        <translation>Total sömntid</translation>
    </message>
    <message numerus="yes">
        <source>%1 a night on average (%Ln night(s)).</source>
        <translation>
            <numerusform>%1 per natt i genomsnitt (%Ln natt).</numerusform>
            <numerusform>%1 per natt i genomsnitt (%Ln nätter).</numerusform>
        </translation>
    </message>
    <message>
        <source>Magnesium from food</source>
        <translation>Magnesium från mat</translation>
    </message>
    <message>
        <source>Magnesium from supplements</source>
        <translation>Magnesium från tillskott</translation>
    </message>
    <message>
        <source>Magnesium, food and supplements</source>
        <translation>Magnesium, mat och tillskott</translation>
    </message>
    <message>
        <source>Supplement forms</source>
        <translation>Tillskottsformer</translation>
    </message>
    <message>
        <source>Side effects</source>
        <translation>Biverkningar</translation>
    </message>
    <message>
        <source>Safety notes</source>
        <translation>Säkerhetsnoteringar</translation>
    </message>
    <message>
        <source>Iron</source>
        <translation>Järn</translation>
    </message>
    <message>
        <source>Self-experiment</source>
        <translation>Självexperiment</translation>
    </message>
    <message numerus="yes">
        <source>Taken on %Ln day(s): %1 a day on average on those days, highest day %2.</source>
        <translation>
            <numerusform>Togs %Ln dag: %1 den dagen, högsta dagen %2.</numerusform>
            <numerusform>Togs %Ln dagar: %1 per dag i genomsnitt de dagarna, högsta dagen %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 phases from %2, %3 a day planned in the B phases; primary outcome %4.</source>
        <translation>Faserna %1 från %2, %3 per dag planerat i B-faserna; primärt utfall %4.</translation>
    </message>
    <message>
        <source>Latest ferritin %1&#xa0;µg/L on %2, transferrin saturation %3&#xa0;%.</source>
        <translation>Senaste ferritin %1&#xa0;µg/l den %2, transferrinmättnad %3&#xa0;%.</translation>
    </message>
    <message>
        <source>Rated by the person for each day, from 0 (no symptoms) to 10 (the worst imaginable): Stilla&apos;s own scale, not the IRLS.</source>
        <translation>Skattad av personen för varje dag, från 0 (inga besvär) till 10 (det värsta tänkbara): Stillas egen skala, inte IRLS.</translation>
    </message>
    <message numerus="yes">
        <source>%1 a day on average (%Ln day(s)), from the foods logged, which may not be all that was eaten.</source>
        <translation>
            <numerusform>%1 per dag i genomsnitt (%Ln dag), från de livsmedel som antecknats, vilket kanske inte är allt som åts.</numerusform>
            <numerusform>%1 per dag i genomsnitt (%Ln dagar), från de livsmedel som antecknats, vilket kanske inte är allt som åts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Daily target %1 (%2): reached on %L3 of these days, %Ln of them with supplements above the upper limit.</source>
        <translation>
            <numerusform>Dagligt mål %1 (%2): nåddes %L3 av dessa dagar, %Ln av dem med tillskott över den övre gränsen.</numerusform>
            <numerusform>Dagligt mål %1 (%2): nåddes %L3 av dessa dagar, %Ln av dem med tillskott över den övre gränsen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (as the person states)</source>
        <translation>%1 (enligt personen)</translation>
    </message>
    <message>
        <source>Latest eGFR %1&#xa0;mL/min/1.73&#xa0;m² on %2.</source>
        <translation>Senaste eGFR %1&#xa0;ml/min/1,73&#xa0;m² den %2.</translation>
    </message>
    <message>
        <source>Kidney function</source>
        <translation>Njurfunktion</translation>
    </message>
    <message>
        <source>RLS severity (0&#xa0;none – 10&#xa0;worst)</source>
        <translation>RLS-symtomens svårighetsgrad (0&#xa0;inga – 10&#xa0;värst)</translation>
    </message>
    <message>
        <source>Sleep quality (1&#xa0;very poor – 5&#xa0;very good)</source>
        <translation>Sömnkvalitet (1&#xa0;mycket dålig – 5&#xa0;mycket bra)</translation>
    </message>
    <message>
        <source>Latest ferritin %1&#xa0;µg/L on %2, without a transferrin saturation.</source>
        <translation>Senaste ferritin %1&#xa0;µg/l den %2, utan transferrinmättnad.</translation>
    </message>
    <message>
        <source>At or below %1&#xa0;µg/L, where the AASM 2024 guideline, citing consensus, suggests iron.</source>
        <translation>Vid eller under %1&#xa0;µg/l, där riktlinjen från AASM 2024, med stöd i konsensus, föreslår järn.</translation>
    </message>
    <message>
        <source>The question about kidney disease is unanswered, so it has not been ruled out; the article advises against magnesium with any kidney disease.</source>
        <translation>Frågan om njursjukdom är obesvarad, så njursjukdom är inte utesluten; artikeln avråder från magnesium vid all njursjukdom.</translation>
    </message>
    <message>
        <source>Severity with and without supplements</source>
        <translation>Svårighetsgrad med och utan tillskott</translation>
    </message>
    <message>
        <source>None that call for care.</source>
        <translation>Inga som kräver försiktighet.</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>The eGFRs meet the definition of kidney disease (see Kidney function), which the profile does not note; the article advises against magnesium with any kidney disease.</source>
        <translation>eGFR-värdena uppfyller definitionen av njursjukdom (se Njurfunktion), vilket profilen inte anger; artikeln avråder från magnesium vid all njursjukdom.</translation>
    </message>
    <message>
        <source>Every eGFR since %1 was below %2 (%3 on that day), which meets the KDIGO 2012 definition of chronic kidney disease.</source>
        <translation>Varje eGFR sedan %1 har legat under %2 (%3 den dagen), vilket uppfyller definitionen av kronisk njursjukdom i KDIGO 2012.</translation>
    </message>
    <message>
        <source>KDIGO 2012 GFR category %1; the article advises against magnesium with kidney disease.</source>
        <translation>GFR-kategori %1 enligt KDIGO 2012; artikeln avråder från magnesium vid njursjukdom.</translation>
    </message>
</context>
<context>
    <name>stilla::ReportText</name>
    <message>
        <source>%1&#xa0;mg</source>
        <translation>%1&#xa0;mg</translation>
    </message>
    <message>
        <source>%1&#xa0;h %2&#xa0;min</source>
        <translation>%1&#xa0;tim %2&#xa0;min</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>a period: first and last day</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Supplements above the daily upper limit</source>
        <translation>Tillskott över den dagliga övre gränsen</translation>
    </message>
    <message>
        <source>Supplements above the article&apos;s safe range</source>
        <translation>Tillskott över artikelns säkra intervall</translation>
    </message>
    <message>
        <source>A dose that may be a typing mistake</source>
        <translation>En dos som kan vara felskriven</translation>
    </message>
    <message>
        <source>Supplements for a child</source>
        <translation>Tillskott till ett barn</translation>
    </message>
    <message>
        <source>Common side effects on a supplement day</source>
        <translation>Vanliga biverkningar på en dag med tillskott</translation>
    </message>
    <message>
        <source>Possible signs of too much magnesium</source>
        <translation>Möjliga tecken på för mycket magnesium</translation>
    </message>
    <message>
        <source>Supplements with kidney disease</source>
        <translation>Tillskott vid njursjukdom</translation>
    </message>
    <message>
        <source>Supplements with a bleeding disorder</source>
        <translation>Tillskott vid blödningssjukdom</translation>
    </message>
    <message>
        <source>Magnesium by drip in pregnancy or breastfeeding</source>
        <translation>Magnesium som dropp vid graviditet eller amning</translation>
    </message>
    <message>
        <source>Possible interaction with an antibiotic</source>
        <translation>Möjlig interaktion med antibiotika</translation>
    </message>
    <message>
        <source>Possible interaction with a calcium channel blocker</source>
        <translation>Möjlig interaktion med kalciumkanalblockerare</translation>
    </message>
    <message>
        <source>Possible interaction with a muscle relaxant</source>
        <translation>Möjlig interaktion med muskelavslappnande läkemedel</translation>
    </message>
    <message>
        <source>Possible interaction with a diuretic</source>
        <translation>Möjlig interaktion med vätskedrivande läkemedel</translation>
    </message>
    <message>
        <source>Possible interaction with a bisphosphonate</source>
        <translation>Möjlig interaktion med bisfosfonater</translation>
    </message>
    <message>
        <source>Caffeine on a day with symptoms</source>
        <translation>Koffein på en dag med symtom</translation>
    </message>
    <message>
        <source>The day&apos;s supplements in one dose</source>
        <translation>Dagens tillskott som en enda dos</translation>
    </message>
    <message>
        <source>A child&apos;s supplements above the limit for the age</source>
        <translation>Tillskott till barn över gränsen för åldern</translation>
    </message>
    <message>
        <source>Nausea or vomiting with kidney disease</source>
        <translation>Illamående eller kräkningar vid njursjukdom</translation>
    </message>
    <message>
        <source>RLS in pregnancy</source>
        <translation>RLS under graviditet</translation>
    </message>
    <message>
        <source>Magnesium and gabapentin or pregabalin</source>
        <translation>Magnesium och gabapentin eller pregabalin</translation>
    </message>
    <message>
        <source>Magnesium and iron tablets</source>
        <translation>Magnesium och järntabletter</translation>
    </message>
    <message>
        <source>Magnesium and levothyroxine</source>
        <translation>Magnesium och levotyroxin</translation>
    </message>
    <message>
        <source>Long-term stomach acid medicine</source>
        <translation>Långvarigt läkemedel mot magsyra</translation>
    </message>
    <message>
        <source>A dopamine medicine for RLS (augmentation)</source>
        <translation>Dopaminläkemedel mot RLS (augmentation)</translation>
    </message>
    <message>
        <source>A medicine that can make RLS worse</source>
        <translation>Ett läkemedel som kan göra RLS värre</translation>
    </message>
    <message>
        <source>Highest day %1 from supplements; upper limit %2.</source>
        <translation>Högsta dagen %1 från tillskott; övre gräns %2.</translation>
    </message>
    <message>
        <source>Highest day %1 from supplements; the article&apos;s range ends at %2.</source>
        <translation>Högsta dagen %1 från tillskott; artikelns intervall slutar vid %2.</translation>
    </message>
    <message>
        <source>Highest entry %1, above %2.</source>
        <translation>Högsta anteckningen %1, över %2.</translation>
    </message>
    <message>
        <source>%1&#xa0;min</source>
        <translation>%1&#xa0;min</translation>
    </message>
    <message>
        <source>%1&#xa0;h</source>
        <translation>%1&#xa0;tim</translation>
    </message>
    <message>
        <source>Closest %1 between the medicine and a magnesium dose; at least %2 is advised.</source>
        <translation>Närmast %1 mellan läkemedlet och en magnesiumdos; minst %2 rekommenderas.</translation>
    </message>
    <message numerus="yes">
        <source>Daily magnesium (food and supplements) and same-day RLS severity: too few days with both (%Ln) for a correlation.</source>
        <translation>
            <numerusform>Dagligt magnesium (mat och tillskott) och samma dags svårighetsgrad: för få dagar med båda (%Ln) för en korrelation.</numerusform>
            <numerusform>Dagligt magnesium (mat och tillskott) och samma dags svårighetsgrad: för få dagar med båda (%Ln) för en korrelation.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Daily magnesium (food and supplements) and same-day RLS severity: no correlation can be given, because one of them did not vary over the %Ln day(s) with both.</source>
        <translation>
            <numerusform>Dagligt magnesium (mat och tillskott) och samma dags svårighetsgrad: ingen korrelation kan anges, eftersom det ena inte varierade under den %Ln dagen med båda.</numerusform>
            <numerusform>Dagligt magnesium (mat och tillskott) och samma dags svårighetsgrad: ingen korrelation kan anges, eftersom det ena inte varierade under de %Ln dagarna med båda.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Daily magnesium (food and supplements) and same-day RLS severity: Pearson r = %1 over %Ln day(s).</source>
        <translation>
            <numerusform>Dagligt magnesium (mat och tillskott) och samma dags svårighetsgrad: Pearsons r = %1 över %Ln dag.</numerusform>
            <numerusform>Dagligt magnesium (mat och tillskott) och samma dags svårighetsgrad: Pearsons r = %1 över %Ln dagar.</numerusform>
        </translation>
    </message>
    <message>
        <source>95% confidence interval %1 to %2, widened for autocorrelation (effective n about %3).</source>
        <translation>95&#xa0;% konfidensintervall %1 till %2, breddat för autokorrelation (effektivt n ungefär %3).</translation>
    </message>
    <message>
        <source>No confidence interval: too few effectively independent days.</source>
        <translation>Inget konfidensintervall: för få i praktiken oberoende dagar.</translation>
    </message>
    <message numerus="yes">
        <source>Fewer than %Ln paired days: too few to interpret.</source>
        <translation>
            <numerusform>Färre än %Ln dag med båda värdena: för få för att tolka.</numerusform>
            <numerusform>Färre än %Ln dagar med båda värdena: för få för att tolka.</numerusform>
        </translation>
    </message>
    <message>
        <source>Difference (with minus without) %1, 95% confidence interval %2 to %3, widened for autocorrelation.</source>
        <translation>Skillnad (med minus utan) %1, 95&#xa0;% konfidensintervall %2 till %3, breddat för autokorrelation.</translation>
    </message>
    <message>
        <source>Difference (with minus without) %1; no confidence interval can be given.</source>
        <translation>Skillnad (med minus utan) %1; inget konfidensintervall kan anges.</translation>
    </message>
    <message>
        <source>Too few days in a group to compare them.</source>
        <translation>För få dagar i en grupp för att jämföra dem.</translation>
    </message>
    <message numerus="yes">
        <source>Fewer than %Ln days in a group: too few to interpret.</source>
        <translation>
            <numerusform>Färre än %Ln dag i en grupp: för få för att tolka.</numerusform>
            <numerusform>Färre än %Ln dagar i en grupp: för få för att tolka.</numerusform>
        </translation>
    </message>
    <message>
        <source>These are associations in one person&apos;s diary, not effects: other causes (stress, season, other treatments), supplements started during a flare, regression to the mean and expectation can each produce them.</source>
        <translation>Detta är samband i en persons dagbok, inte effekter: andra orsaker (stress, årstid, annan behandling), tillskott som påbörjats under en försämring, regression mot medelvärdet och förväntan kan var för sig ge upphov till dem.</translation>
    </message>
    <message>
        <source>Weakness or drowsiness on a day with supplements</source>
        <translation>Svaghet eller dåsighet på en dag med tillskott</translation>
    </message>
    <message numerus="yes">
        <source>Days without supplements: mean RLS severity %1 (%Ln day(s)%2).</source>
        <translation>
            <numerusform>Dagar utan tillskott: genomsnittlig svårighetsgrad %1 (%Ln dag%2).</numerusform>
            <numerusform>Dagar utan tillskott: genomsnittlig svårighetsgrad %1 (%Ln dagar%2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Days with supplements: mean RLS severity %1 (%Ln day(s)%2).</source>
        <translation>
            <numerusform>Dagar med tillskott: genomsnittlig svårighetsgrad %1 (%Ln dag%2).</numerusform>
            <numerusform>Dagar med tillskott: genomsnittlig svårighetsgrad %1 (%Ln dagar%2).</numerusform>
        </translation>
    </message>
    <message>
        <source>Most days without supplements come before those with them: this is also a before-and-after comparison, which includes any other change over time (season, other treatment, the course of RLS).</source>
        <translation>De flesta dagar utan tillskott ligger före dagarna med tillskott: jämförelsen är därför också en före-och-efter-jämförelse, som innefattar varje annan förändring över tid (årstid, annan behandling, RLS-sjukdomens förlopp).</translation>
    </message>
    <message>
        <source>Most days without supplements come after those with them: this is also a before-and-after comparison, which includes any other change over time (season, other treatment, the course of RLS).</source>
        <translation>De flesta dagar utan tillskott ligger efter dagarna med tillskott: jämförelsen är därför också en före-och-efter-jämförelse, som innefattar varje annan förändring över tid (årstid, annan behandling, RLS-sjukdomens förlopp).</translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) with a time</source>
        <translation>
            <numerusform>%Ln dag med klockslag</numerusform>
            <numerusform>%Ln dagar med klockslag</numerusform>
        </translation>
    </message>
    <message>
        <source>Too few days with the time symptoms began to compare the first four weeks of the period with the last (%1 and %2; at least %3 in each).</source>
        <translation>För få dagar med klockslag för när symtomen började för att jämföra periodens första fyra veckor med de sista (%1 och %2; minst %3 i varje).</translation>
    </message>
    <message>
        <source>Median time symptoms began: %1 in the first four weeks of the period (%2) and %3 in the last four weeks (%4).</source>
        <translation>Mediantid när symtomen började: %1 under periodens första fyra veckor (%2) och %3 under de sista fyra veckorna (%4).</translation>
    </message>
    <message>
        <source>At the end they began %1 earlier.</source>
        <translation>I slutet började de %1 tidigare.</translation>
    </message>
    <message>
        <source>At the end they began %1 later.</source>
        <translation>I slutet började de %1 senare.</translation>
    </message>
    <message>
        <source>The same at the start and at the end.</source>
        <translation>Samma i början och i slutet.</translation>
    </message>
    <message>
        <source>Symptoms that start earlier in the day over months can be a sign of augmentation in a person taking a dopamine medicine for RLS (AASM 2024); a median of four weeks also moves with sleep, the season and other medicines. Only days with a clock time count.</source>
        <translation>Symtom som börjar tidigare på dagen under månader kan vara ett tecken på augmentation hos den som tar ett dopaminläkemedel mot RLS (AASM 2024); en median över fyra veckor rör sig också med sömn, årstid och andra läkemedel. Bara dagar med klockslag räknas.</translation>
    </message>
    <message>
        <source>A median of four weeks moves with sleep, the season and medicines. Only days with a clock time count.</source>
        <translation>En median över fyra veckor rör sig med sömn, årstid och läkemedel. Bara dagar med klockslag räknas.</translation>
    </message>
    <message numerus="yes">
        <source>Mean %1 on %Ln day(s) with supplements</source>
        <translation>
            <numerusform>Medel %1 under %Ln dag med tillskott</numerusform>
            <numerusform>Medel %1 under %Ln dagar med tillskott</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %1 on %Ln day(s) without</source>
        <translation>
            <numerusform>, %1 under %Ln dag utan</numerusform>
            <numerusform>, %1 under %Ln dagar utan</numerusform>
        </translation>
    </message>
    <message>
        <source>; difference %1 (95% confidence interval %2 to %3): %4</source>
        <translation>; skillnad %1 (95&#xa0;% konfidensintervall %2 till %3): %4</translation>
    </message>
    <message>
        <source>too few days to interpret.</source>
        <translation>för få dagar för att tolka.</translation>
    </message>
    <message>
        <source>no clear difference.</source>
        <translation>ingen tydlig skillnad.</translation>
    </message>
    <message>
        <source>unlikely to be chance alone.</source>
        <translation>knappast enbart slumpen.</translation>
    </message>
    <message>
        <source>; difference %1, no confidence interval can be given.</source>
        <translation>; skillnad %1, inget konfidensintervall kan anges.</translation>
    </message>
    <message>
        <source>; too few days in a group to compare them.</source>
        <translation>; för få dagar i en grupp för att jämföra dem.</translation>
    </message>
    <message>
        <source>The two groups are mostly two stretches of time.</source>
        <translation>De två grupperna är till största delen två olika tidsperioder.</translation>
    </message>
    <message>
        <source>; difference %1, too few days to interpret.</source>
        <translation>; skillnad %1, för få dagar för att tolka.</translation>
    </message>
    <message>
        <source>Up to %1 taken as a single dose (Stilla notes one above %2, half the upper limit); BfR advises taking the day&apos;s supplement magnesium in at least two doses.</source>
        <translation>Upp till %1 togs som en enda dos (Stilla noterar en dos över %2, halva den övre gränsen); BfR råder att dela upp dagens magnesium från tillskott på minst två doser.</translation>
    </message>
</context>
<context>
    <name>stilla::RestoreCommand</name>
    <message>
        <source>Replace the diary with a backup; the current diary is kept aside.</source>
        <translation>Ersätt dagboken med en säkerhetskopia; den nuvarande dagboken sparas undan.</translation>
    </message>
    <message>
        <source>Replace the diary with the backup FILE. The backup is checked first; the current diary is kept beside it, and a damaged one is moved aside.</source>
        <translation>Ersätt dagboken med säkerhetskopian FILE. Säkerhetskopian kontrolleras först. Den nuvarande dagboken sparas bredvid, och en skadad dagbok flyttas undan.</translation>
    </message>
    <message>
        <source>The backup to restore.</source>
        <translation>Säkerhetskopian som ska återställas.</translation>
    </message>
    <message>
        <source>restore needs exactly one FILE.</source>
        <translation>restore behöver exakt en FILE.</translation>
    </message>
    <message>
        <source>The backup %1 does not exist.</source>
        <translation>Säkerhetskopian %1 finns inte.</translation>
    </message>
    <message>
        <source>The diary as it was is kept beside it in %1.</source>
        <translation>Dagboken som den var innan finns kvar bredvid, i %1.</translation>
    </message>
    <message>
        <source>The damaged diary was moved to %1.</source>
        <translation>Den skadade dagboken flyttades till %1.</translation>
    </message>
    <message>
        <source>Restored the diary from %1.</source>
        <translation>Dagboken återställdes från %1.</translation>
    </message>
</context>
<context>
    <name>stilla::SafetyCommand</name>
    <message>
        <source>List the safety notes for one day of the diary.</source>
        <translation>Lista säkerhetsnoteringarna för en dag i dagboken.</translation>
    </message>
    <message>
        <source>List the safety notes for one day of the diary, based on the article and your profile: most important first. Stilla informs; it does not replace a doctor.</source>
        <translation>Lista säkerhetsnoteringarna för en dag i dagboken, utifrån artikeln och din profil, med de viktigaste först. Stilla informerar men ersätter inte en läkare.</translation>
    </message>
    <message>
        <source>The day, as YYYY-MM-DD.</source>
        <translation>Dagen, som YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Print a JSON array of objects with the keys rule, severity, message and section.</source>
        <translation>Skriv ut en JSON-array med objekt som har nycklarna rule, severity, message och section.</translation>
    </message>
    <message>
        <source>The language of the messages: sv or en (default: the system&apos;s).</source>
        <translation>Meddelandenas språk: sv eller en (standard: systemets).</translation>
    </message>
    <message>
        <source>safety takes no arguments; give the day with --date.</source>
        <translation>safety tar inga argument. Ange dagen med --date.</translation>
    </message>
    <message>
        <source>safety needs --date YYYY-MM-DD.</source>
        <translation>safety behöver --date YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>--lang must be sv or en.</source>
        <translation>--lang måste vara sv eller en.</translation>
    </message>
    <message>
        <source>There is no diary yet in %1.</source>
        <translation>Det finns ingen dagbok i %1 än.</translation>
    </message>
    <message>
        <source>Nothing to note for %1.</source>
        <translation>Inget att notera för %1.</translation>
    </message>
    <message>
        <source>guide section: %1</source>
        <translation>avsnitt i guiden: %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Källa: %1</translation>
    </message>
</context>
<context>
    <name>stilla::SafetyEngine</name>
    <message>
        <source>Stilla gives no doses for children; ask a doctor.</source>
        <translation>Stilla ger inga doser för barn. Fråga en läkare.</translation>
    </message>
    <message>
        <source>Today&apos;s supplements add up to %1&#xa0;mg, above the %2&#xa0;mg a day that %3 set as the upper limit for supplements. Magnesium from food does not count toward this limit.</source>
        <translation>Dagens tillskott blir sammanlagt %1&#xa0;mg. Det är över de %2&#xa0;mg per dag som %3 har satt som övre gräns för tillskott. Magnesium från maten räknas inte in i den gränsen.</translation>
    </message>
    <message>
        <source>A single dose of %1&#xa0;mg is more than %2&#xa0;mg, far more than a supplement usually holds. Please check the amount of magnesium on the label; it may be a typing mistake.</source>
        <translation>En enskild dos på %1&#xa0;mg är mer än %2&#xa0;mg, vilket är mycket mer än ett tillskott brukar innehålla. Kontrollera mängden magnesium på förpackningen. Det kan vara ett skrivfel.</translation>
    </message>
    <message>
        <source>An upset stomach, nausea, vomiting, diarrhoea and stomach cramps are common side effects of magnesium. A lower dose can reduce them.</source>
        <translation>Magbesvär, illamående, kräkningar, diarré och magkramper är vanliga biverkningar av magnesium. En lägre dos kan minska besvären.</translation>
    </message>
    <message>
        <source>Your profile notes kidney disease. The article advises against taking magnesium with any kidney disease, including kidney failure. Please talk to your doctor before you take more.</source>
        <translation>Enligt din profil har du en njursjukdom. Artikeln avråder från magnesium vid alla njursjukdomar, inklusive njursvikt. Tala med din läkare innan du tar mer.</translation>
    </message>
    <message>
        <source>Magnesium given through a drip may not be safe during pregnancy or while breastfeeding. Make sure the clinician giving it knows that you are pregnant or breastfeeding.</source>
        <translation>Magnesium som ges som dropp kan innebära risker under graviditet eller amning. Se till att vårdpersonalen som ger droppet vet att du är gravid eller ammar.</translation>
    </message>
    <message>
        <source>Magnesium can interact with aminoglycoside, quinolone and tetracycline antibiotics. Take tetracycline and quinolone antibiotics at least 2 hours before or 4 to 6 hours after magnesium, and ask your doctor or pharmacist about the others.</source>
        <translation>Magnesium och antibiotika av typen aminoglykosider, kinoloner och tetracykliner kan påverka varandra. Ta tetracykliner och kinoloner minst 2 timmar före eller 4–6 timmar efter magnesium, och fråga din läkare eller farmaceut om de andra.</translation>
    </message>
    <message>
        <source>Magnesium can interact with calcium channel blockers. Ask your doctor or pharmacist whether magnesium suits you with this medicine.</source>
        <translation>Magnesium och kalciumkanalblockerare kan påverka varandra. Fråga din läkare eller farmaceut om magnesium passar dig när du tar det här läkemedlet.</translation>
    </message>
    <message>
        <source>Magnesium can interact with muscle relaxants. Ask your doctor or pharmacist whether magnesium suits you with this medicine.</source>
        <translation>Magnesium och muskelavslappnande läkemedel kan påverka varandra. Fråga din läkare eller farmaceut om magnesium passar dig när du tar det här läkemedlet.</translation>
    </message>
    <message>
        <source>Magnesium can interact with bisphosphonates. Keep them at least 2 hours apart from magnesium, and ask your doctor or pharmacist whether magnesium suits you with this medicine.</source>
        <translation>Magnesium och bisfosfonater kan påverka varandra. Låt det gå minst 2 timmar mellan bisfosfonaten och magnesiumet, och fråga din läkare eller farmaceut om magnesium passar dig när du tar det här läkemedlet.</translation>
    </message>
    <message>
        <source>%1&#xa0;mg from supplements, above the upper limit of %2&#xa0;mg a day</source>
        <translation>%1&#xa0;mg från tillskott, över gränsen på %2&#xa0;mg per dag</translation>
    </message>
    <message>
        <source>A dose of %1&#xa0;mg: please check the label</source>
        <translation>En dos på %1&#xa0;mg: kontrollera förpackningen</translation>
    </message>
    <message>
        <source>No doses for children: ask a doctor</source>
        <translation>Inga doser för barn: fråga en läkare</translation>
    </message>
    <message>
        <source>Possible signs of too much magnesium: stop taking it</source>
        <translation>Möjliga tecken på för mycket magnesium: sluta ta det</translation>
    </message>
    <message>
        <source>Common side effects of magnesium: a lower dose can help</source>
        <translation>Vanliga biverkningar av magnesium: en lägre dos kan hjälpa</translation>
    </message>
    <message>
        <source>Bleeding disorder: ask your doctor before taking magnesium</source>
        <translation>Blödningssjukdom: fråga din läkare innan du tar magnesium</translation>
    </message>
    <message>
        <source>Magnesium through a drip when pregnant or breastfeeding: tell the clinician</source>
        <translation>Magnesium som dropp under graviditet eller amning: berätta det för vårdpersonalen</translation>
    </message>
    <message>
        <source>Calcium channel blockers can interact with magnesium</source>
        <translation>Kalciumkanalblockerare och magnesium kan påverka varandra</translation>
    </message>
    <message>
        <source>Muscle relaxants can interact with magnesium</source>
        <translation>Muskelavslappnande läkemedel och magnesium kan påverka varandra</translation>
    </message>
    <message>
        <source>Water pills (diuretics) can interact with magnesium</source>
        <translation>Vätskedrivande läkemedel och magnesium kan påverka varandra</translation>
    </message>
    <message>
        <source>Bisphosphonates: keep them at least 2 hours apart from magnesium</source>
        <translation>Bisfosfonater: håll minst 2 timmars mellanrum till magnesium</translation>
    </message>
    <message>
        <source>Caffeine on a day with symptoms can make RLS worse</source>
        <translation>Koffein på en dag med symtom kan göra RLS värre</translation>
    </message>
    <message>
        <source>You have noted restless legs on %1 of the last %2 days, and the diary has no ferritin result from the last 12 months. Low iron can make RLS worse, and the American Academy of Sleep Medicine advises checking ferritin and transferrin saturation in everyone with troublesome RLS. You could ask your doctor for a blood test.</source>
        <translation>Du har antecknat restless legs %1 av de senaste %2 dagarna, och dagboken har inget ferritinvärde från de senaste 12 månaderna. Järnbrist kan göra RLS värre, och American Academy of Sleep Medicine råder att alla med besvärande RLS får ferritin och transferrinmättnad kontrollerade. Du kan be din läkare om ett blodprov.</translation>
    </message>
    <message>
        <source>Ferritin %1&#xa0;µg/L: ask your doctor about iron</source>
        <translation>Ferritin %1&#xa0;µg/l: fråga din läkare om järn</translation>
    </message>
    <message>
        <source>Transferrin saturation %1&#xa0;%: ask your doctor about iron</source>
        <translation>Transferrinmättnad %1&#xa0;%: fråga din läkare om järn</translation>
    </message>
    <message>
        <source>No recent ferritin: ask your doctor about an iron test</source>
        <translation>Inget nytt ferritinvärde: fråga din läkare om ett järnprov</translation>
    </message>
    <message>
        <source>1 to 3 years</source>
        <translation>1–3 år</translation>
    </message>
    <message>
        <source>4 to 8 years</source>
        <translation>4–8 år</translation>
    </message>
    <message>
        <source>9 to 12 years</source>
        <translation>9–12 år</translation>
    </message>
    <message>
        <source>All of today&apos;s %1&#xa0;mg from supplements was taken as one dose, more than half of the upper limit of %2&#xa0;mg a day. The German Federal Institute for Risk Assessment advises taking the day&apos;s magnesium in at least two doses, as this is likely to be easier to tolerate.</source>
        <translation>Dagens %1&#xa0;mg från tillskott togs som en enda dos, mer än hälften av den övre gränsen på %2&#xa0;mg per dag. Tysklands federala institut för riskbedömning (BfR) råder att man delar upp dagens magnesium på minst två doser, eftersom det troligen är lättare för kroppen att tåla.</translation>
    </message>
    <message>
        <source>Today&apos;s supplements add up to %1&#xa0;mg, above %2&#xa0;mg a day, the upper limit for magnesium from supplements for children aged %3 (%4). Please talk to the child&apos;s doctor before giving more.</source>
        <translation>Dagens tillskott blir sammanlagt %1&#xa0;mg, över %2&#xa0;mg per dag, som är den övre gränsen för magnesium från tillskott för barn i åldern %3 (%4). Tala med barnets läkare innan du ger mer.</translation>
    </message>
    <message>
        <source>RLS is common in pregnancy, especially in the last three months, and usually goes away within a few weeks after the birth. Low iron makes it more likely: ask your midwife or doctor to check your iron.</source>
        <translation>RLS är vanligt under graviditet, särskilt de sista tre månaderna, och går oftast över inom några veckor efter förlossningen. Låga järnvärden gör det mer troligt: be din barnmorska eller läkare att kontrollera ditt järn.</translation>
    </message>
    <message>
        <source>Antacids that hold magnesium and aluminium lower how much gabapentin the body takes up. Take gabapentin at least %1 hours after magnesium, and ask your doctor or pharmacist about pregabalin.</source>
        <translation>Syraneutraliserande medel med magnesium och aluminium minskar hur mycket gabapentin kroppen tar upp. Ta gabapentin minst %1 timmar efter magnesium, och fråga din läkare eller farmaceut om pregabalin.</translation>
    </message>
    <message>
        <source>Magnesium lowers the uptake of iron tablets. Keep iron and magnesium at least %1 hours apart.</source>
        <translation>Magnesium minskar upptaget av järntabletter. Låt det gå minst %1 timmar mellan järnet och magnesiumet.</translation>
    </message>
    <message>
        <source>Magnesium can lower the uptake of levothyroxine (thyroid hormone). Take levothyroxine at least %1 hours before or after magnesium.</source>
        <translation>Magnesium kan minska upptaget av levotyroxin (sköldkörtelhormon). Ta levotyroxin minst %1 timmar före eller efter magnesium.</translation>
    </message>
    <message>
        <source>Taking a proton pump inhibitor (a stomach acid medicine such as omeprazole) for a long time, usually more than a year, can lower the body&apos;s magnesium. Ask your doctor whether your blood magnesium should be checked.</source>
        <translation>Att ta en protonpumpshämmare (ett läkemedel mot magsyra, till exempel omeprazol) länge, oftast mer än ett år, kan sänka kroppens magnesium. Fråga din läkare om ditt magnesiumvärde i blodet bör kontrolleras.</translation>
    </message>
    <message>
        <source>Dopamine medicines for RLS can, over time, make RLS worse: symptoms start earlier in the day, grow stronger or spread to the arms (augmentation). Do not raise the dose yourself; tell your doctor if your symptoms start earlier or spread.</source>
        <translation>Dopaminläkemedel mot RLS kan med tiden göra RLS värre: symtomen börjar tidigare på dagen, blir starkare eller sprider sig till armarna (augmentation). Höj inte dosen själv, och berätta för din läkare om symtomen börjar tidigare eller sprider sig.</translation>
    </message>
    <message>
        <source>One of your medicines can make RLS worse (a sedating antihistamine, a medicine that blocks dopamine, or an antidepressant that raises serotonin). Do not stop it on your own: ask your doctor whether another medicine would suit you better.</source>
        <translation>Ett av dina läkemedel kan göra RLS värre (en sederande antihistamin, ett läkemedel som blockerar dopamin eller ett antidepressivt läkemedel som höjer serotonin). Sluta inte ta det på egen hand: fråga din läkare om ett annat läkemedel skulle passa dig bättre.</translation>
    </message>
    <message>
        <source>%1&#xa0;mg in one dose: better split into two</source>
        <translation>%1&#xa0;mg som en dos: dela hellre upp på två</translation>
    </message>
    <message>
        <source>%1&#xa0;mg from supplements, above a child&apos;s limit of %2&#xa0;mg a day</source>
        <translation>%1&#xa0;mg från tillskott, över barnets gräns på %2&#xa0;mg per dag</translation>
    </message>
    <message>
        <source>Kidney disease and nausea: stop magnesium, talk to your doctor today</source>
        <translation>Njursjukdom och illamående: sluta med magnesium, tala med läkare i dag</translation>
    </message>
    <message>
        <source>RLS in pregnancy: ask about your iron</source>
        <translation>RLS under graviditet: fråga om ditt järn</translation>
    </message>
    <message>
        <source>Gabapentin: take it at least %1 hours after magnesium</source>
        <translation>Gabapentin: ta det minst %1 timmar efter magnesium</translation>
    </message>
    <message>
        <source>Iron tablets: keep them at least %1 hours apart from magnesium</source>
        <translation>Järntabletter: minst %1 timmar mellan dem och magnesium</translation>
    </message>
    <message>
        <source>Levothyroxine: keep it at least %1 hours apart from magnesium</source>
        <translation>Levotyroxin: minst %1 timmar mellan det och magnesium</translation>
    </message>
    <message>
        <source>Stomach acid medicines can lower magnesium over time</source>
        <translation>Läkemedel mot magsyra kan med tiden sänka magnesium</translation>
    </message>
    <message>
        <source>Dopamine medicines: tell your doctor if symptoms start earlier or spread</source>
        <translation>Dopaminläkemedel: säg till läkaren om symtomen börjar tidigare eller sprids</translation>
    </message>
    <message>
        <source>One of your medicines can make RLS worse: ask your doctor</source>
        <translation>Ett av dina läkemedel kan göra RLS värre: fråga din läkare</translation>
    </message>
    <message>
        <source>%1&#xa0;min</source>
        <translation>%1&#xa0;min</translation>
    </message>
    <message>
        <source>%1&#xa0;h</source>
        <translation>%1&#xa0;tim</translation>
    </message>
    <message>
        <source>%1&#xa0;h %2&#xa0;min</source>
        <translation>%1&#xa0;tim %2&#xa0;min</translation>
    </message>
    <message numerus="yes">
        <source>%Ln minute(s)</source>
        <translation>
            <numerusform>%Ln minut</numerusform>
            <numerusform>%Ln minuter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hour(s)</source>
        <translation>
            <numerusform>%Ln timme</numerusform>
            <numerusform>%Ln timmar</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>hours and minutes</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>gabapentin or pregabalin</source>
        <translation>gabapentin eller pregabalin</translation>
    </message>
    <message>
        <source>iron</source>
        <translation>järn</translation>
    </message>
    <message>
        <source>levothyroxine</source>
        <translation>levotyroxin</translation>
    </message>
    <message numerus="yes">
        <source>You took %1 at %2 and magnesium at %3, only %4 apart. Magnesium can lower how much of the medicine the body takes up: keep them at least %Ln hour(s) apart.</source>
        <translation>
            <numerusform>Du tog %1 kl. %2 och magnesium kl. %3, med bara %4 emellan. Magnesium kan minska hur mycket av läkemedlet kroppen tar upp: låt det gå minst %Ln timme mellan dem.</numerusform>
            <numerusform>Du tog %1 kl. %2 och magnesium kl. %3, med bara %4 emellan. Magnesium kan minska hur mycket av läkemedlet kroppen tar upp: låt det gå minst %Ln timmar mellan dem.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 between magnesium and %2, as advised</source>
        <translation>%1 mellan magnesium och %2, enligt rådet</translation>
    </message>
    <message numerus="yes">
        <source>%1 between magnesium and %2: keep %Ln hour(s) apart</source>
        <translation>
            <numerusform>%1 mellan magnesium och %2: håll minst %Ln timme emellan</numerusform>
            <numerusform>%1 mellan magnesium och %2: håll minst %Ln timmar emellan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You took %1 at %2 and magnesium at %3, %4 apart. That keeps to the advice: at least %Ln hour(s) apart.</source>
        <translation>
            <numerusform>Du tog %1 kl. %2 och magnesium kl. %3, med %4 emellan. Det följer rådet: minst %Ln timme emellan.</numerusform>
            <numerusform>Du tog %1 kl. %2 och magnesium kl. %3, med %4 emellan. Det följer rådet: minst %Ln timmar emellan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Seek care now</source>
        <translation>Sök vård nu</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Varning</translation>
    </message>
    <message>
        <source>Take care</source>
        <translation>Var försiktig</translation>
    </message>
    <message>
        <source>Good to know</source>
        <translation>Bra att veta</translation>
    </message>
    <message>
        <source>%1&#xa0;mg a day: better taken as two doses or more</source>
        <translation>%1&#xa0;mg om dagen: tas hellre som två doser eller fler</translation>
    </message>
    <message>
        <source>Weakness or drowsiness with magnesium: stop it, talk to a doctor today</source>
        <translation>Svaghet eller dåsighet med magnesium: sluta ta det, tala med läkare i dag</translation>
    </message>
    <message>
        <source>Kidney disease: the article advises against magnesium; talk to your doctor</source>
        <translation>Njursjukdom: artikeln avråder från magnesium; tala med din läkare</translation>
    </message>
    <message>
        <source>Slowed breathing, confusion, an irregular heartbeat or low blood pressure can be signs of too much magnesium. Stop taking magnesium and seek medical care now (call 112 in Sweden or your local emergency number).</source>
        <translation>Långsammare andning, förvirring, oregelbunden hjärtrytm eller lågt blodtryck kan vara tecken på för mycket magnesium. Sluta ta magnesium och sök vård nu (ring 112 i Sverige eller ditt lokala larmnummer).</translation>
    </message>
    <message>
        <source>Muscle weakness or unusual drowsiness on a day with magnesium supplements can be an early sign of too much magnesium, mostly with high doses or kidney disease. Stop taking magnesium and talk to a doctor today. Seek care at once if your breathing slows, you become confused or your heartbeat is irregular.</source>
        <translation>Muskelsvaghet eller ovanlig dåsighet en dag med magnesiumtillskott kan vara ett tidigt tecken på för mycket magnesium, framför allt vid höga doser eller njursjukdom. Sluta ta magnesium och tala med läkare i dag. Sök vård genast om andningen blir långsammare, du blir förvirrad eller hjärtrytmen blir oregelbunden.</translation>
    </message>
    <message>
        <source>%1&#xa0;mg from supplements: above the %2&#xa0;mg limit and the article&apos;s %3–%4&#xa0;mg</source>
        <translation>%1&#xa0;mg från tillskott: över gränsen på %2&#xa0;mg och artikelns %3–%4&#xa0;mg</translation>
    </message>
    <message>
        <source>eGFR %1: ask your doctor before taking magnesium</source>
        <translation>eGFR %1: fråga din läkare innan du tar magnesium</translation>
    </message>
    <message>
        <source>eGFR %1: no magnesium supplements without your doctor&apos;s advice</source>
        <translation>eGFR %1: inga magnesiumtillskott utan din läkares råd</translation>
    </message>
    <message>
        <source>Your ferritin was %1&#xa0;µg/L on %2. For adults with RLS, the American Academy of Sleep Medicine&apos;s guideline, citing expert consensus, suggests iron treatment when ferritin is %3&#xa0;µg/L or lower. Talk to your doctor about iron; do not start taking iron without their advice.</source>
        <translation>Ditt ferritin var %1&#xa0;µg/l den %2. För vuxna med RLS föreslår riktlinjerna från American Academy of Sleep Medicine, med stöd i expertkonsensus, behandling med järn när ferritin är %3&#xa0;µg/l eller lägre. Tala med din läkare om järn, och börja inte ta järn utan läkarens råd.</translation>
    </message>
    <message>
        <source>Your transferrin saturation was %1&#xa0;% on %2. For adults with RLS, the American Academy of Sleep Medicine&apos;s guideline, citing expert consensus, suggests iron treatment when it is below %3&#xa0;%. Talk to your doctor about iron; do not start taking iron without their advice.</source>
        <translation>Din transferrinmättnad var %1&#xa0;% den %2. För vuxna med RLS föreslår riktlinjerna från American Academy of Sleep Medicine, med stöd i expertkonsensus, behandling med järn när den är under %3&#xa0;%. Tala med din läkare om järn, och börja inte ta järn utan läkarens råd.</translation>
    </message>
    <message>
        <source>Tetracycline or quinolone antibiotics: take them hours apart from magnesium</source>
        <translation>Tetracykliner eller kinoloner (antibiotika): ta dem med några timmars mellanrum från magnesium</translation>
    </message>
    <message>
        <source>Today&apos;s supplements add up to %1&#xa0;mg, more than the %2–%3&#xa0;mg a day that the article calls safe for adolescents and adults. Unless your doctor prescribed this dose, consider a lower one, and talk to a doctor about the right dose for you.</source>
        <translation>Dagens tillskott blir sammanlagt %1&#xa0;mg. Det är mer än de %2–%3&#xa0;mg per dag som artikeln anger som säkert för ungdomar och vuxna. Om inte din läkare har ordinerat den här dosen, överväg en lägre, och tala med en läkare om vilken dos som passar dig.</translation>
    </message>
    <message>
        <source>Your profile notes a bleeding disorder. The article says that magnesium can slow blood clotting and raise the risk of bleeding, so ask your doctor before you take it.</source>
        <translation>Enligt din profil har du en blödningssjukdom. Artikeln skriver att magnesium kan göra att blodet koagulerar långsammare och öka risken för blödningar. Fråga därför din läkare innan du tar magnesium.</translation>
    </message>
    <message>
        <source>You had caffeine on a day with RLS symptoms. Caffeine can make RLS worse, and the article adds that it lowers the body&apos;s magnesium, so it may help to cut down on it.</source>
        <translation>Du fick i dig koffein en dag med RLS-symtom. Koffein kan göra RLS värre, och artikeln tillägger att det sänker kroppens magnesiumnivå, så det kan hjälpa att dra ner på det.</translation>
    </message>
    <message numerus="yes">
        <source>You took magnesium at %3 and %1 at %2, %4 later. That keeps to the advice: gabapentin at least %Ln hour(s) after magnesium.</source>
        <translation>
            <numerusform>Du tog magnesium kl. %3 och %1 kl. %2, %4 senare. Det följer rådet: gabapentin minst %Ln timme efter magnesium.</numerusform>
            <numerusform>Du tog magnesium kl. %3 och %1 kl. %2, %4 senare. Det följer rådet: gabapentin minst %Ln timmar efter magnesium.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You took magnesium at %3 and %1 at %2, only %4 later. Antacids that hold magnesium lower how much gabapentin the body takes up (this is not known for pregabalin): take gabapentin at least %Ln hour(s) after magnesium.</source>
        <translation>
            <numerusform>Du tog magnesium kl. %3 och %1 kl. %2, bara %4 senare. Syraneutraliserande medel med magnesium minskar hur mycket gabapentin kroppen tar upp (för pregabalin är detta inte känt): ta gabapentin minst %Ln timme efter magnesium.</numerusform>
            <numerusform>Du tog magnesium kl. %3 och %1 kl. %2, bara %4 senare. Syraneutraliserande medel med magnesium minskar hur mycket gabapentin kroppen tar upp (för pregabalin är detta inte känt): ta gabapentin minst %Ln timmar efter magnesium.</numerusform>
        </translation>
    </message>
    <message>
        <source>Magnesium can interact with water pills (diuretics). Loop and thiazide diuretics (such as furosemide or hydrochlorothiazide) can make the body lose magnesium over time; potassium-sparing ones (such as spironolactone or amiloride) make it keep more. Ask your doctor or pharmacist whether magnesium suits you with this medicine.</source>
        <translation>Magnesium och vätskedrivande läkemedel (diuretika) kan påverka varandra. Loop- och tiaziddiuretika (till exempel furosemid eller hydroklortiazid) kan med tiden göra att kroppen förlorar magnesium; kaliumsparande (till exempel spironolakton eller amilorid) gör att den behåller mer. Fråga din läkare eller farmaceut om magnesium passar dig när du tar det här läkemedlet.</translation>
    </message>
    <message>
        <source>the usual range of %1–%2&#xa0;mmol/L (your laboratory&apos;s own range may differ slightly)</source>
        <translation>det vanliga intervallet %1–%2&#xa0;mmol/l (ditt laboratoriums eget intervall kan skilja sig något)</translation>
    </message>
    <message>
        <source>Your magnesium in the blood was %1&#xa0;mmol/L on %2. From about %3–%4&#xa0;mmol/L, signs of too much magnesium usually begin, such as nausea, vomiting, facial flushing and drowsiness. Do not take magnesium supplements, nor laxatives or antacids that contain magnesium. If your doctor has not already contacted you about this result, contact your doctor today. Seek care at once if you feel very weak, your breathing is difficult or your heartbeat is irregular. (Stilla expects mmol/L: if your laboratory gave the value in mg/dL or mEq/L, correct it under Lab Results.)</source>
        <translation>Ditt magnesiumvärde i blodet var %1&#xa0;mmol/l den %2. Vid värden över ungefär %3–%4&#xa0;mmol/l brukar tecken på för mycket magnesium börja, till exempel illamående, kräkningar, rodnad i ansiktet och dåsighet. Ta inte magnesiumtillskott, och inte heller laxermedel eller syraneutraliserande medel som innehåller magnesium. Om vården inte redan har hört av sig om provsvaret, kontakta din läkare i dag. Sök vård genast om du blir mycket kraftlös, har svårt att andas eller hjärtrytmen blir oregelbunden. (Stilla räknar med mmol/l: om laboratoriet angav värdet i mg/dl eller mEq/l, rätta det under Provsvar.)</translation>
    </message>
    <message>
        <source>Your magnesium in the blood was %1&#xa0;mmol/L on %2, above %3. The kidneys normally remove extra magnesium, so a high value needs your doctor&apos;s assessment. Ask your doctor before you take, or keep taking, magnesium supplements.</source>
        <translation>Ditt magnesiumvärde i blodet var %1&#xa0;mmol/l den %2, över %3. Njurarna gör sig normalt av med överskott av magnesium, så ett högt värde behöver bedömas av din läkare. Fråga din läkare innan du tar, eller fortsätter att ta, magnesiumtillskott.</translation>
    </message>
    <message>
        <source>Your magnesium in the blood was %1&#xa0;mmol/L on %2, below %3. Show the result to your doctor, who can look for the cause. Some medicines can lower magnesium, such as stomach acid medicines (proton pump inhibitors) taken for a long time, and diuretics.</source>
        <translation>Ditt magnesiumvärde i blodet var %1&#xa0;mmol/l den %2, under %3. Visa provsvaret för din läkare, som kan ta reda på orsaken. Vissa läkemedel kan sänka magnesiumvärdet, till exempel protonpumpshämmare (mot magsyra) som tas länge och vätskedrivande läkemedel.</translation>
    </message>
    <message>
        <source>Magnesium in the blood %1&#xa0;mmol/L: no magnesium supplements; contact your doctor</source>
        <translation>Magnesium i blodet %1&#xa0;mmol/l: inga magnesiumtillskott; kontakta din läkare</translation>
    </message>
    <message>
        <source>Magnesium in the blood %1&#xa0;mmol/L: ask your doctor before taking magnesium</source>
        <translation>Magnesium i blodet %1&#xa0;mmol/l: fråga din läkare innan du tar magnesium</translation>
    </message>
    <message>
        <source>Magnesium in the blood %1&#xa0;mmol/L: show the result to your doctor</source>
        <translation>Magnesium i blodet %1&#xa0;mmol/l: visa provsvaret för din läkare</translation>
    </message>
    <message>
        <source>Magnesium in the blood %1&#xa0;mmol/L is above the usual range of %2–%3&#xa0;mmol/L. Stilla expects mmol/L: if your laboratory gave %1 in mg/dL, that is %4&#xa0;mmol/L; in mEq/L, %5&#xa0;mmol/L.</source>
        <translation>Magnesium i blodet %1&#xa0;mmol/l ligger över det vanliga intervallet %2–%3&#xa0;mmol/l. Stilla räknar med mmol/l: om laboratoriet angav %1 i mg/dl motsvarar det %4&#xa0;mmol/l, och i mEq/l %5&#xa0;mmol/l.</translation>
    </message>
    <message>
        <source>Your eGFR was %1&#xa0;mL/min/1.73&#xa0;m² on %2: your kidney function is severely reduced or has failed.</source>
        <translation>Ditt eGFR var %1&#xa0;ml/min/1,73&#xa0;m² den %2: din njurfunktion är kraftigt nedsatt eller sviktande.</translation>
    </message>
    <message>
        <source>eGFR %1 and nausea: stop magnesium, talk to your doctor today</source>
        <translation>eGFR %1 och illamående: sluta med magnesium, tala med läkare i dag</translation>
    </message>
    <message>
        <source>You noted nausea or vomiting on a day with magnesium. When the kidneys remove less, magnesium builds up more easily, and nausea or vomiting can be an early sign of too much magnesium. Stop taking magnesium and talk to your doctor today.</source>
        <translation>Du har antecknat illamående eller kräkningar en dag med magnesium. När njurarna gör sig av med mindre magnesium samlas det lättare i kroppen, och illamående eller kräkningar kan vara ett tidigt tecken på för mycket magnesium. Sluta ta magnesium och tala med din läkare i dag.</translation>
    </message>
    <message>
        <source>Your profile notes kidney disease, and you noted nausea or vomiting on a day with magnesium. With kidney disease magnesium builds up more easily, and nausea or vomiting can be an early sign of too much magnesium. Stop taking magnesium and talk to your doctor today.</source>
        <translation>Din profil anger njursjukdom, och du har antecknat illamående eller kräkningar en dag med magnesium. Vid njursjukdom samlas magnesium lättare i kroppen, och illamående eller kräkningar kan vara ett tidigt tecken på för mycket magnesium. Sluta ta magnesium och tala med din läkare i dag.</translation>
    </message>
    <message>
        <source>Your eGFR has been below %1&#xa0;mL/min/1.73&#xa0;m² in tests more than three months apart, the newest %2 on %3. That meets the definition of chronic kidney disease that doctors use (KDIGO); your doctor can tell you what it means for you.</source>
        <translation>Ditt eGFR har legat under %1&#xa0;ml/min/1,73&#xa0;m² i prover tagna med mer än tre månaders mellanrum, det senaste %2 den %3. Det uppfyller den definition av kronisk njursjukdom som läkare använder (KDIGO); din läkare kan förklara vad det betyder för dig.</translation>
    </message>
    <message>
        <source>Your eGFR was %1&#xa0;mL/min/1.73&#xa0;m² on %2. Below %3, kidney function is severely reduced or has failed, and magnesium can build up in the blood. The article advises against magnesium with any kidney disease: do not take magnesium supplements, or laxatives or antacids that contain magnesium, without your doctor&apos;s advice.</source>
        <translation>Ditt eGFR var %1&#xa0;ml/min/1,73&#xa0;m² den %2. Under %3 är njurfunktionen kraftigt nedsatt eller sviktande (njursvikt), och magnesium kan samlas i blodet. Artikeln avråder från magnesium vid all njursjukdom: ta inte magnesiumtillskott, och inte heller laxermedel eller syraneutraliserande medel som innehåller magnesium, utan din läkares råd.</translation>
    </message>
    <message>
        <source>The kidneys remove extra magnesium, and the article advises against magnesium with any kidney disease: do not take magnesium supplements, or laxatives or antacids that contain magnesium, without your doctor&apos;s advice.</source>
        <translation>Njurarna gör sig av med överskott av magnesium, och artikeln avråder från magnesium vid all njursjukdom: ta inte magnesiumtillskott, och inte heller laxermedel eller syraneutraliserande medel som innehåller magnesium, utan din läkares råd.</translation>
    </message>
    <message>
        <source>Your eGFR was %1&#xa0;mL/min/1.73&#xa0;m² on %2. Below %3, kidney function counts as reduced, and as kidney disease when it stays there for more than three months; your doctor may want to repeat the test to see whether it stays low. The kidneys remove extra magnesium, and the article advises against magnesium with any kidney disease. Ask your doctor before you take magnesium supplements.</source>
        <translation>Ditt eGFR var %1&#xa0;ml/min/1,73&#xa0;m² den %2. Under %3 räknas njurfunktionen som nedsatt, och som njursjukdom när värdet ligger kvar där i mer än tre månader; din läkare kan vilja ta om provet för att se om värdet ligger kvar. Det är njurarna som gör sig av med överskott av magnesium, och artikeln avråder från magnesium vid all njursjukdom. Fråga din läkare innan du tar magnesiumtillskott.</translation>
    </message>
    <message>
        <source>You took magnesium supplements on this day, and your eGFR results meet the definition of kidney disease (the newest %1&#xa0;mL/min/1.73&#xa0;m² on %2). The article advises against taking magnesium with any kidney disease, including kidney failure. Please talk to your doctor before you take more.</source>
        <translation>Du tog magnesiumtillskott den här dagen, och dina eGFR-värden uppfyller definitionen av njursjukdom (det senaste %1&#xa0;ml/min/1,73&#xa0;m² den %2). Artikeln avråder från magnesium vid all njursjukdom, även njursvikt. Tala med din läkare innan du tar mer.</translation>
    </message>
    <message>
        <source>eGFR %1 and magnesium: the article advises against it; talk to your doctor</source>
        <translation>eGFR %1 och magnesium: artikeln avråder från det; tala med din läkare</translation>
    </message>
</context>
<context>
    <name>stilla::SafetyFacts</name>
    <message>
        <source>Swedish and European authorities</source>
        <translation>svenska och europeiska myndigheter</translation>
    </message>
    <message>
        <source>the US National Institutes of Health</source>
        <translation>amerikanska National Institutes of Health (NIH)</translation>
    </message>
    <message>
        <source>Livsmedelsverket (the Swedish Food Agency) and the Nordic Nutrition Recommendations 2023 (NNR2023); EFSA, Overview on Tolerable Upper Intake Levels (2006, updated 2024)</source>
        <translation>Livsmedelsverket och Nordiska näringsrekommendationer 2023 (NNR2023); EFSA, Overview on Tolerable Upper Intake Levels (2006, uppdaterad 2024)</translation>
    </message>
    <message>
        <source>NIH Office of Dietary Supplements, Magnesium Fact Sheet for Health Professionals (2022)</source>
        <translation>NIH Office of Dietary Supplements, Magnesium Fact Sheet for Health Professionals (2022)</translation>
    </message>
    <message>
        <source>the article</source>
        <translation>artikeln</translation>
    </message>
    <message>
        <source>For adolescents and adults, daily doses of %1–%2&#xa0;mg of magnesium are considered safe. Talk to a doctor about the right dose for you.</source>
        <translation>För ungdomar och vuxna anses dagliga doser på %1–%2&#xa0;mg magnesium vara säkra. Tala med en läkare om vilken dos som passar dig.</translation>
    </message>
    <message>
        <source>Swedish and European authorities set %1&#xa0;mg a day as the upper limit for magnesium from supplements for adults and adolescents. This is lower than the article&apos;s figure, and Stilla uses it unless you choose otherwise in your profile.</source>
        <translation>Svenska och europeiska myndigheter har satt %1&#xa0;mg per dag som övre gräns för magnesium från tillskott för vuxna och ungdomar. Det är lägre än artikelns siffra, och Stilla använder den gränsen om du inte väljer något annat i din profil.</translation>
    </message>
    <message>
        <source>In the United States, the upper limit for magnesium from supplements is %1&#xa0;mg a day for everyone from 9 years of age.</source>
        <translation>I USA är den övre gränsen för magnesium från tillskott %1&#xa0;mg per dag för alla från 9 års ålder.</translation>
    </message>
    <message>
        <source>BfR (German Federal Institute for Risk Assessment), Opinion No. 034/2017: BfR assesses recommended maximum daily level for intake of magnesium via food supplements</source>
        <translation>BfR (Tysklands federala institut för riskbedömning), Opinion No. 034/2017: BfR assesses recommended maximum daily level for intake of magnesium via food supplements</translation>
    </message>
    <message>
        <source>Magnesium from food counts toward none of these limits. They concern magnesium from supplements and medicines only, because magnesium in food has not been shown to cause harm: in healthy people, the kidneys remove what the body does not need.</source>
        <translation>Magnesium från maten räknas inte in i någon av de här gränserna. De gäller bara magnesium från tillskott och läkemedel, eftersom magnesium i maten inte har visats orsaka skada: hos friska personer gör sig njurarna av med det som kroppen inte behöver.</translation>
    </message>
    <message>
        <source>EFSA, Overview on Tolerable Upper Intake Levels (2006, updated 2024); NIH Office of Dietary Supplements, Magnesium Fact Sheet for Health Professionals (2022)</source>
        <translation>EFSA, Overview on Tolerable Upper Intake Levels (2006, uppdaterad 2024); NIH Office of Dietary Supplements, Magnesium Fact Sheet for Health Professionals (2022)</translation>
    </message>
    <message>
        <source>The most common side effect of magnesium is an upset stomach. Nausea, vomiting, diarrhoea and stomach cramps are also common. A lower dose can reduce them.</source>
        <translation>Den vanligaste biverkningen av magnesium är magbesvär. Illamående, kräkningar, diarré och magkramper är också vanligt. En lägre dos kan minska besvären.</translation>
    </message>
    <message>
        <source>High doses of magnesium are not safe. Signs of magnesium building up in the body are low blood pressure, confusion, an irregular heartbeat and slowed breathing; in severe cases it can lead to coma or death.</source>
        <translation>Höga doser magnesium är inte säkra. Tecken på att magnesium samlas i kroppen är lågt blodtryck, förvirring, oregelbunden hjärtrytm och långsam andning. I svåra fall kan det leda till koma eller död.</translation>
    </message>
    <message>
        <source>If you have a bleeding disorder, do not take magnesium without asking your doctor: magnesium can slow blood clotting and raise the risk of bleeding.</source>
        <translation>Om du har en blödningssjukdom ska du inte ta magnesium utan att först fråga din läkare. Magnesium kan göra att blodet koagulerar långsammare och öka risken för blödningar.</translation>
    </message>
    <message>
        <source>Do not take magnesium if you have any kidney disease, including kidney failure.</source>
        <translation>Ta inte magnesium om du har en njursjukdom, inklusive njursvikt.</translation>
    </message>
    <message>
        <source>Magnesium given through a drip (intravenously) may not be safe during pregnancy or while breastfeeding.</source>
        <translation>Magnesium som ges som dropp (intravenöst) kan innebära risker under graviditet eller amning.</translation>
    </message>
    <message>
        <source>Magnesium can interact with some medicines: aminoglycoside, quinolone and tetracycline antibiotics, calcium channel blockers, muscle relaxants, water pills (diuretics) and bisphosphonates.</source>
        <translation>Magnesium och vissa läkemedel kan påverka varandra: antibiotika av typen aminoglykosider, kinoloner och tetracykliner, kalciumkanalblockerare, muskelavslappnande läkemedel, vätskedrivande läkemedel (diuretika) och bisfosfonater.</translation>
    </message>
    <message>
        <source>Take tetracycline and quinolone antibiotics at least 2 hours before or 4 to 6 hours after magnesium.</source>
        <translation>Ta antibiotika av typen tetracykliner och kinoloner minst 2 timmar före eller 4–6 timmar efter magnesium.</translation>
    </message>
    <message>
        <source>Keep bisphosphonates and magnesium at least 2 hours apart.</source>
        <translation>Låt det gå minst 2 timmar mellan bisfosfonater och magnesium.</translation>
    </message>
    <message>
        <source>American Academy of Sleep Medicine, clinical practice guideline on the treatment of RLS (Winkelman et al., J Clin Sleep Med 2025;21(1):137–152, published online 2024, doi:10.5664/jcsm.11390)</source>
        <translation>American Academy of Sleep Medicine, riktlinjer för behandling av RLS (Winkelman m.fl., J Clin Sleep Med 2025;21(1):137–152, publicerad online 2024, doi:10.5664/jcsm.11390)</translation>
    </message>
    <message>
        <source>Everyone with troublesome RLS should have their iron checked regularly: ferritin and transferrin saturation, ideally in a morning blood test after at least 24 hours without iron supplements or iron-containing food.</source>
        <translation>Alla med besvärande RLS bör regelbundet få sina järnvärden kontrollerade: ferritin och transferrinmättnad, helst med ett blodprov på morgonen efter minst 24 timmar utan järntillskott och järnhaltig mat.</translation>
    </message>
    <message>
        <source>For children, the US upper limits for magnesium from supplements are %1&#xa0;mg a day from 1 to 3 years of age and %2&#xa0;mg a day from 4 to 8 years. The European limit of %3&#xa0;mg a day applies from 4 years of age; for younger children Stilla uses the US figure. Stilla gives no doses for children: ask a doctor.</source>
        <translation>För barn är de amerikanska övre gränserna för magnesium från tillskott %1&#xa0;mg per dag från 1 till 3 års ålder och %2&#xa0;mg per dag från 4 till 8 år. Den europeiska gränsen på %3&#xa0;mg per dag gäller från 4 års ålder; för yngre barn använder Stilla den amerikanska siffran. Stilla ger inga doser för barn: fråga en läkare.</translation>
    </message>
    <message>
        <source>The German Federal Institute for Risk Assessment advises taking the day&apos;s supplement magnesium in at least two doses, as this is likely to be easier to tolerate. Stilla reminds you when more than half of your daily upper limit was taken as one dose.</source>
        <translation>Tysklands federala institut för riskbedömning (BfR) råder att man delar upp dagens magnesium från tillskott på minst två doser, eftersom det troligen är lättare för kroppen att tåla. Stilla påminner dig när mer än hälften av din övre gräns per dag togs som en enda dos.</translation>
    </message>
    <message>
        <source>Muscle weakness and unusual drowsiness can also be signs of too much magnesium. With kidney disease, magnesium builds up more easily, and nausea or vomiting on a day with magnesium can be an early sign.</source>
        <translation>Muskelsvaghet och ovanlig dåsighet kan också vara tecken på för mycket magnesium. Vid njursjukdom samlas magnesium lättare i kroppen, och illamående eller kräkningar en dag med magnesium kan vara ett tidigt tecken.</translation>
    </message>
    <message>
        <source>Dopamine medicines for RLS (levodopa, pramipexole, ropinirole, rotigotine) can, over months or years, make RLS worse: symptoms start earlier in the day, grow stronger or spread to the arms. This is called augmentation, and a higher dose makes it worse. For this reason the guideline advises against their standard use. Do not raise the dose yourself; tell your doctor if your symptoms start earlier or spread.</source>
        <translation>Dopaminläkemedel mot RLS (levodopa, pramipexol, ropinirol, rotigotin) kan efter månader eller år göra RLS värre: symtomen börjar tidigare på dagen, blir starkare eller sprider sig till armarna. Det kallas augmentation, och en högre dos gör det värre. Därför avråder riktlinjerna från att använda dem som standardbehandling. Höj inte dosen själv, och berätta för din läkare om symtomen börjar tidigare eller sprider sig.</translation>
    </message>
    <message>
        <source>Some medicines can make RLS worse: sedating antihistamines (also found in over-the-counter sleep aids with diphenhydramine), medicines that block dopamine (antipsychotics and the anti-sickness medicines metoclopramide and prochlorperazine) and antidepressants that raise serotonin (SSRIs, SNRIs, mirtazapine and tricyclic antidepressants). Alcohol can too. Do not stop a medicine on your own: ask your doctor whether another would suit you better.</source>
        <translation>Vissa läkemedel kan göra RLS värre: sederande antihistaminer (finns även i receptfria sömnmedel med difenhydramin), läkemedel som blockerar dopamin (antipsykotiska läkemedel och läkemedlen mot illamående metoklopramid och proklorperazin) och antidepressiva läkemedel som höjer serotonin (SSRI, SNRI, mirtazapin och tricykliska antidepressiva). Det kan även alkohol. Sluta inte ta ett läkemedel på egen hand: fråga din läkare om ett annat skulle passa dig bättre.</translation>
    </message>
    <message>
        <source>RLS is common in pregnancy, especially in the last three months, and usually goes away within a few weeks after the birth. Low iron makes RLS more likely: ask your midwife or doctor to check your iron.</source>
        <translation>RLS är vanligt under graviditet, särskilt de sista tre månaderna, och går oftast över inom några veckor efter förlossningen. Låga järnvärden gör RLS mer troligt: be din barnmorska eller läkare att kontrollera ditt järn.</translation>
    </message>
    <message>
        <source>Antacids that hold magnesium and aluminium lower how much gabapentin the body takes up: take gabapentin at least %1 hours after such an antacid. Keeping magnesium supplements at least as far from gabapentin is the careful choice. This is not known for pregabalin.</source>
        <translation>Syraneutraliserande medel med magnesium och aluminium minskar hur mycket gabapentin kroppen tar upp: ta gabapentin minst %1 timmar efter ett sådant medel. Att hålla samma avstånd mellan magnesiumtillskott och gabapentin är det försiktiga valet. För pregabalin är detta inte känt.</translation>
    </message>
    <message>
        <source>Magnesium lowers the uptake of iron tablets: keep iron and magnesium at least %1 hours apart.</source>
        <translation>Magnesium minskar upptaget av järntabletter: låt det gå minst %1 timmar mellan järnet och magnesiumet.</translation>
    </message>
    <message>
        <source>Magnesium antacids can lower the uptake of levothyroxine (thyroid hormone): take levothyroxine at least %1 hours before or after them.</source>
        <translation>Syraneutraliserande medel med magnesium kan minska upptaget av levotyroxin (sköldkörtelhormon): ta levotyroxin minst %1 timmar före eller efter dem.</translation>
    </message>
    <message>
        <source>Taking a proton pump inhibitor (a stomach acid medicine such as omeprazole) for a long time, usually more than a year, can lower the body&apos;s magnesium. Your doctor may check your blood magnesium.</source>
        <translation>Att ta en protonpumpshämmare (ett läkemedel mot magsyra, till exempel omeprazol) länge, oftast mer än ett år, kan sänka kroppens magnesium. Din läkare kan kontrollera ditt magnesiumvärde i blodet.</translation>
    </message>
    <message>
        <source>National Institute of Neurological Disorders and Stroke (NINDS, USA): Restless Legs Syndrome</source>
        <translation>National Institute of Neurological Disorders and Stroke (NINDS, USA): Restless Legs Syndrome</translation>
    </message>
    <message>
        <source>Neurontin (gabapentin) prescribing information, US Food and Drug Administration label: drug interactions, antacids (Maalox)</source>
        <translation>Förskrivningsinformation för Neurontin (gabapentin), amerikanska läkemedelsmyndigheten FDA: interaktioner, syraneutraliserande medel (Maalox)</translation>
    </message>
    <message>
        <source>pro.medicin.dk (Danish medicines information), Oral iron preparations: table of recommended intervals, magnesium 2 hours (revised 16 November 2021)</source>
        <translation>pro.medicin.dk (dansk läkemedelsinformation), Orale midler (jern og kombinationer): tabell över rekommenderade tidsintervall, magnesium 2 timmar (reviderad 16 november 2021)</translation>
    </message>
    <message>
        <source>Synthroid (levothyroxine) prescribing information, US Food and Drug Administration label, sections 2.1 and 7.1</source>
        <translation>Förskrivningsinformation för Synthroid (levotyroxin), amerikanska läkemedelsmyndigheten FDA, avsnitt 2.1 och 7.1</translation>
    </message>
    <message>
        <source>Some RLS medicines can become habit-forming, such as opioids and some sleeping tablets.</source>
        <translation>Vissa läkemedel mot RLS kan vara beroendeframkallande, till exempel opioider och vissa sömnmedel.</translation>
    </message>
    <message>
        <source>Stilla&apos;s check of what was typed</source>
        <translation>Stillas kontroll av det som skrevs in</translation>
    </message>
    <message>
        <source>Stilla&apos;s policy: no doses for children</source>
        <translation>Stillas princip: inga doser för barn</translation>
    </message>
    <message>
        <source>Magnesium in laxatives and antacids (magnesium hydroxide or magnesium oxide) counts toward these limits; log it as a dose in the form &quot;Laxative or antacid with magnesium&quot;. Large doses of such medicines are a known cause of too much magnesium, especially in older people and in people with kidney disease.</source>
        <translation>Magnesium i laxermedel och syraneutraliserande medel (magnesiumhydroxid eller magnesiumoxid) räknas in i de här gränserna; anteckna det som en dos med formen ”Laxermedel eller syraneutraliserande medel med magnesium”. Stora doser av sådana läkemedel är en känd orsak till för mycket magnesium, särskilt hos äldre och hos personer med njursjukdom.</translation>
    </message>
    <message>
        <source>Caffeine can make RLS worse; the article adds that it lowers the body&apos;s magnesium levels.</source>
        <translation>Koffein kan göra RLS värre; artikeln tillägger att det sänker kroppens magnesiumnivå.</translation>
    </message>
    <message>
        <source>For adults with RLS, the guideline, citing consensus guidelines, suggests iron treatment when ferritin is %1&#xa0;µg/L or lower or transferrin saturation is below %2&#xa0;%. The doctor decides whether iron is needed, and whether as tablets or as an infusion.</source>
        <translation>För vuxna med RLS föreslår riktlinjen, med hänvisning till konsensusriktlinjer, behandling med järn när ferritin är %1&#xa0;µg/l eller lägre eller transferrinmättnaden är under %2&#xa0;%. Läkaren avgör om järn behövs, och i så fall som tabletter eller som dropp.</translation>
    </message>
    <message>
        <source>KDIGO 2012 Clinical Practice Guideline for the Evaluation and Management of Chronic Kidney Disease (Kidney International Supplements 2013;3(1):1–150): the definition of chronic kidney disease and the GFR categories</source>
        <translation>KDIGO 2012 Clinical Practice Guideline for the Evaluation and Management of Chronic Kidney Disease (Kidney International Supplements 2013;3(1):1–150): definitionen av kronisk njursjukdom och GFR-kategorierna</translation>
    </message>
</context>
<context>
    <name>stilla::SaveDayCommand</name>
    <message>
        <source>Changes to %1</source>
        <translation>ändringar för %1</translation>
    </message>
    <message>
        <source>Changes to %1 on %2</source>
        <translation>ändringar i %1 den %2</translation>
    </message>
</context>
<context>
    <name>stilla::Schema</name>
    <message>
        <source>Could not update the diary to version %1: %2. It was left at version %3, unchanged.</source>
        <translation>Det gick inte att uppdatera dagboken till version %1: %2. Den lämnades oförändrad i version %3.</translation>
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
        <source>La&amp;nguage:</source>
        <translation>Spr&amp;åk:</translation>
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
    <message>
        <source>Fill in what applies to you below; every answer is optional and kept as you choose it. When you are done, go on to today&apos;s diary.</source>
        <translation>Fyll i det som gäller dig här nedanför. Alla svar är frivilliga och sparas när du väljer dem. När du är klar går du vidare till dagens dagbok.</translation>
    </message>
    <message>
        <source>&amp;Continue to Today&apos;s Diary</source>
        <translation>&amp;Fortsätt till dagens dagbok</translation>
    </message>
    <message>
        <source>On: a notification at %1 when the diary is not filled in. Nothing runs in between.</source>
        <translation>På: en avisering kl. %1 när dagboken inte är ifylld. Inget körs däremellan.</translation>
    </message>
    <message>
        <source>Off: nothing is installed.</source>
        <translation>Av: inget är installerat.</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Påminnelser</translation>
    </message>
    <message>
        <source>&amp;Remind me to fill in the diary at:</source>
        <translation>Påminn mig om dag&amp;boken kl.:</translation>
    </message>
    <message>
        <source>Time of the evening reminder</source>
        <translation>Tid för kvällspåminnelsen</translation>
    </message>
    <message>
        <source>Remind me about last night&apos;s &amp;sleep at:</source>
        <translation>Påminn mig om &amp;nattens sömn kl.:</translation>
    </message>
    <message>
        <source>Time of the morning reminder</source>
        <translation>Tid för morgonpåminnelsen</translation>
    </message>
    <message>
        <source>Off until you switch them on. A reminder is a desktop notification, shown only when the diary is not filled in yet, and it never shows what the diary holds; it works with Stilla closed, through a timer of your desktop session (systemd).</source>
        <translation>Av tills du slår på dem. En påminnelse är en skrivbordsavisering som bara visas när dagboken inte är ifylld än, och den visar aldrig vad dagboken innehåller. Den fungerar när Stilla är stängt, genom en timer i din skrivbordssession (systemd).</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Hög kontrast</translation>
    </message>
</context>
<context>
    <name>stilla::Sidebar</name>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Sidor</translation>
    </message>
    <message>
        <source>Choose a page. Ctrl+1 to Ctrl+4 jump straight to a page.</source>
        <translation>Välj en sida. Ctrl+1 till Ctrl+4 går direkt till en sida.</translation>
    </message>
    <message>
        <source>About Stilla</source>
        <translation>Om Stilla</translation>
    </message>
</context>
<context>
    <name>stilla::SingleInstance</name>
    <message>
        <source>Stilla is already open with the data folder %1. Switch to its window; it has been asked to come to the front.

Only one Stilla at a time can use a data folder, so that nothing you write is lost.</source>
        <translation>Stilla är redan öppet med datamappen %1. Byt till dess fönster; det har nu lagts överst.

Bara ett Stilla i taget kan använda en datamapp, så att ingenting du skriver går förlorat.</translation>
    </message>
    <message>
        <source>%1 is using the data folder %2, and only one program at a time may write the diary. Start Stilla again when it has finished.</source>
        <translation>%1 använder datamappen %2, och bara ett program i taget får skriva i dagboken. Starta Stilla igen när det är klart.</translation>
    </message>
</context>
<context>
    <name>stilla::SleepSection</name>
    <message>
        <source>%1&#xa0;h %2&#xa0;min</source>
        <translation>%1&#xa0;tim %2&#xa0;min</translation>
    </message>
    <message>
        <source>Got into &amp;bed:</source>
        <translation>Gi&amp;ck till sängs:</translation>
    </message>
    <message>
        <source>T&amp;ried to sleep:</source>
        <translation>&amp;Försökte somna:</translation>
    </message>
    <message>
        <source>M&amp;inutes to fall asleep:</source>
        <translation>Insomningsti&amp;d (minuter):</translation>
    </message>
    <message>
        <source>Times &amp;woken:</source>
        <translation>Antal &amp;uppvaknanden:</translation>
    </message>
    <message>
        <source>Minutes awa&amp;ke in the night:</source>
        <translation>Minuter vaken under &amp;natten:</translation>
    </message>
    <message>
        <source>Fi&amp;nal awakening:</source>
        <translation>Vaknade för &amp;gott:</translation>
    </message>
    <message>
        <source>&amp;Out of bed:</source>
        <translation>Steg u&amp;pp:</translation>
    </message>
    <message>
        <source>Sleep &amp;quality:</source>
        <translation>Sömn&amp;kvalitet:</translation>
    </message>
    <message>
        <source>Time into bed</source>
        <translation>Klockslag när du gick till sängs</translation>
    </message>
    <message>
        <source>Time tried to sleep</source>
        <translation>Klockslag när du försökte somna</translation>
    </message>
    <message>
        <source>Minutes to fall asleep</source>
        <translation>Insomningstid i minuter</translation>
    </message>
    <message>
        <source>Times woken in the night</source>
        <translation>Antal uppvaknanden under natten</translation>
    </message>
    <message>
        <source>Minutes awake in the night</source>
        <translation>Minuter vaken under natten</translation>
    </message>
    <message>
        <source>Final awakening time</source>
        <translation>Klockslag när du vaknade för gott</translation>
    </message>
    <message>
        <source>Time out of bed</source>
        <translation>Klockslag när du steg upp</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Inte angivet</translation>
    </message>
    <message>
        <source>Very poor</source>
        <translation>Mycket dålig</translation>
    </message>
    <message>
        <source>Poor</source>
        <translation>Dålig</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Någorlunda</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Bra</translation>
    </message>
    <message>
        <source>Very good</source>
        <translation>Mycket bra</translation>
    </message>
    <message>
        <source>Sleep quality: %1</source>
        <translation>Sömnkvalitet: %1</translation>
    </message>
    <message>
        <source>From trying to sleep until you fell asleep.</source>
        <translation>Från att du försökte somna tills du somnade.</translation>
    </message>
    <message>
        <source>All the time you lay awake after first falling asleep.</source>
        <translation>All tid du låg vaken efter att du först hade somnat.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time. Write it as hh:mm on a 24-hour clock, for example 22:30.</source>
        <translation>”%1” är inget klockslag. Skriv det som tt:mm med 24-timmarsklocka, till exempel 22:30.</translation>
    </message>
    <message>
        <source>Time in bed: %1</source>
        <translation>Tid i sängen: %1</translation>
    </message>
    <message>
        <source>Total sleep: %1</source>
        <translation>Total sömntid: %1</translation>
    </message>
    <message>
        <source>Sleep efficiency: %1&#xa0;%</source>
        <translation>Sömneffektivitet: %1&#xa0;%</translation>
    </message>
    <message>
        <source>Fill in the times to see your time in bed, total sleep and sleep efficiency.</source>
        <translation>Fyll i tiderna för att se din tid i sängen, total sömn och sömneffektivitet.</translation>
    </message>
    <message>
        <source>Sleep</source>
        <translation>Sömn</translation>
    </message>
    <message>
        <source>Night of %1 → %2</source>
        <extracomment>The night shown on a diary day: %1 is the evening it began, %2 the morning it ended (the diary day), e.g. &quot;Night of Wed 2 → Thu 3 Dec&quot;.</extracomment>
        <translation>Natten %1 → %2</translation>
    </message>
    <message>
        <source>Same times as the night before</source>
        <translation>Samma tider som natten innan</translation>
    </message>
    <message>
        <source>Use the bed and wake times of the night before (on yesterday&apos;s page)</source>
        <translation>Använd tiderna för sänggående och uppvaknande från natten innan (på gårdagens sida)</translation>
    </message>
    <message>
        <source>Total sleep: fill in the minutes to fall asleep and awake in the night</source>
        <translation>Total sömntid: fyll i insomningstiden och minuterna vaken under natten</translation>
    </message>
    <message>
        <source>Total sleep: fill in the minutes to fall asleep</source>
        <translation>Total sömntid: fyll i insomningstiden</translation>
    </message>
    <message>
        <source>Total sleep: fill in the minutes awake in the night (0 if none)</source>
        <translation>Total sömntid: fyll i minuterna vaken under natten (0 om inga)</translation>
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
        <source>Unknown language &quot;%1&quot; for --lang: use sv or en.</source>
        <translation>Okänt språk ”%1” för --lang: använd sv eller en.</translation>
    </message>
    <message>
        <source>Unknown page &quot;%1&quot; for --page: use guide, diary, foods or charts.</source>
        <translation>Okänd sida ”%1” för --page: använd guide, diary, foods eller charts.</translation>
    </message>
    <message>
        <source>--data-dir needs a folder.</source>
        <translation>--data-dir behöver en mapp.</translation>
    </message>
    <message>
        <source>Explore Stilla with a made-up diary of ten years. It lives in a temporary folder and is removed when Stilla closes; your own diary and settings are not touched.</source>
        <translation>Utforska Stilla med en påhittad dagbok över tio år. Den ligger i en tillfällig mapp och tas bort när Stilla stängs; din egen dagbok och dina inställningar påverkas inte.</translation>
    </message>
    <message>
        <source>--demo uses a temporary folder of its own: leave out --data-dir.</source>
        <translation>--demo använder en egen tillfällig mapp: utelämna --data-dir.</translation>
    </message>
</context>
<context>
    <name>stilla::StatisticsText</name>
    <message>
        <source>This compares the magnesium of each day with the RLS severity of the same day.</source>
        <translation>Här jämförs magnesium varje dag med RLS-symtomens svårighetsgrad samma dag.</translation>
    </message>
    <message numerus="yes">
        <source>This compares the magnesium of each day with the RLS severity %Ln day(s) later.</source>
        <translation>
            <numerusform>Här jämförs magnesium varje dag med RLS-symtomens svårighetsgrad %Ln dag senare.</numerusform>
            <numerusform>Här jämförs magnesium varje dag med RLS-symtomens svårighetsgrad %Ln dagar senare.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This compares the magnesium of each day with the RLS severity %Ln day(s) earlier.</source>
        <translation>
            <numerusform>Här jämförs magnesium varje dag med RLS-symtomens svårighetsgrad %Ln dag tidigare.</numerusform>
            <numerusform>Här jämförs magnesium varje dag med RLS-symtomens svårighetsgrad %Ln dagar tidigare.</numerusform>
        </translation>
    </message>
    <message>
        <source>No days have both values yet.</source>
        <translation>Inga dagar har båda värdena än.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) have both values.</source>
        <translation>
            <numerusform>%Ln dag har båda värdena.</numerusform>
            <numerusform>%Ln dagar har båda värdena.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>That is too little data to say whether the two go together. Look again when at least %Ln days have both.</source>
        <translation>
            <numerusform>Det är för lite data för att säga något om hur de två hänger ihop. Titta igen när minst %Ln dag har båda värdena.</numerusform>
            <numerusform>Det är för lite data för att säga något om hur de två hänger ihop. Titta igen när minst %Ln dagar har båda värdena.</numerusform>
        </translation>
    </message>
    <message>
        <source>Magnesium or RLS severity was the same on all of these days, so there is no way to see whether they go together.</source>
        <translation>Mängden magnesium eller RLS-symtomens svårighetsgrad var densamma alla de här dagarna, så det går inte att se om de hänger ihop.</translation>
    </message>
    <message>
        <source>Magnesium or sleep quality was the same on all of these days, so there is no way to see whether they go together.</source>
        <translation>Mängden magnesium eller sömnkvaliteten var densamma alla de här dagarna, så det går inte att se om de hänger ihop.</translation>
    </message>
    <message>
        <source>There is no clear link between them in these days (r = %1; r runs from −1 to 1, and 0 means no link).</source>
        <translation>Det finns inget tydligt samband mellan dem under de här dagarna (korrelation r = %1; r går från −1 till 1, och 0 betyder inget samband).</translation>
    </message>
    <message>
        <source>The link is weak (r = %1; r runs from −1 to 1, and 0 means no link).</source>
        <translation>Sambandet är svagt (korrelation r = %1; r går från −1 till 1, och 0 betyder inget samband).</translation>
    </message>
    <message>
        <source>The link is moderate (r = %1; r runs from −1 to 1, and 0 means no link).</source>
        <translation>Sambandet är måttligt (korrelation r = %1; r går från −1 till 1, och 0 betyder inget samband).</translation>
    </message>
    <message>
        <source>The link is strong (r = %1; r runs from −1 to 1, and 0 means no link).</source>
        <translation>Sambandet är starkt (korrelation r = %1; r går från −1 till 1, och 0 betyder inget samband).</translation>
    </message>
    <message>
        <source>On days with more magnesium, RLS severity tended to be lower.</source>
        <translation>De dagar du fick i dig mer magnesium var RLS-symtomen oftast lindrigare.</translation>
    </message>
    <message>
        <source>On days with more magnesium, RLS severity tended to be higher.</source>
        <translation>De dagar du fick i dig mer magnesium var RLS-symtomen oftast svårare.</translation>
    </message>
    <message>
        <source>On days with more magnesium, sleep quality tended to be worse.</source>
        <translation>De dagar du fick i dig mer magnesium var sömnkvaliteten oftast sämre.</translation>
    </message>
    <message>
        <source>On days with more magnesium, sleep quality tended to be better.</source>
        <translation>De dagar du fick i dig mer magnesium var sömnkvaliteten oftast bättre.</translation>
    </message>
    <message>
        <source>The 95% interval for r runs from %1 to %2.</source>
        <translation>Det 95-procentiga konfidensintervallet för r går från %1 till %2.</translation>
    </message>
    <message>
        <source>It includes 0, so the link may well be chance.</source>
        <translation>Det omfattar 0, så sambandet kan mycket väl bero på slumpen.</translation>
    </message>
    <message>
        <source>It does not include 0, so chance alone would seldom give a link this clear.</source>
        <translation>Det omfattar inte 0, så slumpen ensam skulle sällan ge ett så tydligt samband.</translation>
    </message>
    <message>
        <source>The days lie exactly on a line, so no interval can be given.</source>
        <translation>Dagarna ligger exakt på en linje, så inget intervall kan anges.</translation>
    </message>
    <message>
        <source>%1: no days with RLS severity logged.</source>
        <translation>%1: inga dagar där RLS-symtomens svårighetsgrad antecknades.</translation>
    </message>
    <message>
        <source>At least 2 days in each group are needed to compare them.</source>
        <translation>Det behövs minst 2 dagar i varje grupp för att kunna jämföra dem.</translation>
    </message>
    <message>
        <source>Severity is on Stilla&apos;s scale from 0 (none) to 10 (the worst); the difference (%1 minus %2) is %3 points.</source>
        <translation>Svårighetsgraden anges på Stillas skala från 0 (inga symtom) till 10 (det värsta). Skillnaden (%1 minus %2) är %3 poäng.</translation>
    </message>
    <message>
        <source>The 95% interval for the difference runs from %1 to %2.</source>
        <translation>Det 95-procentiga konfidensintervallet för skillnaden går från %1 till %2.</translation>
    </message>
    <message>
        <source>It includes 0, so the difference may well be chance.</source>
        <translation>Det omfattar 0, så skillnaden kan mycket väl bero på slumpen.</translation>
    </message>
    <message>
        <source>It does not include 0, so chance alone would seldom give a difference this large.</source>
        <translation>Det omfattar inte 0, så slumpen ensam skulle sällan ge en så stor skillnad.</translation>
    </message>
    <message>
        <source>Every day in each group had the same severity, so no interval can be given.</source>
        <translation>Alla dagar i varje grupp hade samma svårighetsgrad, så inget intervall kan anges.</translation>
    </message>
    <message numerus="yes">
        <source>With fewer than %Ln days in a group, that is too little data to say whether there is a real difference.</source>
        <translation>
            <numerusform>Med färre än %Ln dag i en grupp är det för lite data för att säga något om det finns en verklig skillnad.</numerusform>
            <numerusform>Med färre än %Ln dagar i en grupp är det för lite data för att säga något om det finns en verklig skillnad.</numerusform>
        </translation>
    </message>
    <message>
        <source>This compares the magnesium of each day with the sleep quality of the night that followed it, which is logged on the next day&apos;s page.</source>
        <translation>Här jämförs magnesium varje dag med sömnkvaliteten natten som följde, som antecknas på nästa dags sida.</translation>
    </message>
    <message numerus="yes">
        <source>This compares the magnesium of each day with the sleep quality of the night that began %Ln day(s) later, which is logged on the page of the morning after it.</source>
        <translation>
            <numerusform>Här jämförs magnesium varje dag med sömnkvaliteten natten som började %Ln dag senare, som antecknas på sidan för morgonen efter den natten.</numerusform>
            <numerusform>Här jämförs magnesium varje dag med sömnkvaliteten natten som började %Ln dagar senare, som antecknas på sidan för morgonen efter den natten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This compares the magnesium of each day with the sleep quality of the night that began %Ln day(s) earlier, which is logged on the page of the morning after it.</source>
        <translation>
            <numerusform>Här jämförs magnesium varje dag med sömnkvaliteten natten som började %Ln dag tidigare, som antecknas på sidan för morgonen efter den natten.</numerusform>
            <numerusform>Här jämförs magnesium varje dag med sömnkvaliteten natten som började %Ln dagar tidigare, som antecknas på sidan för morgonen efter den natten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Magnesium or total sleep was the same on all of these days, so there is no way to see whether they go together.</source>
        <translation>Mängden magnesium eller den totala sömntiden var densamma alla de här dagarna, så det går inte att se om de hänger ihop.</translation>
    </message>
    <message>
        <source>The days run in such long streaks that they hold the information of only about %1 independent days: too few for an interval, so the link may well be chance.</source>
        <translation>Dagarna går i så långa perioder att de bara säger lika mycket som ungefär %1 oberoende dagar. Det är för få för ett intervall, så sambandet kan mycket väl vara en slump.</translation>
    </message>
    <message>
        <source>This compares the magnesium of each day with the total sleep of the night that followed it, which is logged on the next day&apos;s page.</source>
        <translation>Här jämförs magnesium varje dag med den totala sömntiden natten som följde, som antecknas på nästa dags sida.</translation>
    </message>
    <message numerus="yes">
        <source>This compares the magnesium of each day with the total sleep of the night that began %Ln day(s) later, which is logged on the page of the morning after it.</source>
        <translation>
            <numerusform>Här jämförs magnesium varje dag med den totala sömntiden natten som började %Ln dag senare, som antecknas på sidan för morgonen efter den natten.</numerusform>
            <numerusform>Här jämförs magnesium varje dag med den totala sömntiden natten som började %Ln dagar senare, som antecknas på sidan för morgonen efter den natten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This compares the magnesium of each day with the total sleep of the night that began %Ln day(s) earlier, which is logged on the page of the morning after it.</source>
        <translation>
            <numerusform>Här jämförs magnesium varje dag med den totala sömntiden natten som började %Ln dag tidigare, som antecknas på sidan för morgonen efter den natten.</numerusform>
            <numerusform>Här jämförs magnesium varje dag med den totala sömntiden natten som började %Ln dagar tidigare, som antecknas på sidan för morgonen efter den natten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>After days with more magnesium, RLS severity %Ln day(s) later tended to be lower.</source>
        <translation>
            <numerusform>Efter dagar då du fick i dig mer magnesium var RLS-symtomen %Ln dag senare oftast lindrigare.</numerusform>
            <numerusform>Efter dagar då du fick i dig mer magnesium var RLS-symtomen %Ln dagar senare oftast lindrigare.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>After days with more magnesium, RLS severity %Ln day(s) later tended to be higher.</source>
        <translation>
            <numerusform>Efter dagar då du fick i dig mer magnesium var RLS-symtomen %Ln dag senare oftast svårare.</numerusform>
            <numerusform>Efter dagar då du fick i dig mer magnesium var RLS-symtomen %Ln dagar senare oftast svårare.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>After days with more magnesium, the sleep quality of the night %Ln day(s) later tended to be worse.</source>
        <translation>
            <numerusform>Efter dagar då du fick i dig mer magnesium var sömnkvaliteten natten %Ln dag senare oftast sämre.</numerusform>
            <numerusform>Efter dagar då du fick i dig mer magnesium var sömnkvaliteten natten %Ln dagar senare oftast sämre.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>After days with more magnesium, the sleep quality of the night %Ln day(s) later tended to be better.</source>
        <translation>
            <numerusform>Efter dagar då du fick i dig mer magnesium var sömnkvaliteten natten %Ln dag senare oftast bättre.</numerusform>
            <numerusform>Efter dagar då du fick i dig mer magnesium var sömnkvaliteten natten %Ln dagar senare oftast bättre.</numerusform>
        </translation>
    </message>
    <message>
        <source>After days with more magnesium, the night that followed tended to be shorter.</source>
        <translation>Efter dagar då du fick i dig mer magnesium var sömnen natten efter oftast kortare.</translation>
    </message>
    <message>
        <source>After days with more magnesium, the night that followed tended to be longer.</source>
        <translation>Efter dagar då du fick i dig mer magnesium var sömnen natten efter oftast längre.</translation>
    </message>
    <message numerus="yes">
        <source>After days with more magnesium, the night %Ln day(s) later tended to be shorter.</source>
        <translation>
            <numerusform>Efter dagar då du fick i dig mer magnesium var sömnen natten %Ln dag senare oftast kortare.</numerusform>
            <numerusform>Efter dagar då du fick i dig mer magnesium var sömnen natten %Ln dagar senare oftast kortare.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>After days with more magnesium, the night %Ln day(s) later tended to be longer.</source>
        <translation>
            <numerusform>Efter dagar då du fick i dig mer magnesium var sömnen natten %Ln dag senare oftast längre.</numerusform>
            <numerusform>Efter dagar då du fick i dig mer magnesium var sömnen natten %Ln dagar senare oftast längre.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Days in a diary are not independent: magnesium and symptoms run in streaks, so these %Ln days hold about as much information as %1 independent days, and the interval allows for that.</source>
        <translation>
            <numerusform>Dagarna i en dagbok är inte oberoende av varandra: magnesium och symtom går i perioder, så den här %Ln dagen säger ungefär lika mycket som %1 oberoende dagar, och intervallet tar hänsyn till det.</numerusform>
            <numerusform>Dagarna i en dagbok är inte oberoende av varandra: magnesium och symtom går i perioder, så de här %Ln dagarna säger ungefär lika mycket som %1 oberoende dagar, och intervallet tar hänsyn till det.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You have looked at %Ln combinations of outcome and delay. The more combinations one looks at, the likelier it is that one of them shows a pattern by chance alone.</source>
        <translation>
            <numerusform>Du har tittat på %Ln kombination av utfall och fördröjning. Ju fler kombinationer man tittar på, desto troligare är det att någon av dem visar ett mönster av ren slump.</numerusform>
            <numerusform>Du har tittat på %Ln kombinationer av utfall och fördröjning. Ju fler kombinationer man tittar på, desto troligare är det att någon av dem visar ett mönster av ren slump.</numerusform>
        </translation>
    </message>
    <message>
        <source>The days run in such long streaks that they hold the information of only about %1 independent days: too few for an interval, so the difference may well be chance.</source>
        <translation>Dagarna går i så långa perioder att de bara säger lika mycket som ungefär %1 oberoende dagar. Det är för få för ett intervall, så skillnaden kan mycket väl vara en slump.</translation>
    </message>
    <message>
        <source>A difference does not show that magnesium caused it: symptoms can change for many other reasons, such as stress, sleep, other remedies or the season; supplements may have been started during a flare, which tends to ease by itself; and knowing what you took can change how you feel.</source>
        <translation>En skillnad visar inte att magnesium var orsaken. Symtomen kan ändras av många andra skäl, till exempel stress, sömn, andra behandlingar eller årstiden. Tillskotten kan ha börjat under en period med mycket besvär, som brukar lätta av sig själv, och att veta vad man har tagit kan påverka hur man mår.</translation>
    </message>
    <message numerus="yes">
        <source>From %1 to %2, %Ln day(s) logged.</source>
        <translation>
            <numerusform>Från %1 till %2, %Ln dag ifylld.</numerusform>
            <numerusform>Från %1 till %2, %Ln dagar ifyllda.</numerusform>
        </translation>
    </message>
    <message>
        <source>No symptom severity logged.</source>
        <translation>Ingen svårighetsgrad ifylld.</translation>
    </message>
    <message numerus="yes">
        <source>Symptom severity averaged %1 of 10 over %Ln day(s), lowest %2, highest %3.</source>
        <translation>
            <numerusform>Svårighetsgraden var i medel %1 av 10 under %Ln dag, lägst %2, högst %3.</numerusform>
            <numerusform>Svårighetsgraden var i medel %1 av 10 under %Ln dagar, lägst %2, högst %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>No sleep quality logged.</source>
        <translation>Ingen sömnkvalitet ifylld.</translation>
    </message>
    <message numerus="yes">
        <source>Sleep quality averaged %1 of 5 over %Ln night(s), lowest %2, highest %3.</source>
        <translation>
            <numerusform>Sömnkvaliteten var i medel %1 av 5 under %Ln natt, lägst %2, högst %3.</numerusform>
            <numerusform>Sömnkvaliteten var i medel %1 av 5 under %Ln nätter, lägst %2, högst %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>No magnesium logged.</source>
        <translation>Inget magnesium ifyllt.</translation>
    </message>
    <message numerus="yes">
        <source>Magnesium from food and supplements averaged %1&#xa0;mg a day over %Ln day(s), lowest %2&#xa0;mg, highest %3&#xa0;mg.</source>
        <translation>
            <numerusform>Magnesium från mat och tillskott var i medel %1&#xa0;mg om dagen under %Ln dag, lägst %2&#xa0;mg, högst %3&#xa0;mg.</numerusform>
            <numerusform>Magnesium från mat och tillskott var i medel %1&#xa0;mg om dagen under %Ln dagar, lägst %2&#xa0;mg, högst %3&#xa0;mg.</numerusform>
        </translation>
    </message>
    <message>
        <source>This shows only whether the two went together in your diary, not that magnesium caused it. Other things, such as stress, other remedies or the season, can change both; how much magnesium was taken may itself depend on the symptoms (more on bad days, say), so that the symptoms bring the magnesium rather than the other way round; symptoms noted during a flare tend to ease by themselves; and knowing what you took can change how you feel.</source>
        <translation>Det här visar bara om de två hängde ihop i din dagbok, inte att magnesium var orsaken. Andra saker, till exempel stress, andra behandlingar eller årstiden, kan påverka båda. Hur mycket magnesium du tog kan också ha berott på symtomen (mer de dagar du mådde sämre, till exempel), så att det är symtomen som ger magnesiumet och inte tvärtom. Symtom som antecknas under en period med mycket besvär brukar lätta av sig själva, och att veta vad man har tagit kan påverka hur man mår.</translation>
    </message>
    <message>
        <source>%1: %2&#xa0;mg of magnesium, food and supplements</source>
        <translation>%1: %2&#xa0;mg magnesium, mat och tillskott</translation>
    </message>
    <message>
        <source>RLS severity %1 on %2</source>
        <translation>Svårighetsgrad %1 den %2</translation>
    </message>
    <message>
        <source>Sleep quality %1 (1–5), the night that ended on %2</source>
        <translation>Sömnkvalitet %1 (1–5), natten som slutade %2</translation>
    </message>
    <message>
        <source>Total sleep %1&#xa0;h, the night that ended on %2</source>
        <translation>Total sömntid %1&#xa0;h, natten som slutade %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more day(s) at this spot</source>
        <translation>
            <numerusform>%Ln dag till på samma ställe</numerusform>
            <numerusform>%Ln dagar till på samma ställe</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: RLS severity %2 on %3.</source>
        <translation>%1: svårighetsgrad för RLS-symtomen %2 den %3.</translation>
    </message>
    <message numerus="yes">
        <source>%1: average RLS severity %2 over %Ln day(s) from %3 to %4.</source>
        <translation>
            <numerusform>%1: genomsnittlig svårighetsgrad för RLS-symtomen %2, räknat på %Ln dag mellan %3 och %4.</numerusform>
            <numerusform>%1: genomsnittlig svårighetsgrad för RLS-symtomen %2, räknat på %Ln dagar mellan %3 och %4.</numerusform>
        </translation>
    </message>
    <message>
        <source>Most of the days without supplements come before those with them, so this also compares two stretches of time: anything else that changed in between, such as the season, other treatment or the course of RLS itself, is in the difference too.</source>
        <translation>De flesta dagarna utan tillskott ligger före dagarna med tillskott, så jämförelsen gäller också två olika perioder: allt annat som ändrades däremellan, som årstiden, annan behandling eller hur RLS självt förändras, ingår också i skillnaden.</translation>
    </message>
    <message>
        <source>Most of the days without supplements come after those with them, so this also compares two stretches of time: anything else that changed in between, such as the season, other treatment or the course of RLS itself, is in the difference too.</source>
        <translation>De flesta dagarna utan tillskott ligger efter dagarna med tillskott, så jämförelsen gäller också två olika perioder: allt annat som ändrades däremellan, som årstiden, annan behandling eller hur RLS självt förändras, ingår också i skillnaden.</translation>
    </message>
    <message>
        <source>In short: too few days to tell yet.</source>
        <translation>Kort sagt: för få dagar för att säga något än.</translation>
    </message>
    <message>
        <source>In short: no clear link in these days; what there is may well be chance.</source>
        <translation>Kort sagt: inget tydligt samband under de här dagarna; det som finns kan mycket väl bero på slumpen.</translation>
    </message>
    <message>
        <source>In short: no clear difference; it may well be chance.</source>
        <translation>Kort sagt: ingen tydlig skillnad; den kan mycket väl bero på slumpen.</translation>
    </message>
    <message>
        <source>In short: a link that chance alone would seldom give, though it does not show that magnesium caused it.</source>
        <translation>Kort sagt: ett samband som slumpen ensam sällan skulle ge, men det visar inte att magnesium orsakade det.</translation>
    </message>
    <message>
        <source>In short: a difference that chance alone would seldom give, though it does not show that magnesium caused it.</source>
        <translation>Kort sagt: en skillnad som slumpen ensam sällan skulle ge, men den visar inte att magnesium orsakade den.</translation>
    </message>
</context>
<context>
    <name>stilla::StatsCommand</name>
    <message>
        <source>Run stilla-cli stats --help for the options.</source>
        <translation>Kör stilla-cli stats --help för att se flaggorna.</translation>
    </message>
    <message>
        <source>First day to look at, as YYYY-MM-DD.</source>
        <translation>Första dagen att ta med, som YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Last day to look at, as YYYY-MM-DD.</source>
        <translation>Sista dagen att ta med, som YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Compare with the severity N days later, 0 to %1 (default 0: the same day).</source>
        <translation>Jämför med svårighetsgraden N dagar senare, 0 till %1 (standard 0: samma dag).</translation>
    </message>
    <message>
        <source>stats takes no arguments, only options.</source>
        <translation>stats tar inga argument, bara flaggor.</translation>
    </message>
    <message>
        <source>--lag must be a whole number of days from 0 to %1.</source>
        <translation>--lag måste vara ett helt antal dagar från 0 till %1.</translation>
    </message>
    <message>
        <source>not enough data</source>
        <translation>för lite data</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 till %2</translation>
    </message>
    <message>
        <source>no days logged</source>
        <translation>inga antecknade dagar</translation>
    </message>
    <message>
        <source>%1 severity points per 100&#xa0;mg</source>
        <translation>%1 poäng i svårighetsgrad per 100&#xa0;mg</translation>
    </message>
    <message>
        <source>%1 (the line&apos;s severity at 0&#xa0;mg)</source>
        <translation>%1 (linjens svårighetsgrad vid 0&#xa0;mg)</translation>
    </message>
    <message>
        <source>Days looked at:</source>
        <translation>Dagar som ingår:</translation>
    </message>
    <message>
        <source>Lag:</source>
        <translation>Fördröjning:</translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln dag</numerusform>
            <numerusform>%Ln dagar</numerusform>
        </translation>
    </message>
    <message>
        <source>Days with both:</source>
        <translation>Dagar med båda värdena:</translation>
    </message>
    <message>
        <source>Pearson r:</source>
        <translation>Pearsons r:</translation>
    </message>
    <message>
        <source>Spearman rho:</source>
        <translation>Spearmans rho:</translation>
    </message>
    <message>
        <source>95% interval for r:</source>
        <translation>95-procentigt konfidensintervall för r:</translation>
    </message>
    <message>
        <source>Slope:</source>
        <translation>Lutning:</translation>
    </message>
    <message>
        <source>Intercept:</source>
        <translation>Intercept:</translation>
    </message>
    <message>
        <source>Magnesium (food and supplements) and RLS severity</source>
        <translation>Magnesium (mat och tillskott) och RLS-symtomens svårighetsgrad</translation>
    </message>
    <message>
        <source>Show how the magnesium of each day (food and supplements) went together with RLS severity the same day or some days later, or with the sleep of the night after: the number of days with both, Pearson&apos;s r, Spearman&apos;s rho, the 95% interval for r (allowing for days that run in streaks) and the least-squares line. The diary is only read. This shows whether the two went together, not what caused what.</source>
        <translation>Visa hur magnesium varje dag (mat och tillskott) hängde ihop med RLS-symtomens svårighetsgrad samma dag eller några dagar senare, eller med sömnen natten efter: antal dagar med båda värdena, Pearsons r, Spearmans rho, 95-procentigt konfidensintervall för r (med hänsyn till att dagar går i perioder) och minsta kvadrat-linjen. Dagboken läses bara. Det här visar om de två hängde ihop, inte vad som orsakade vad.</translation>
    </message>
    <message>
        <source>What to compare magnesium with: rls_severity (default), sleep_quality or total_sleep_min (sleep is the night that followed the day&apos;s magnesium).</source>
        <translation>Vad magnesium ska jämföras med: rls_severity (standard), sleep_quality eller total_sleep_min (sömnen är natten som följde efter dagens magnesium).</translation>
    </message>
    <message>
        <source>Print one JSON object with the keys n, pearson_r, spearman_rho, ci95_low, ci95_high, slope, intercept, lag_days, outcome, autocorrelation_x, autocorrelation_y, n_effective, ci95_low_adjusted, ci95_high_adjusted (null where there is too little data; docs/statistics.md).</source>
        <translation>Skriv ut ett JSON-objekt med nycklarna n, pearson_r, spearman_rho, ci95_low, ci95_high, slope, intercept, lag_days, outcome, autocorrelation_x, autocorrelation_y, n_effective, ci95_low_adjusted, ci95_high_adjusted (null där det finns för lite data; docs/statistics.md).</translation>
    </message>
    <message>
        <source>--outcome must be rls_severity, sleep_quality or total_sleep_min, not &quot;%1&quot;.</source>
        <translation>--outcome måste vara rls_severity, sleep_quality eller total_sleep_min, inte ”%1”.</translation>
    </message>
    <message>
        <source>Magnesium (food and supplements) and the sleep quality of the night after</source>
        <translation>Magnesium (mat och tillskott) och sömnkvaliteten natten efter</translation>
    </message>
    <message>
        <source>%1 quality points per 100&#xa0;mg</source>
        <translation>%1 poäng i sömnkvalitet per 100&#xa0;mg</translation>
    </message>
    <message>
        <source>%1 (the line&apos;s sleep quality at 0&#xa0;mg)</source>
        <translation>%1 (linjens sömnkvalitet vid 0&#xa0;mg)</translation>
    </message>
    <message>
        <source>Magnesium (food and supplements) and the total sleep of the night after</source>
        <translation>Magnesium (mat och tillskott) och den totala sömntiden natten efter</translation>
    </message>
    <message>
        <source>%1 minutes of sleep per 100&#xa0;mg</source>
        <translation>%1 minuter sömn per 100&#xa0;mg</translation>
    </message>
    <message>
        <source>%1 (the line&apos;s minutes of sleep at 0&#xa0;mg)</source>
        <translation>%1 (linjens minuter sömn vid 0&#xa0;mg)</translation>
    </message>
    <message>
        <source>Counted as independent:</source>
        <translation>Räknat som oberoende:</translation>
    </message>
    <message>
        <source>about %1 days (the days run in streaks)</source>
        <translation>ungefär %1 dagar (dagarna går i perioder)</translation>
    </message>
    <message>
        <source>Show how magnesium and RLS severity went together, and how sure that is.</source>
        <translation>Visa hur magnesium och RLS-symtomens svårighetsgrad hängde ihop, och hur säkert det är.</translation>
    </message>
</context>
<context>
    <name>stilla::SupplementDoseRow</name>
    <message>
        <source>By mouth</source>
        <translation>Via munnen</translation>
    </message>
    <message>
        <source>Intravenous (given by a clinician)</source>
        <translation>Intravenöst (ges av vårdpersonal)</translation>
    </message>
    <message>
        <source>Supplement form</source>
        <translation>Magnesiumform</translation>
    </message>
    <message>
        <source>Elemental magnesium in mg, as on the label</source>
        <translation>Mängd magnesium i mg (elementärt magnesium), som det står på förpackningen</translation>
    </message>
    <message>
        <source>Time taken</source>
        <translation>Klockslag när du tog det</translation>
    </message>
    <message>
        <source>How it was taken</source>
        <translation>Hur du tog det</translation>
    </message>
    <message>
        <source>Remove this supplement dose</source>
        <translation>Ta bort den här dosen</translation>
    </message>
</context>
<context>
    <name>stilla::SwedishMeasures</name>
    <message>
        <source>The Swedish household measures (%1) are missing from this build of Stilla. Please reinstall Stilla.</source>
        <translation>De svenska hushållsmåtten (%1) saknas i den här versionen av Stilla. Installera om Stilla.</translation>
    </message>
    <message>
        <source>The Swedish household measures are not readable. Please reinstall Stilla.</source>
        <translation>De svenska hushållsmåtten går inte att läsa. Installera om Stilla.</translation>
    </message>
    <message>
        <source>A Swedish household measure lacks its food, its USDA measure or its labels (%1). Please reinstall Stilla.</source>
        <translation>Ett svenskt hushållsmått saknar livsmedel, USDA-mått eller benämningar (%1). Installera om Stilla.</translation>
    </message>
    <message>
        <source>The Swedish measures of food %1 refer to &quot;%2&quot; of USDA food %3, which the catalogue does not have.</source>
        <translation>De svenska måtten för livsmedel %1 hänvisar till ”%2” för USDA-livsmedel %3, som katalogen inte har.</translation>
    </message>
    <message>
        <source>The Swedish measure &quot;%1&quot; of food %2 cannot be weighed by &quot;%3&quot;.</source>
        <translation>Det svenska måttet ”%1” för livsmedel %2 kan inte vägas med ”%3”.</translation>
    </message>
</context>
<context>
    <name>stilla::SymptomsSection</name>
    <message>
        <source>&amp;Severity (0–10):</source>
        <translation>Sv&amp;årighetsgrad (0–10):</translation>
    </message>
    <message>
        <source>S&amp;ymptoms began:</source>
        <translation>Symtomen &amp;började:</translation>
    </message>
    <message>
        <source>It felt like:</source>
        <translation>Det kändes som:</translation>
    </message>
    <message>
        <source>Dist&amp;urbed sleep:</source>
        <translation>St&amp;örde sömnen:</translation>
    </message>
    <message>
        <source>0 means no symptoms at all; 10 the worst you can imagine. Leave it at – if you did not note it.</source>
        <translation>0 betyder inga symtom alls och 10 det värsta du kan tänka dig. Låt det stå – om du inte vill ange något.</translation>
    </message>
    <message>
        <source>Symptom severity, 0 to 10</source>
        <translation>Symtomens svårighetsgrad, 0 till 10</translation>
    </message>
    <message>
        <source>Time the symptoms began</source>
        <translation>Klockslag när symtomen började</translation>
    </message>
    <message>
        <source>Part of the day the symptoms began</source>
        <translation>Tid på dygnet när symtomen började</translation>
    </message>
    <message>
        <source>Time of day not noted</source>
        <translation>Tid på dygnet inte angiven</translation>
    </message>
    <message>
        <source>In the afternoon</source>
        <translation>På eftermiddagen</translation>
    </message>
    <message>
        <source>In the evening</source>
        <translation>På kvällen</translation>
    </message>
    <message>
        <source>At night</source>
        <translation>På natten</translation>
    </message>
    <message>
        <source>An urge to move the legs</source>
        <translation>Ett starkt behov av att röra på benen</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Smärta</translation>
    </message>
    <message>
        <source>Throbbing</source>
        <translation>Bultande</translation>
    </message>
    <message>
        <source>Other unpleasant feelings</source>
        <translation>Andra obehagliga känslor</translation>
    </message>
    <message>
        <source>Symptoms disturbed sleep</source>
        <translation>Symtomen störde sömnen</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Inte angivet</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time. Write it as hh:mm on a 24-hour clock, for example 21:15.</source>
        <translation>”%1” är inget klockslag. Skriv det som tt:mm med 24-timmarsklocka, till exempel 21:15.</translation>
    </message>
    <message>
        <source>Restless legs, %1</source>
        <extracomment>The symptoms section&apos;s title on a diary day, e.g. &quot;Restless legs, Sun 6 Dec&quot;.</extracomment>
        <translation>Restless legs, %1</translation>
    </message>
    <message>
        <source>Restless legs</source>
        <translation>Restless legs</translation>
    </message>
</context>
<context>
    <name>stilla::TimeField</name>
    <message>
        <source>hh:mm</source>
        <translation>tt:mm</translation>
    </message>
    <message>
        <source>Type a time such as 22:30 or 2230, or use the Up and Down keys to pick one in steps of a quarter of an hour.</source>
        <translation>Skriv en tid som 22:30 eller 2230, eller välj en med uppåt- och nedåtpilarna i steg om en kvart.</translation>
    </message>
    <message>
        <source>Clear the time</source>
        <translation>Töm tiden</translation>
    </message>
</context>
<context>
    <name>stilla::TrendChart</name>
    <message>
        <source>Magnesium from food</source>
        <translation>Magnesium från maten</translation>
    </message>
    <message>
        <source>Magnesium from supplements</source>
        <translation>Magnesium från tillskott</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Svårighetsgrad</translation>
    </message>
    <message>
        <source>Sleep quality</source>
        <translation>Sömnkvalitet</translation>
    </message>
    <message>
        <source>Days with a safety warning</source>
        <translation>Dagar med en säkerhetsnotering</translation>
    </message>
    <message>
        <source>Blood tests (ferritin and more)</source>
        <translation>Blodprov (ferritin med mera)</translation>
    </message>
    <message>
        <source>Middle half of the days</source>
        <translation>Mittersta hälften av dagarna</translation>
    </message>
    <message>
        <source>RLS severity, weekly means, 0–10 (lower is better)</source>
        <translation>RLS-symtomens svårighetsgrad, veckomedel, 0–10 (lägre är bättre)</translation>
    </message>
    <message>
        <source>RLS severity, four-week means, 0–10 (lower is better)</source>
        <translation>RLS-symtomens svårighetsgrad, fyraveckorsmedel, 0–10 (lägre är bättre)</translation>
    </message>
    <message>
        <source>Sleep of the night before: quality 1–5 (higher is better), hours asleep</source>
        <translation>Sömnen natten innan: kvalitet 1–5 (högre är bättre), timmar sömn</translation>
    </message>
    <message>
        <source>Sleep, weekly means: quality 1–5 (higher is better), hours asleep</source>
        <translation>Sömn, veckomedel: kvalitet 1–5 (högre är bättre), timmar sömn</translation>
    </message>
    <message>
        <source>Sleep, four-week means: quality 1–5 (higher is better), hours asleep</source>
        <translation>Sömn, fyraveckorsmedel: kvalitet 1–5 (högre är bättre), timmar sömn</translation>
    </message>
    <message>
        <source>Magnesium a day, mg</source>
        <translation>Magnesium per dag, mg</translation>
    </message>
    <message>
        <source>Magnesium a day, weekly means, mg</source>
        <translation>Magnesium per dag, veckomedel, mg</translation>
    </message>
    <message>
        <source>Magnesium a day, four-week means, mg</source>
        <translation>Magnesium per dag, fyraveckorsmedel, mg</translation>
    </message>
    <message>
        <source>Severity, 7-day average</source>
        <translation>Svårighetsgrad, medelvärde för 7 dagar</translation>
    </message>
    <message>
        <source>%.0f h</source>
        <translation>%.0f h</translation>
    </message>
    <message>
        <source>Sleep quality, 7-day average</source>
        <translation>Sömnkvalitet, medelvärde för 7 dagar</translation>
    </message>
    <message>
        <source>Hours asleep, 7-day average</source>
        <translation>Timmar sömn, medelvärde för 7 dagar</translation>
    </message>
    <message>
        <source>Hours asleep</source>
        <translation>Timmar sömn</translation>
    </message>
    <message>
        <source>Daily target, %1&#xa0;mg</source>
        <translation>Dagligt mål, %1&#xa0;mg</translation>
    </message>
    <message>
        <source>Upper limit for supplements, %1&#xa0;mg</source>
        <translation>Övre gräns för tillskott, %1&#xa0;mg</translation>
    </message>
    <message>
        <source>Phase B: with magnesium</source>
        <translation>Fas B: med magnesium</translation>
    </message>
    <message>
        <source>Phase A: without magnesium</source>
        <translation>Fas A: utan magnesium</translation>
    </message>
    <message>
        <source>RLS severity, 0&#xa0;none – 10&#xa0;worst (lower is better)</source>
        <translation>RLS-symtomens svårighetsgrad, 0&#xa0;inga – 10&#xa0;värst (lägre är bättre)</translation>
    </message>
</context>
<context>
    <name>stilla::TrendFigure</name>
    <message>
        <source>No days logged in this period.</source>
        <translation>Inga antecknade dagar under perioden.</translation>
    </message>
    <message>
        <source>Middle half of the days</source>
        <translation>Mittersta hälften av dagarna</translation>
    </message>
    <message>
        <source>Food</source>
        <translation>Mat</translation>
    </message>
    <message>
        <source>Supplements</source>
        <translation>Tillskott</translation>
    </message>
    <message>
        <source>Daily target</source>
        <translation>Dagligt mål</translation>
    </message>
    <message>
        <source>Upper limit for supplements</source>
        <translation>Övre gräns för tillskott</translation>
    </message>
    <message>
        <source>Safety note</source>
        <translation>Säkerhetsnotering</translation>
    </message>
    <message>
        <source>Magnesium a day, mg</source>
        <translation>Magnesium per dag, mg</translation>
    </message>
    <message>
        <source>Magnesium a day, weekly means, mg</source>
        <translation>Magnesium per dag, veckomedel, mg</translation>
    </message>
    <message>
        <source>Magnesium a day, four-week means, mg</source>
        <translation>Magnesium per dag, fyraveckorsmedel, mg</translation>
    </message>
    <message>
        <source>Self-experiment: without magnesium</source>
        <translation>Självexperiment: utan magnesium</translation>
    </message>
    <message>
        <source>with magnesium</source>
        <translation>med magnesium</translation>
    </message>
    <message>
        <source>Blood test</source>
        <translation>Blodprov</translation>
    </message>
    <message>
        <source>RLS severity, 0&#xa0;none – 10&#xa0;worst (lower is better)</source>
        <translation>RLS-symtomens svårighetsgrad, 0&#xa0;inga – 10&#xa0;värst (lägre är bättre)</translation>
    </message>
    <message>
        <source>Sleep quality of the night before, 1&#xa0;very poor – 5&#xa0;very good (higher is better)</source>
        <translation>Sömnkvaliteten natten innan, 1&#xa0;mycket dålig – 5&#xa0;mycket bra (högre är bättre)</translation>
    </message>
    <message>
        <source>RLS severity, weekly means, 0&#xa0;none – 10&#xa0;worst (lower is better)</source>
        <translation>RLS-symtomens svårighetsgrad, veckomedel, 0&#xa0;inga – 10&#xa0;värst (lägre är bättre)</translation>
    </message>
    <message>
        <source>Sleep quality, weekly means, 1&#xa0;very poor – 5&#xa0;very good (higher is better)</source>
        <translation>Sömnkvalitet, veckomedel, 1&#xa0;mycket dålig – 5&#xa0;mycket bra (högre är bättre)</translation>
    </message>
    <message>
        <source>RLS severity, four-week means, 0&#xa0;none – 10&#xa0;worst (lower is better)</source>
        <translation>RLS-symtomens svårighetsgrad, fyraveckorsmedel, 0&#xa0;inga – 10&#xa0;värst (lägre är bättre)</translation>
    </message>
    <message>
        <source>Sleep quality, four-week means, 1&#xa0;very poor – 5&#xa0;very good (higher is better)</source>
        <translation>Sömnkvalitet, fyraveckorsmedel, 1&#xa0;mycket dålig – 5&#xa0;mycket bra (högre är bättre)</translation>
    </message>
</context>
<context>
    <name>stilla::TrendLegend</name>
    <message>
        <source>Show %1</source>
        <translation>Visa %1</translation>
    </message>
    <message>
        <source>Colour of %1 in the chart</source>
        <translation>Färgen för %1 i diagrammet</translation>
    </message>
</context>
<context>
    <name>stilla::TrendText</name>
    <message>
        <source>%1 to %2: means of the days logged</source>
        <translation>%1 till %2: medelvärden för de antecknade dagarna</translation>
    </message>
    <message>
        <source>not logged</source>
        <translation>inte antecknat</translation>
    </message>
    <message numerus="yes">
        <source>%1 (on %Ln of %2 days; middle half %3 to %4)</source>
        <translation>
            <numerusform>%1 (på %Ln av %2 dagar; mittersta hälften %3 till %4)</numerusform>
            <numerusform>%1 (på %Ln av %2 dagar; mittersta hälften %3 till %4)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1&#xa0;mg</source>
        <translation>%1&#xa0;mg</translation>
    </message>
    <message>
        <source>Severity: %1</source>
        <translation>Svårighetsgrad: %1</translation>
    </message>
    <message>
        <source>Sleep quality (the night that ended this morning): %1</source>
        <translation>Sömnkvalitet (natten som tog slut den här morgonen): %1</translation>
    </message>
    <message>
        <source>Sleep quality (the nights that ended on these mornings): %1</source>
        <translation>Sömnkvalitet (nätterna som tog slut de här morgnarna): %1</translation>
    </message>
    <message>
        <source>Hours asleep: %1</source>
        <translation>Timmar sömn: %1</translation>
    </message>
    <message>
        <source>%1&#xa0;h</source>
        <translation>%1&#xa0;h</translation>
    </message>
    <message>
        <source>Magnesium from food: %1</source>
        <translation>Magnesium från maten: %1</translation>
    </message>
    <message>
        <source>Magnesium from supplements: %1</source>
        <translation>Magnesium från tillskott: %1</translation>
    </message>
    <message>
        <source>A safety note for this day; see the diary.</source>
        <translation>Det finns en säkerhetsnotering för den här dagen. Se dagboken.</translation>
    </message>
    <message numerus="yes">
        <source>Safety notes on %Ln of these days; see the diary.</source>
        <translation>
            <numerusform>En säkerhetsnotering på %Ln av de här dagarna. Se dagboken.</numerusform>
            <numerusform>Säkerhetsnoteringar på %Ln av de här dagarna. Se dagboken.</numerusform>
        </translation>
    </message>
    <message>
        <source>Blood test of %1: %2</source>
        <translation>Blodprov %1: %2</translation>
    </message>
    <message>
        <source>Self-experiment, phase %1: with magnesium (B)</source>
        <translation>Självexperiment, fas %1: med magnesium (B)</translation>
    </message>
    <message>
        <source>Self-experiment, phase %1: without magnesium (A)</source>
        <translation>Självexperiment, fas %1: utan magnesium (A)</translation>
    </message>
    <message>
        <source>Weekly means, %1 – %2</source>
        <translation>Veckomedelvärden, %1 – %2</translation>
    </message>
    <message>
        <source>Four-week means</source>
        <translation>Medelvärden per fyra veckor</translation>
    </message>
    <message>
        <source>Week %1, %2 to %3: means of the days logged</source>
        <translation>Vecka %1, %2 till %3: medelvärden för de antecknade dagarna</translation>
    </message>
    <message>
        <source>Weekly means: each point is the mean of the logged days of a calendar week, Monday to Sunday; the band behind severity holds the middle half of them.</source>
        <translation>Veckomedelvärden: varje punkt är medelvärdet av de antecknade dagarna i en kalendervecka, måndag till söndag; bandet bakom svårighetsgraden rymmer den mittersta hälften av dem.</translation>
    </message>
    <message>
        <source>Four-week means: each point is the mean of the logged days of four calendar weeks, Monday to Sunday; the band behind severity holds the middle half of them.</source>
        <translation>Medelvärden per fyra veckor: varje punkt är medelvärdet av de antecknade dagarna i fyra kalenderveckor, måndag till söndag; bandet bakom svårighetsgraden rymmer den mittersta hälften av dem.</translation>
    </message>
    <message>
        <source>Week %1: only %2 is in the chart&apos;s range</source>
        <translation>Vecka %1: bara %2 ligger i diagrammets period</translation>
    </message>
    <message>
        <source>%1: the only day of its four weeks in the chart&apos;s range</source>
        <translation>%1: den enda dagen av sina fyra veckor i diagrammets period</translation>
    </message>
</context>
<context>
    <name>stilla::UndoActions</name>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Ångra %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Gör om %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gör om</translation>
    </message>
    <message>
        <source>The step could not be written</source>
        <translation>Steget kunde inte skrivas</translation>
    </message>
    <message>
        <source>The list of steps to undo has been cleared, so that no later step writes over what the diary holds now.</source>
        <translation>Listan över steg att ångra har tömts, så att inget senare steg skriver över det som dagboken innehåller nu.</translation>
    </message>
    <message>
        <source>Redone: %1</source>
        <translation>Gjort om: %1</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>Ångrat: %1</translation>
    </message>
</context>
<context>
    <name>stilla::cli::Command</name>
    <message>
        <source>Run stilla-cli %1 --help for the options.</source>
        <translation>Kör stilla-cli %1 --help för att se flaggorna.</translation>
    </message>
    <message>
        <source>Read the profile from FILE instead of Stilla&apos;s settings file.</source>
        <translation>Läs profilen från FILE i stället för från Stillas inställningsfil.</translation>
    </message>
</context>
</TS>
