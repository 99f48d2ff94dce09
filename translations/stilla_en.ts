<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>stilla::Cli</name>
    <message numerus="yes">
        <source>Nothing was imported: %n problem(s) in %1. Correct the file, or use --valid-only to import only the valid days.</source>
        <translation>
            <numerusform>Nothing was imported: %n problem in %1. Correct the file, or use --valid-only to import only the valid days.</numerusform>
            <numerusform>Nothing was imported: %n problems in %1. Correct the file, or use --valid-only to import only the valid days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing only the %n valid day(s).</source>
        <translation>
            <numerusform>Importing only the %n valid day.</numerusform>
            <numerusform>Importing only the %n valid days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n day(s)</source>
        <translation>
            <numerusform>Imported %n day</numerusform>
            <numerusform>Imported %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n day(s) to %1.</source>
        <translation>
            <numerusform>Exported %n day to %1.</numerusform>
            <numerusform>Exported %n days to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n lab result(s)</source>
        <translation>
            <numerusform>Imported %n lab result</numerusform>
            <numerusform>Imported %n lab results</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stilla::ComparisonChart</name>
    <message numerus="yes">
        <source>%1
(%n day(s))</source>
        <translation>
            <numerusform>%1
(%n day)</numerusform>
            <numerusform>%1
(%n days)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stilla::DiaryPage</name>
    <message numerus="yes">
        <source>This day is still to come: it is %n day(s) after today. Entries are usually made on the day or after it.</source>
        <translation>
            <numerusform>This day is still to come: it is %n day after today. Entries are usually made on the day or after it.</numerusform>
            <numerusform>This day is still to come: it is %n days after today. Entries are usually made on the day or after it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stilla::DiaryStore</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stilla::DiaryTransfer</name>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… and %n more.</numerusform>
            <numerusform>… and %n more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) in %1 cannot be imported as they are.</source>
        <translation>
            <numerusform>%n day in %1 cannot be imported as it is.</numerusform>
            <numerusform>%n days in %1 cannot be imported as they are.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Choose OK to import only the %n day(s) without problems, or Cancel to import nothing and correct the file first.</source>
        <translation>
            <numerusform>Choose OK to import only the %n day without problems, or Cancel to import nothing and correct the file first.</numerusform>
            <numerusform>Choose OK to import only the %n days without problems, or Cancel to import nothing and correct the file first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) in the file are already in your diary.</source>
        <translation>
            <numerusform>%n day in the file is already in your diary.</numerusform>
            <numerusform>%n days in the file are already in your diary.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n day(s) from %1: %2 new, %3 replaced, %4 skipped.</source>
        <translation>
            <numerusform>Imported %n day from %1: %2 new, %3 replaced, %4 skipped.</numerusform>
            <numerusform>Imported %n days from %1: %2 new, %3 replaced, %4 skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n day(s) to %1.</source>
        <translation>
            <numerusform>Exported %n day to %1.</numerusform>
            <numerusform>Exported %n days to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n date(s) of lab results in the file are already in your diary.</source>
        <translation>
            <numerusform>Lab results of %n date in the file are already in your diary.</numerusform>
            <numerusform>Lab results of %n dates in the file are already in your diary.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Lab results: %n date(s) imported, %1 kept as they were.</source>
        <translation>
            <numerusform>Lab results: %n date imported, %1 kept as they were.</numerusform>
            <numerusform>Lab results: %n dates imported, %1 kept as they were.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stilla::FindingsPanel</name>
    <message numerus="yes">
        <source>%n more safety note(s) below: scroll to see them</source>
        <translation>
            <numerusform>%n more safety note below: scroll to see it</numerusform>
            <numerusform>%n more safety notes below: scroll to see them</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more safety note(s) above</source>
        <translation>
            <numerusform>%n more safety note above</numerusform>
            <numerusform>%n more safety notes above</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stilla::FoodsPage</name>
    <message numerus="yes">
        <source>The foods the guide names come first. Type to search all %n foods.</source>
        <translation>
            <numerusform>The foods the guide names come first. Type to search all %n foods.</numerusform>
            <numerusform>The foods the guide names come first. Type to search all %n foods.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n food(s) found.</source>
        <translation>
            <numerusform>%n food found.</numerusform>
            <numerusform>%n foods found.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stilla::RelationshipChart</name>
    <message numerus="yes">
        <source>One day (magnesium, then severity %n day(s) later)</source>
        <translation>
            <numerusform>One day (magnesium, then severity %n day later)</numerusform>
            <numerusform>One day (magnesium, then severity %n days later)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>One day (magnesium, then sleep quality of the night that began %n day(s) later)</source>
        <translation>
            <numerusform>One day (magnesium, then sleep quality of the night that began %n day later)</numerusform>
            <numerusform>One day (magnesium, then sleep quality of the night that began %n days later)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stilla::ReportDocument</name>
    <message numerus="yes">
        <source>%1 (over %n day(s))</source>
        <translation>
            <numerusform>%1 (over %n day)</numerusform>
            <numerusform>%1 (over %n days)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>supplements taken on %n day(s)</source>
        <translation>
            <numerusform>supplements taken on %n day</numerusform>
            <numerusform>supplements taken on %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n day(s) in the period</source>
        <translation>
            <numerusform>%1 of %n day in the period</numerusform>
            <numerusform>%1 of %n days in the period</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (over %n night(s))</source>
        <translation>
            <numerusform>%1 (over %n night)</numerusform>
            <numerusform>%1 (over %n nights)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stilla::SafetyEngine</name>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You took %1 at %2 and magnesium at %3, only %4 apart. Magnesium can lower how much of the medicine the body takes up: keep them at least %n hour(s) apart.</source>
        <translation>
            <numerusform>You took %1 at %2 and magnesium at %3, only %4 apart. Magnesium can lower how much of the medicine the body takes up: keep them at least %n hour apart.</numerusform>
            <numerusform>You took %1 at %2 and magnesium at %3, only %4 apart. Magnesium can lower how much of the medicine the body takes up: keep them at least %n hours apart.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 between magnesium and %2: keep %n hour(s) apart</source>
        <translation>
            <numerusform>%1 between magnesium and %2: keep %n hour apart</numerusform>
            <numerusform>%1 between magnesium and %2: keep %n hours apart</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You took %1 at %2 and magnesium at %3, %4 apart. That keeps to the advice: at least %n hour(s) apart.</source>
        <translation>
            <numerusform>You took %1 at %2 and magnesium at %3, %4 apart. That keeps to the advice: at least %n hour apart.</numerusform>
            <numerusform>You took %1 at %2 and magnesium at %3, %4 apart. That keeps to the advice: at least %n hours apart.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stilla::StatisticsText</name>
    <message numerus="yes">
        <source>This compares the magnesium of each day with the RLS severity %n day(s) later.</source>
        <translation>
            <numerusform>This compares the magnesium of each day with the RLS severity %n day later.</numerusform>
            <numerusform>This compares the magnesium of each day with the RLS severity %n days later.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This compares the magnesium of each day with the RLS severity %n day(s) earlier.</source>
        <translation>
            <numerusform>This compares the magnesium of each day with the RLS severity %n day earlier.</numerusform>
            <numerusform>This compares the magnesium of each day with the RLS severity %n days earlier.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) have both values.</source>
        <translation>
            <numerusform>%n day has both values.</numerusform>
            <numerusform>%n days have both values.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>That is too little data to say whether the two go together. Look again when at least %n days have both.</source>
        <translation>
            <numerusform>That is too little data to say whether the two go together. Look again when at least %n day has both.</numerusform>
            <numerusform>That is too little data to say whether the two go together. Look again when at least %n days have both.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: average RLS severity %2 over %n day(s).</source>
        <translation>
            <numerusform>%1: average RLS severity %2 over %n day.</numerusform>
            <numerusform>%1: average RLS severity %2 over %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>With fewer than %n days in a group, that is too little data to say whether there is a real difference.</source>
        <translation>
            <numerusform>With fewer than %n day in a group, that is too little data to say whether there is a real difference.</numerusform>
            <numerusform>With fewer than %n days in a group, that is too little data to say whether there is a real difference.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This compares the magnesium of each day with the sleep quality of the night that began %n day(s) later, which is logged on the page of the morning after it.</source>
        <translation>
            <numerusform>This compares the magnesium of each day with the sleep quality of the night that began %n day later, which is logged on the page of the morning after it.</numerusform>
            <numerusform>This compares the magnesium of each day with the sleep quality of the night that began %n days later, which is logged on the page of the morning after it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This compares the magnesium of each day with the sleep quality of the night that began %n day(s) earlier, which is logged on the page of the morning after it.</source>
        <translation>
            <numerusform>This compares the magnesium of each day with the sleep quality of the night that began %n day earlier, which is logged on the page of the morning after it.</numerusform>
            <numerusform>This compares the magnesium of each day with the sleep quality of the night that began %n days earlier, which is logged on the page of the morning after it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stilla::StatsCommand</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
</TS>
