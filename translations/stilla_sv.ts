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
            <source>unknown key "%1" (expected %2)</source>
            <translation>okänd nyckel "%1" (förväntade %2)</translation>
        </message>
        <message>
            <source>"%1" is missing</source>
            <translation>"%1" saknas</translation>
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
            <source>is larger than %1 KiB; an article is far smaller, so this is not one</source>
            <translation>är större än %1 KiB; en artikel är mycket mindre, så det här är ingen artikel</translation>
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
            <source>"%1" is already the id of sections[%2]; ids must be unique</source>
            <translation>”%1” är redan id för sections[%2]; varje id måste vara unikt</translation>
        </message>
        <message>
            <source>"%1" is not a valid id: use only a-z, 0-9 and "-"</source>
            <translation>”%1” är inget giltigt id: använd bara a-z, 0-9 och ”-”</translation>
        </message>
        <message>
            <source>a section needs at least one block</source>
            <translation>ett avsnitt behöver minst ett block</translation>
        </message>
        <message>
            <source>has both "paragraph" and "list"; a block is one or the other</source>
            <translation>har både "paragraph" och "list"; ett block är antingen det ena eller det andra</translation>
        </message>
        <message>
            <source>needs a "paragraph" or a "list"</source>
            <translation>behöver "paragraph" eller "list"</translation>
        </message>
        <message>
            <source>a list needs at least one item</source>
            <translation>en lista behöver minst en punkt</translation>
        </message>
        <message>
            <source>There is no article in the language "%1"; there is one in %2.</source>
            <translation>Det finns ingen artikel på språket ”%1”, bara på %2.</translation>
        </message>
        <message>
            <source>%1: cannot be read (%2). The article is built into Stilla; installing Stilla again should bring it back.</source>
            <translation>%1: går inte att läsa (%2). Artikeln är inbyggd i Stilla, så om du installerar Stilla igen bör den komma tillbaka.</translation>
        </message>
        <message>
            <source>%1: "language" is "%2", but this file should hold the "%3" article.</source>
            <translation>%1: "language" är ”%2”, men den här filen ska innehålla artikeln för ”%3”.</translation>
        </message>
    </context>
    <context>
        <name>stilla::BackupManager</name>
        <message>
            <source>Could not create the backup folder %1. Check that the disk is writable.</source>
            <translation>Det gick inte att skapa mappen för säkerhetskopior, %1. Kontrollera att det går att skriva till disken.</translation>
        </message>
        <message>
            <source>Could not delete the old backup %1. Check the folder's permissions.</source>
            <translation>Det gick inte att ta bort den gamla säkerhetskopian %1. Kontrollera behörigheterna för mappen.</translation>
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
        <message>
            <source>Add days from a JSON or CSV file to the diary.</source>
            <translation>Lägg till dagar från en JSON- eller CSV-fil i dagboken.</translation>
        </message>
        <message>
            <source>Write the diary, or some days of it, as JSON or CSV.</source>
            <translation>Exportera dagboken, eller några dagar ur den, som JSON eller CSV.</translation>
        </message>
        <message>
            <source>Save a copy of the diary to a file.</source>
            <translation>Spara en kopia av dagboken i en fil.</translation>
        </message>
        <message>
            <source>Replace the diary with a backup; the current diary is kept aside.</source>
            <translation>Ersätt dagboken med en säkerhetskopia; den nuvarande dagboken sparas undan.</translation>
        </message>
        <message>
            <source>Check that the diary file is intact.</source>
            <translation>Kontrollera att dagboksfilen är hel.</translation>
        </message>
        <message>
            <source>
Run stilla-cli COMMAND --help for a command's options.

Exit codes:
  0  success
  1  the command failed; the message says why
  2  bad usage: unknown command or option, or a missing argument
  3  the diary is damaged or is not a Stilla diary; nothing was written to it
</source>
            <translation>
Kör stilla-cli KOMMANDO --help för att se flaggorna för ett kommando.

Slutstatus:
  0  det lyckades
  1  kommandot misslyckades; meddelandet säger varför
  2  felaktig användning: okänt kommando eller okänd flagga, eller ett argument saknas
  3  dagboken är skadad eller är ingen Stilla-dagbok; ingenting skrevs till den
</translation>
        </message>
        <message>
            <source>There is no diary yet in %1. Use --data-dir to choose the data folder that holds it.</source>
            <translation>Det finns ingen dagbok i %1 än. Använd --data-dir för att välja den datamapp där dagboken finns.</translation>
        </message>
        <message>
            <source>Add the days in FILE to the diary. Every day is checked first; if anything is wrong, each problem is listed as FILE:LINE: field: message and nothing is imported.</source>
            <translation>Lägg till dagarna i FILE i dagboken. Varje dag kontrolleras först. Om något är fel listas varje problem som FILE:RAD: fält: meddelande, och ingenting importeras.</translation>
        </message>
        <message>
            <source>The file's format: json or csv (default: from the file name).</source>
            <translation>Filens format: json eller csv (standard: avgörs av filnamnet).</translation>
        </message>
        <message>
            <source>What to do with a day that is already in the diary: fail (default: import nothing), skip (keep the diary's day) or replace.</source>
            <translation>Vad som ska hända med en dag som redan finns i dagboken: fail (standard: importera ingenting), skip (behåll dagen i dagboken) eller replace (ersätt den).</translation>
        </message>
        <message>
            <source>Import the valid days even when other days have problems.</source>
            <translation>Importera de giltiga dagarna även när andra dagar har problem.</translation>
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
            <source>--format must be json or csv.</source>
            <translation>--format måste vara json eller csv.</translation>
        </message>
        <message>
            <source>Cannot tell the format of %1 from its name; add --format json or --format csv.</source>
            <translation>Det går inte att avgöra formatet för %1 utifrån namnet. Lägg till --format json eller --format csv.</translation>
        </message>
        <message>
            <source>--on-conflict must be fail, skip or replace.</source>
            <translation>--on-conflict måste vara fail, skip eller replace.</translation>
        </message>
        <message numerus="yes">
            <source>Nothing was imported: %n problem(s) in %1. Correct the file, or use --valid-only to import only the valid days.</source>
            <translation>
                <numerusform>Ingenting importerades: %n problem i %1. Rätta filen, eller använd --valid-only för att bara importera de giltiga dagarna.</numerusform>
                <numerusform>Ingenting importerades: %n problem i %1. Rätta filen, eller använd --valid-only för att bara importera de giltiga dagarna.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Importing only the %n valid day(s).</source>
            <translation>
                <numerusform>Importerar bara den %n giltiga dagen.</numerusform>
                <numerusform>Importerar bara de %n giltiga dagarna.</numerusform>
            </translation>
        </message>
        <message>
            <source>To keep the diary's days use --on-conflict=skip; to overwrite them, --on-conflict=replace.</source>
            <translation>Använd --on-conflict=skip för att behålla dagarna i dagboken, eller --on-conflict=replace för att skriva över dem.</translation>
        </message>
        <message numerus="yes">
            <source>Imported %n day(s)</source>
            <translation>
                <numerusform>Importerade %n dag</numerusform>
                <numerusform>Importerade %n dagar</numerusform>
            </translation>
        </message>
        <message>
            <source> (%1 added, %2 replaced, %3 skipped).</source>
            <translation> (tillagda: %1, ersatta: %2, överhoppade: %3).</translation>
        </message>
        <message>
            <source>Write the diary's days to FILE, or to standard output when FILE is -.</source>
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
            <translation>Var det ska skrivas, eller - för stdout.</translation>
        </message>
        <message>
            <source>export needs exactly one FILE (or - for standard output).</source>
            <translation>export behöver exakt en FILE (eller - för standard ut).</translation>
        </message>
        <message>
            <source>Add --format json or --format csv.</source>
            <translation>Lägg till --format json eller --format csv.</translation>
        </message>
        <message>
            <source>--from is after --to.</source>
            <translation>--from är senare än --to.</translation>
        </message>
        <message numerus="yes">
            <source>Exported %n day(s) to %1.</source>
            <translation>
                <numerusform>Exporterade %n dag till %1.</numerusform>
                <numerusform>Exporterade %n dagar till %1.</numerusform>
            </translation>
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
        <name>stilla::CsvReader</name>
        <message>
            <source>This cell is far too long (more than %1 characters). Is this a Stilla diary file?</source>
            <translation>Cellen är alldeles för lång (mer än %1 tecken). Är det här en dagboksfil från Stilla?</translation>
        </message>
        <message>
            <source>A quote opened on line %1 is never closed. Put a quote at the end of the text, and write quotes inside the text twice ("").</source>
            <translation>Ett citattecken som börjar på rad %1 avslutas aldrig. Sätt ett citattecken i slutet av texten, och skriv citattecken inuti texten två gånger ("").</translation>
        </message>
        <message>
            <source>There is text after a closing quote. Put the whole cell in quotes, and write quotes inside it twice ("").</source>
            <translation>Det finns text efter ett avslutande citattecken. Sätt hela cellen inom citattecken, och skriv citattecken inuti den två gånger ("").</translation>
        </message>
        <message>
            <source>A quote inside a cell that does not start with one. Put the whole cell in quotes, and write quotes inside it twice ("").</source>
            <translation>Ett citattecken står inuti en cell som inte börjar med ett citattecken. Sätt hela cellen inom citattecken, och skriv citattecken inuti den två gånger ("").</translation>
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
        <name>stilla::DayTable</name>
        <message>
            <source>the diary holds a value Stilla cannot read: '%1'</source>
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
            <translation>Sömnkvaliteten</translation>
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
            <source>The amount of food in grams</source>
            <translation>Mängden livsmedel i gram</translation>
        </message>
        <message>
            <source>Magnesium from a food must be between 0 and %1 mg.</source>
            <translation>Magnesium från ett livsmedel måste vara mellan 0 och %1 mg.</translation>
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
            <source>%1 mg in one dose is far more than any usual supplement. Is that a typo?</source>
            <translation>%1 mg i en dos är mycket mer än i vanliga tillskott. Har du skrivit fel?</translation>
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
            <source>The notes</source>
            <translation>Anteckningarna</translation>
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
            <source>Could not open %1 to write it to disk: %2.</source>
            <translation>Det gick inte att öppna %1 för att skriva den till disken: %2.</translation>
        </message>
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
    </context>
    <context>
        <name>stilla::DiaryJson</name>
        <message>
            <source>This is not valid JSON (%1). Look for a missing comma, quote or bracket here or just before.</source>
            <translation>Det här är inte giltig JSON (%1). Leta efter ett kommatecken, citattecken eller en klammer som saknas, här eller strax före.</translation>
        </message>
        <message>
            <source>This is not a Stilla diary file: it should be one object with "format": "%1".</source>
            <translation>Det här är ingen dagboksfil från Stilla: den ska vara ett enda objekt med "format": "%1".</translation>
        </message>
        <message>
            <source>This is not a Stilla diary file: "format" should be "%1".</source>
            <translation>Det här är ingen dagboksfil från Stilla: "format" ska vara "%1".</translation>
        </message>
        <message>
            <source>This file was written by a newer Stilla (format version %1); this version reads version %2. Update Stilla to import it.</source>
            <translation>Filen skrevs av en nyare version av Stilla (formatversion %1). Den här versionen läser version %2. Uppdatera Stilla för att importera den.</translation>
        </message>
        <message>
            <source>Unknown format version. This version of Stilla reads version %1.</source>
            <translation>Okänd formatversion. Den här versionen av Stilla läser version %1.</translation>
        </message>
        <message>
            <source>Unknown field. Check its spelling against docs/diary-json.md.</source>
            <translation>Okänt fält. Kontrollera stavningen mot docs/diary-json.md.</translation>
        </message>
        <message>
            <source>The list of days is missing: "days" should be a list ([ ... ]).</source>
            <translation>Listan med dagar saknas: "days" ska vara en lista ([ ... ]).</translation>
        </message>
        <message>
            <source>%1 is also days[%2]. Each day may appear only once; neither is imported.</source>
            <translation>%1 finns också i days[%2]. Varje dag får bara finnas en gång, så ingen av dem importeras.</translation>
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
    </context>
    <context>
        <name>stilla::DiaryPage</name>
        <message>
            <source>Diary</source>
            <translation>Dagbok</translation>
        </message>
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
            <source>&amp;Today</source>
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
            <source>&amp;Delete Day…</source>
            <translation>&amp;Ta bort dagen…</translation>
        </message>
        <message>
            <source>Delete this day from the diary</source>
            <translation>Ta bort den här dagen från dagboken</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Ångra</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>Gör om</translation>
        </message>
        <message>
            <source>The diary could not be opened, so nothing can be shown or saved here. Restart Stilla to see what went wrong.</source>
            <translation>Dagboken gick inte att öppna, så ingenting kan visas eller sparas här. Starta om Stilla för att se vad som gick fel.</translation>
        </message>
        <message>
            <source>%1, today</source>
            <translation>%1, i dag</translation>
        </message>
        <message>
            <source>%1, yesterday</source>
            <translation>%1, i går</translation>
        </message>
        <message>
            <source>Not saved yet: please correct the marked fields.</source>
            <translation>Inte sparat än: rätta de markerade fälten.</translation>
        </message>
        <message>
            <source>Changes to %1</source>
            <translation>Ändringar för %1</translation>
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
            <translation>Ta bort %1</translation>
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
            <source>%1 and %n more</source>
            <translation>
                <numerusform>%1 och %n dag till</numerusform>
                <numerusform>%1 och %n dagar till</numerusform>
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
    </context>
    <context>
        <name>stilla::DiaryTransfer</name>
        <message>
            <source>%1 is neither a .json nor a .csv file, so Stilla cannot tell how to read it.</source>
            <translation>%1 är varken en .json- eller en .csv-fil, så Stilla vet inte hur den ska läsas.</translation>
        </message>
        <message numerus="yes">
            <source>… and %n more.</source>
            <translation>
                <numerusform>… och %n till.</numerusform>
                <numerusform>… och %n till.</numerusform>
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
            <source>%n day(s) in %1 cannot be imported as they are.</source>
            <translation>
                <numerusform>%n dag i %1 kan inte importeras som den är.</numerusform>
                <numerusform>%n dagar i %1 kan inte importeras som de är.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Choose OK to import only the %n day(s) without problems, or Cancel to import nothing and correct the file first.</source>
            <translation>
                <numerusform>Välj OK för att bara importera den %n dagen utan problem, eller Avbryt för att inte importera något och rätta filen först.</numerusform>
                <numerusform>Välj OK för att bara importera de %n dagarna utan problem, eller Avbryt för att inte importera något och rätta filen först.</numerusform>
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
            <source>%n day(s) in the file are already in your diary.</source>
            <translation>
                <numerusform>%n dag i filen finns redan i din dagbok.</numerusform>
                <numerusform>%n dagar i filen finns redan i din dagbok.</numerusform>
            </translation>
        </message>
        <message>
            <source>Yes to All replaces them with the file's version; No keeps your diary's version and imports only the other days; Cancel imports nothing.</source>
            <translation>Ja till alla ersätter dem med filens version; Nej behåller dagbokens version och importerar bara de andra dagarna; Avbryt importerar ingenting.</translation>
        </message>
        <message numerus="yes">
            <source>Imported %n day(s) from %1: %2 new, %3 replaced, %4 skipped.</source>
            <translation>
                <numerusform>Importerade %n dag från %1 (nya: %2, ersatta: %3, överhoppade: %4).</numerusform>
                <numerusform>Importerade %n dagar från %1 (nya: %2, ersatta: %3, överhoppade: %4).</numerusform>
            </translation>
        </message>
        <message>
            <source>Import into the Diary</source>
            <translation>Importera till dagboken</translation>
        </message>
        <message>
            <source>Diary files (*.json *.csv);;JSON (*.json);;CSV (*.csv)</source>
            <translation>Dagboksfiler (*.json *.csv);;JSON (*.json);;CSV (*.csv)</translation>
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
        <message numerus="yes">
            <source>Exported %n day(s) to %1.</source>
            <translation>
                <numerusform>Exporterade %n dag till %1.</numerusform>
                <numerusform>Exporterade %n dagar till %1.</numerusform>
            </translation>
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
    </context>
    <context>
        <name>stilla::FieldText</name>
        <message>
            <source>"%1" is not a date. Write dates as YYYY-MM-DD, for example 2024-03-05.</source>
            <translation>”%1” är inget datum. Skriv datum som YYYY-MM-DD, till exempel 2024-03-05.</translation>
        </message>
        <message>
            <source>%1 is not a real date: there is no such day. Check the year, month and day.</source>
            <translation>%1 är inget riktigt datum: den dagen finns inte. Kontrollera år, månad och dag.</translation>
        </message>
        <message>
            <source>"%1" is not a time. Write times as HH:MM on a 24-hour clock, for example 22:30.</source>
            <translation>”%1” är inget klockslag. Skriv tider som HH:MM med 24-timmarsklocka, till exempel 22:30.</translation>
        </message>
        <message>
            <source>%1 is not a time of day: hours go from 00 to 23 and minutes from 00 to 59.</source>
            <translation>%1 är inget klockslag: timmar går från 00 till 23 och minuter från 00 till 59.</translation>
        </message>
        <message>
            <source>"%1" is not a whole number. Write it with digits only, for example 12.</source>
            <translation>”%1” är inget heltal. Skriv det med bara siffror, till exempel 12.</translation>
        </message>
        <message>
            <source>%1 is far too large.</source>
            <translation>%1 är alldeles för stort.</translation>
        </message>
        <message>
            <source>"%1" is not a number. Use a point as the decimal mark and no thousands separator, for example 1250.5.</source>
            <translation>”%1” är inget tal. Använd punkt som decimaltecken och inget tecken mellan tusental, till exempel 1250.5.</translation>
        </message>
        <message>
            <source>"%1" is not a number. Write it with digits and, if needed, a decimal point, for example 12.5.</source>
            <translation>”%1” är inget tal. Skriv det med siffror och vid behov en decimalpunkt, till exempel 12.5.</translation>
        </message>
        <message>
            <source>%1... has too many digits.</source>
            <translation>%1... har för många siffror.</translation>
        </message>
        <message>
            <source>The file is not UTF-8 text: byte %1 cannot be read. Save the file as UTF-8 and try again.</source>
            <translation>Filen är inte UTF-8-text: byte %1 går inte att läsa. Spara filen som UTF-8 och försök igen.</translation>
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
            <source>This guide is information, not medical advice. Talk to your doctor before you start, change or stop any treatment, including magnesium.</source>
            <translation>Den här guiden ger information, inte medicinska råd. Tala med din läkare innan du börjar, ändrar eller slutar med en behandling, även magnesium.</translation>
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
            <source>Log a magnesium supplement in your diary</source>
            <translation>Anteckna ett magnesiumtillskott i dagboken</translation>
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
    </context>
    <context>
        <name>stilla::HabitsSection</name>
        <message>
            <source>Habits and other remedies</source>
            <translation>Vanor och annan egenvård</translation>
        </message>
        <message>
            <source>&amp;Caffeine (cups or servings):</source>
            <translation>&amp;Koffein (koppar eller portioner):</translation>
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
            <source>A &amp;warm bath</source>
            <translation>Ett varmt &amp;bad</translation>
        </message>
        <message>
            <source>&amp;Massage</source>
            <translation>&amp;Massage</translation>
        </message>
        <message>
            <source>&amp;Relaxation or meditation</source>
            <translation>Avs&amp;lappning eller meditation</translation>
        </message>
        <message>
            <source>Kept my regular &amp;sleep routine</source>
            <translation>Höll min vanliga sömn&amp;rutin</translation>
        </message>
    </context>
    <context>
        <name>stilla::HealthSection</name>
        <message>
            <source>Raises dopamine (dopamine agonist)</source>
            <translation>Dopaminhöjande (dopaminagonist)</translation>
        </message>
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
            <translation>Vätskedrivande (vattendrivande) läkemedel</translation>
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
            <source>Medications, side effects and notes</source>
            <translation>Läkemedel, biverkningar och anteckningar</translation>
        </message>
        <message>
            <source>Medications taken today</source>
            <translation>Läkemedel du har tagit i dag</translation>
        </message>
        <message>
            <source>Add a &amp;medication</source>
            <translation>Lägg till ett &amp;läkemedel</translation>
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
            <source>&amp;Notes</source>
            <translation>A&amp;nteckningar</translation>
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
            <source>"%1" is not one of the known names.</source>
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
            <source>%1 mg</source>
            <translation>%1 mg</translation>
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
            <source>Add &amp;food…</source>
            <translation>Lägg till &amp;livsmedel…</translation>
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
            <source>Add a &amp;supplement</source>
            <translation>Lägg till ett &amp;tillskott</translation>
        </message>
        <message>
            <source>Add a supplement dose</source>
            <translation>Lägg till en dos av ett tillskott</translation>
        </message>
        <message>
            <source>Same as yesterday</source>
            <translation>Samma som i går</translation>
        </message>
        <message>
            <source>Add yesterday's supplement doses</source>
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
            <source>By mouth</source>
            <translation>Genom munnen</translation>
        </message>
        <message>
            <source>Intravenous (given by a clinician)</source>
            <translation>Intravenöst (ges av vårdpersonal)</translation>
        </message>
        <message>
            <source>Supplement form</source>
            <translation>Typ av magnesiumtillskott</translation>
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
        <message>
            <source>"%1" is not a time. Write it as hh:mm, for example 08:00.</source>
            <translation>”%1” är inget klockslag. Skriv det som hh:mm, till exempel 08:00.</translation>
        </message>
        <message>
            <source>Today: %1 from food, %2 from supplements, %3 in all.</source>
            <translation>I dag: %1 från maten, %2 från tillskott, %3 totalt.</translation>
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
            <translation>Inställ&amp;ningar</translation>
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
        <message>
            <source>&amp;Import into the Diary…</source>
            <translation>&amp;Importera till dagboken…</translation>
        </message>
        <message>
            <source>&amp;Export the Diary…</source>
            <translation>&amp;Exportera dagboken…</translation>
        </message>
        <message>
            <source>&amp;Back Up the Diary…</source>
            <translation>&amp;Säkerhetskopiera dagboken…</translation>
        </message>
        <message>
            <source>&amp;Restore a Backup…</source>
            <translation>Åte&amp;rställ en säkerhetskopia…</translation>
        </message>
    </context>
    <context>
        <name>stilla::SafetyFacts</name>
        <message>
            <source>Swedish and European authorities</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the US National Institutes of Health</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Livsmedelsverket (the Swedish Food Agency) and the Nordic Nutrition Recommendations 2023 (NNR2023); EFSA, Overview on Tolerable Upper Intake Levels (2006, updated 2024)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>NIH Office of Dietary Supplements, Magnesium Fact Sheet for Health Professionals (2022)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the article</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>For adolescents and adults, daily doses of %1–%2 mg of magnesium are considered safe. Talk to a doctor about the right dose for you.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Swedish and European authorities set %1 mg a day as the upper limit for magnesium from supplements for adults and adolescents. This is lower than the article's figure, and Stilla uses it unless you choose otherwise in your profile.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In the United States, the upper limit for magnesium from supplements is %1 mg a day for everyone from 9 years of age.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The German Federal Institute for Risk Assessment advises taking the day's supplement magnesium in at least two doses, as this is likely to be easier to tolerate.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>BfR (German Federal Institute for Risk Assessment), Opinion No. 034/2017: BfR assesses recommended maximum daily level for intake of magnesium via food supplements</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Magnesium from food counts toward none of these limits. They concern magnesium from supplements and medicines only, because magnesium in food has not been shown to cause harm: in healthy people, the kidneys remove what the body does not need.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>EFSA, Overview on Tolerable Upper Intake Levels (2006, updated 2024); NIH Office of Dietary Supplements, Magnesium Fact Sheet for Health Professionals (2022)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The most common side effect of magnesium is an upset stomach. Nausea, vomiting, diarrhoea and stomach cramps are also common. A lower dose can reduce them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>High doses of magnesium are not safe. Signs of magnesium building up in the body are low blood pressure, confusion, an irregular heartbeat and slowed breathing; in severe cases it can lead to coma or death.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>If you have a bleeding disorder, do not take magnesium without asking your doctor: magnesium can slow blood clotting and raise the risk of bleeding.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Do not take magnesium if you have any kidney disease, including kidney failure.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Magnesium given through a drip (intravenously) may not be safe during pregnancy or while breastfeeding.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Magnesium can interact with some medicines: aminoglycoside, quinolone and tetracycline antibiotics, calcium channel blockers, muscle relaxants, water pills (diuretics) and bisphosphonates.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Take tetracycline and quinolone antibiotics at least 2 hours before or 4 to 6 hours after magnesium.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep bisphosphonates and magnesium at least 2 hours apart.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Caffeine can make RLS worse and lower the body's magnesium levels.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Some RLS medicines can become habit-forming, such as opioids and some sleep medicines.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The body can build up a resistance to some RLS medicines, such as those that raise dopamine in the brain, so that they help less over time.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>stilla::Schema</name>
        <message>
            <source>Could not update the diary to version %1: %2.</source>
            <translation>Det gick inte att uppdatera dagboken till version %1: %2.</translation>
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
        <name>stilla::SleepSection</name>
        <message>
            <source>%1 h %2 min</source>
            <translation>%1 tim %2 min</translation>
        </message>
        <message>
            <source>Sleep last night</source>
            <translation>Sömnen i natt</translation>
        </message>
        <message>
            <source>Got into &amp;bed:</source>
            <translation>Gick &amp;till sängs:</translation>
        </message>
        <message>
            <source>&amp;Tried to sleep:</source>
            <translation>&amp;Försökte somna:</translation>
        </message>
        <message>
            <source>Minutes to &amp;fall asleep:</source>
            <translation>&amp;Insomningstid (minuter):</translation>
        </message>
        <message>
            <source>Times &amp;woken:</source>
            <translation>Antal &amp;uppvaknanden:</translation>
        </message>
        <message>
            <source>Minutes a&amp;wake in the night:</source>
            <translation>Minuter vaken under &amp;natten:</translation>
        </message>
        <message>
            <source>Final awake&amp;ning:</source>
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
            <source>Same times as yesterday</source>
            <translation>Samma tider som i går</translation>
        </message>
        <message>
            <source>Use yesterday's bed and wake times</source>
            <translation>Använd gårdagens tider för när du gick till sängs och vaknade</translation>
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
            <source>"%1" is not a time. Write it as hh:mm on a 24-hour clock, for example 22:30.</source>
            <translation>”%1” är inget klockslag. Skriv det som hh:mm med 24-timmarsklocka, till exempel 22:30.</translation>
        </message>
        <message>
            <source>Time in bed: %1</source>
            <translation>Tid i sängen: %1</translation>
        </message>
        <message>
            <source>Total sleep: %1</source>
            <translation>Total sömn: %1</translation>
        </message>
        <message>
            <source>Sleep efficiency: %1 %</source>
            <translation>Sömneffektivitet: %1 %</translation>
        </message>
        <message>
            <source>Fill in the times to see your time in bed, total sleep and sleep efficiency.</source>
            <translation>Fyll i tiderna för att se din tid i sängen, total sömn och sömneffektivitet.</translation>
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
    <context>
        <name>stilla::SymptomsSection</name>
        <message>
            <source>Restless legs today</source>
            <translation>Restless legs i dag</translation>
        </message>
        <message>
            <source>&amp;Severity (0–10):</source>
            <translation>Svårighets&amp;grad (0–10):</translation>
        </message>
        <message>
            <source>Symptoms &amp;began:</source>
            <translation>Symtomen &amp;började:</translation>
        </message>
        <message>
            <source>It felt like:</source>
            <translation>Det kändes som:</translation>
        </message>
        <message>
            <source>&amp;Disturbed sleep:</source>
            <translation>S&amp;törde sömnen:</translation>
        </message>
        <message>
            <source>0 means no symptoms at all; 10 the worst you can imagine. Leave it at – if you did not note it.</source>
            <translation>0 betyder inga symtom alls och 10 det värsta du kan tänka dig. Lämna den på – om du inte antecknade det.</translation>
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
            <source>An &amp;urge to move the legs</source>
            <translation>Ett starkt behov av att &amp;röra på benen</translation>
        </message>
        <message>
            <source>&amp;Pain</source>
            <translation>S&amp;märta</translation>
        </message>
        <message>
            <source>T&amp;hrobbing</source>
            <translation>B&amp;ultande</translation>
        </message>
        <message>
            <source>Other unpleasant &amp;feelings</source>
            <translation>Andra obehagliga &amp;känslor</translation>
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
            <source>"%1" is not a time. Write it as hh:mm on a 24-hour clock, for example 21:15.</source>
            <translation>”%1” är inget klockslag. Skriv det som hh:mm med 24-timmarsklocka, till exempel 21:15.</translation>
        </message>
    </context>
</TS>
