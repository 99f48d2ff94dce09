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
            <translation type="unfinished" />
        </message>
        <message>
            <source>true or false</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a string</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>an array</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>an object</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>nothing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unknown key "%1" (expected %2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>"%1" is missing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>must be %1, not %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>must not be empty</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>is larger than %1 KiB; an article is far smaller, so this is not one</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>is empty</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>line %1, column %2: not valid JSON (%3)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the document must be a JSON object</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>is %1, but this version of Stilla reads only format %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>needs at least one section</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>"%1" is already the id of sections[%2]; ids must be unique</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>"%1" is not a valid id: use only a-z, 0-9 and "-"</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a section needs at least one block</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>has both "paragraph" and "list"; a block is one or the other</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>needs a "paragraph" or a "list"</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a list needs at least one item</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no article in the language "%1"; there is one in %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: cannot be read (%2). The article is built into Stilla; installing Stilla again should bring it back.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: "language" is "%2", but this file should hold the "%3" article.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>stilla::BackupManager</name>
        <message>
            <source>Could not create the backup folder %1. Check that the disk is writable.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not delete the old backup %1. Check the folder's permissions.</source>
            <translation type="unfinished" />
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
        <name>stilla::CsvReader</name>
        <message>
            <source>This cell is far too long (more than %1 characters). Is this a Stilla diary file?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A quote opened on line %1 is never closed. Put a quote at the end of the text, and write quotes inside the text twice ("").</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is text after a closing quote. Put the whole cell in quotes, and write quotes inside it twice ("").</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A quote inside a cell that does not start with one. Put the whole cell in quotes, and write quotes inside it twice ("").</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>stilla::DayTable</name>
        <message>
            <source>the diary holds a value Stilla cannot read: '%1'</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The time in %1 is not a valid clock time; nothing was saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not read the diary: %1. It may come from a newer Stilla.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>stilla::DayValidation</name>
        <message>
            <source>%1 must be between %2 and %3; %4 is not possible.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 must be more than 0 and at most %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is too long: at most %2 characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The date is missing or not a real date.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Minutes to fall asleep</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Awakenings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 awakenings in one night is a lot. Is that right?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Minutes awake in the night</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sleep quality</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Minutes to fall asleep plus minutes awake are longer than the night itself. Please check the times.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Symptom severity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The amount of food in grams</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Magnesium from a food must be between 0 and %1 mg.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The food name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Elemental magnesium in a supplement (mg)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 mg in one dose is far more than any usual supplement. Is that a typo?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Caffeine servings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Minutes of exercise</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A medication needs a name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The medication name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unknown side effect.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The notes</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>stilla::DiaryCheck</name>
        <message>
            <source>The diary %1 was saved by a newer version of Stilla (diary version %2; this version reads up to %3). Stilla has not changed it. Install the newer Stilla to open it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the file does not exist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the file is cut short</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is not a Stilla diary. Stilla has not changed it. Choose another file, or move this one away to start a new diary.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The diary %1 is damaged. Stilla has not changed it. Restore a backup, or set the damaged file aside and start a new diary.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The diary %1 was saved by a newer version of Stilla. Stilla has not changed it. Install the newer Stilla to open it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The diary %1 is read-only, so Stilla cannot save your entries. Make the file and its folder writable, then try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Another program is using the diary %1 (perhaps Stilla is already open). Close it and try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not open the diary %1. Check that the disk is connected and has free space, then try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 (Details: %2.)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>stilla::DiaryCsv</name>
        <message>
            <source>The file is empty. A diary CSV starts with a header row: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unknown column. The columns are: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This column appears twice in the header.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The header has far too many columns.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This column is missing from the header. Add it, even if it stays empty.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This row has %1 cells, but the header has %2. Check for a missing or extra comma, or a cell with a comma that is not in quotes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The date is missing. Every row needs one, as YYYY-MM-DD.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Imported total</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is also on line %2. Each day may appear only once; neither row is imported.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>stilla::DiaryFile</name>
        <message>
            <source>Could not open %1 to write it to disk: %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not write %1 to disk: %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not create %1: %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not move %1 to %2. Check that the folder is writable.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Moved %1, but could not move %2 beside it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not read %1: %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not write %1: %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not remove %1. Close other programs using the diary and try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not replace %1: %2.</source>
            <translation type="unfinished" />
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
        <name>stilla::DiarySql</name>
        <message>
            <source>the disk is full. Free some space and try again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the diary file or its folder is read-only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the disk reported a read or write error</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the diary file is damaged</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>another program is using the diary. Close it and try again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the file could not be opened</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the database reported an error</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>stilla::DiaryStore</name>
        <message>
            <source>(no date)</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%1 and %n more</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <source>The diary %1 is closed after an earlier error. Restart Stilla to open it again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The backup %1 is empty.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The backup cannot be used: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not read the diary %1: %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The day %1 was not saved: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not save %1 in the diary %2: %3. The diary was not changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not remove %1 from the diary %2: %3. The diary was not changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing was saved: the day %1 has a problem: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing was saved: these days appear more than once: %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing was saved: these days are already in the diary: %1. Choose to skip or replace them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not save the days in the diary %1: %2. The diary was not changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not back up the diary to %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The backup %1 was not restored: %2 Your diary was not changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>it is the diary itself.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the file is empty.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The backup %1 could not be opened after restoring (%2), and the previous diary could not be put back. A copy of it is at %3.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>stilla::FieldText</name>
        <message>
            <source>"%1" is not a date. Write dates as YYYY-MM-DD, for example 2024-03-05.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is not a real date: there is no such day. Check the year, month and day.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>"%1" is not a time. Write times as HH:MM on a 24-hour clock, for example 22:30.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is not a time of day: hours go from 00 to 23 and minutes from 00 to 59.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>"%1" is not a whole number. Write it with digits only, for example 12.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is far too large.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>"%1" is not a number. Use a point as the decimal mark and no thousands separator, for example 1250.5.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>"%1" is not a number. Write it with digits and, if needed, a decimal point, for example 12.5.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1... has too many digits.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file is not UTF-8 text: byte %1 cannot be read. Save the file as UTF-8 and try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file is too large to be a diary (%1 MB; at most %2 MB are read). Check that it is the right file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There are too many problems; reading stopped here. Is this the right file?</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>stilla::FindBar</name>
        <message>
            <source>No matches</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 of %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Find in the guide</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Previous match (Shift+Enter)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Previous match</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next match (Enter)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next match</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close (Escape)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close the find bar</source>
            <translation type="unfinished" />
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
            <translation type="unfinished" />
        </message>
        <message>
            <source>Medical notice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Find…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Find in the guide (Ctrl+F)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Find in the guide</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A−</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Smaller text (Ctrl+−)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Smaller text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A+</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Larger text (Ctrl++)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Larger text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print the guide (Ctrl+P)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print the guide</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export PDF…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the guide as a PDF file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export the guide as PDF</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contents</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Article</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Find these foods and their magnesium in the food picker</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Log a magnesium supplement in your diary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep track of these habits in your diary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The guide could not be loaded: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print the Guide</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The guide is not loaded, so there is nothing to export.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not write %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could not save %1: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Magnesium and RLS</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export the Guide as PDF</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export failed</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>stilla::JsonDayReader</name>
        <message>
            <source>Unknown field. Check its spelling against docs/diary-json.md.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Must be an object ({ ... }).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Must be a whole number, for example 12.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 is far too large.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Missing: this field is needed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Must be a number, for example 12.5.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Must be text in quotes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Far too long (more than %1 characters). Is this a Stilla diary file?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Must be true or false.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>"%1" is not one of the known names.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Must be a list ([ ... ]).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Each day must be an object ({ ... }).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not a known side effect. The names are listed in docs/diary-json.md.</source>
            <translation type="unfinished" />
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
        <name>stilla::Schema</name>
        <message>
            <source>Could not update the diary to version %1: %2.</source>
            <translation type="unfinished" />
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
