<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>stilla::ComparisonChart</name>
    <message numerus="yes">
        <source>%1&lt;br&gt;mean %2, %Ln day(s)</source>
        <translation>
            <numerusform>%1&lt;br&gt;mean %2, %Ln day</numerusform>
            <numerusform>%1&lt;br&gt;mean %2, %Ln days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stilla::CronometerCsv</name>
    <message numerus="yes">
        <source>%Ln day(s) not marked Completed in Cronometer were left out, as their totals may be partial.</source>
        <translation>
            <numerusform>%Ln day not marked Completed in Cronometer was left out, as its total may be partial.</numerusform>
            <numerusform>%Ln days not marked Completed in Cronometer were left out, as their totals may be partial.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) without a magnesium value were left out.</source>
        <translation>
            <numerusform>%Ln day without a magnesium value was left out.</numerusform>
            <numerusform>%Ln days without a magnesium value were left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Caffeine in the file: %1&#xa0;mg a day on average over %Ln day(s). Stilla counts caffeine in servings, so it is not added to the diary.</source>
        <translation>
            <numerusform>Caffeine in the file: %1&#xa0;mg a day on average over %Ln day. Stilla counts caffeine in servings, so it is not added to the diary.</numerusform>
            <numerusform>Caffeine in the file: %1&#xa0;mg a day on average over %Ln days. Stilla counts caffeine in servings, so it is not added to the diary.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stilla::DayNavigator</name>
    <message numerus="yes">
        <source>This day is still to come: it is %Ln day(s) after today. Entries are usually made on the day or after it.</source>
        <translation>
            <numerusform>This day is still to come: it is %Ln day after today. Entries are usually made on the day or after it.</numerusform>
            <numerusform>This day is still to come: it is %Ln days after today. Entries are usually made on the day or after it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stilla::DiaryIo</name>
    <message numerus="yes">
        <source>Exported %Ln day(s) to %1.</source>
        <translation>
            <numerusform>Exported %Ln day to %1.</numerusform>
            <numerusform>Exported %Ln days to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stilla::DiaryStore</name>
    <message numerus="yes">
        <source>%1 and %Ln more</source>
        <translation>
            <numerusform>%1 and %Ln more</numerusform>
            <numerusform>%1 and %Ln more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stilla::DiaryTransfer</name>
    <message numerus="yes">
        <source>… and %Ln more.</source>
        <translation>
            <numerusform>… and %Ln more.</numerusform>
            <numerusform>… and %Ln more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) in %1 cannot be imported as they are.</source>
        <translation>
            <numerusform>%Ln day in %1 cannot be imported as it is.</numerusform>
            <numerusform>%Ln days in %1 cannot be imported as they are.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Choose OK to import only the %Ln day(s) without problems, or Cancel to import nothing and correct the file first.</source>
        <translation>
            <numerusform>Choose OK to import only the %Ln day without problems, or Cancel to import nothing and correct the file first.</numerusform>
            <numerusform>Choose OK to import only the %Ln days without problems, or Cancel to import nothing and correct the file first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) in the file are already in your diary.</source>
        <translation>
            <numerusform>%Ln day in the file is already in your diary.</numerusform>
            <numerusform>%Ln days in the file are already in your diary.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln day(s) from %1: %L2 new, %L3 replaced, %L4 skipped.</source>
        <translation>
            <numerusform>Imported %Ln day from %1: %L2 new, %L3 replaced, %L4 skipped.</numerusform>
            <numerusform>Imported %Ln days from %1: %L2 new, %L3 replaced, %L4 skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln date(s) of lab results in the file are already in your diary.</source>
        <translation>
            <numerusform>Lab results of %Ln date in the file are already in your diary.</numerusform>
            <numerusform>Lab results of %Ln dates in the file are already in your diary.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Lab results: %Ln date(s) imported, %L1 kept as they were.</source>
        <translation>
            <numerusform>Lab results: %Ln date imported, %L1 kept as they were.</numerusform>
            <numerusform>Lab results: %Ln dates imported, %L1 kept as they were.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln self-experiment(s) in the file are already in your diary.</source>
        <translation>
            <numerusform>%Ln self-experiment in the file is already in your diary.</numerusform>
            <numerusform>%Ln self-experiments in the file are already in your diary.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Self-experiments: %Ln imported, %L1 kept as they were.</source>
        <translation>
            <numerusform>Self-experiments: %Ln imported, %L1 kept as they were.</numerusform>
            <numerusform>Self-experiments: %Ln imported, %L1 kept as they were.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) in %1 cannot be imported as they are.</source>
        <translation>
            <numerusform>%Ln row in %1 cannot be imported as it is.</numerusform>
            <numerusform>%Ln rows in %1 cannot be imported as they are.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) in the file are not marked Completed in Cronometer, so their totals may be partial. Import them too?</source>
        <translation>
            <numerusform>%Ln day in the file is not marked Completed in Cronometer, so its total may be partial. Import it too?</numerusform>
            <numerusform>%Ln days in the file are not marked Completed in Cronometer, so their totals may be partial. Import them too?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Took the magnesium from food of %Ln day(s) from the Cronometer file %1, as one line a day named Cronometer; your own food lines were kept.</source>
        <translation>
            <numerusform>Took the magnesium from food of %Ln day from the Cronometer file %1, as one line named Cronometer; your own food lines were kept.</numerusform>
            <numerusform>Took the magnesium from food of %Ln days from the Cronometer file %1, as one line a day named Cronometer; your own food lines were kept.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln food line(s)</source>
        <translation>
            <numerusform>%Ln food line</numerusform>
            <numerusform>%Ln food lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln dose(s) with their forms and times</source>
        <translation>
            <numerusform>%Ln dose with its form and time</numerusform>
            <numerusform>%Ln doses with their forms and times</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>On %Ln day(s) the file&apos;s magnesium totals differ from your diary&apos;s. A CSV file has only totals, so taking them would turn these days&apos; food lists and doses into one line each.</source>
        <translation>
            <numerusform>On %Ln day the file&apos;s magnesium totals differ from your diary&apos;s. A CSV file has only totals, so taking them would turn that day&apos;s food list and doses into one line each.</numerusform>
            <numerusform>On %Ln days the file&apos;s magnesium totals differ from your diary&apos;s. A CSV file has only totals, so taking them would turn these days&apos; food lists and doses into one line each.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stilla::ExperimentDialog</name>
    <message numerus="yes">
        <source>It takes %Ln day(s).</source>
        <translation>
            <numerusform>It takes %Ln day.</numerusform>
            <numerusform>It takes %Ln days.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stilla::ExperimentResult</name>
    <message numerus="yes">
        <source>Too little data to say yet: the answer needs at least %Ln analysed days with and without magnesium, in at least two phases of each.</source>
        <translation>
            <numerusform>Too little data to say yet: the answer needs at least %Ln analysed day with and without magnesium, in at least two phases of each.</numerusform>
            <numerusform>Too little data to say yet: the answer needs at least %Ln analysed days with and without magnesium, in at least two phases of each.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stilla::ExperimentSchedule</name>
    <message numerus="yes">
        <source>The first %Ln day(s) of a phase are not analysed, as the phase before may still have an effect.</source>
        <translation>
            <numerusform>The first day of a phase is not analysed, as the phase before may still have an effect.</numerusform>
            <numerusform>The first %Ln days of a phase are not analysed, as the phase before may still have an effect.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Self-experiment from %1 to %2: phases %3 of %Ln day(s) each (A without magnesium, B with %4&#xa0;mg a day); days not analysed at the start of each phase: %5; the primary outcome is %6.</source>
        <translation>
            <numerusform>Self-experiment from %1 to %2: phases %3 of %Ln day each (A without magnesium, B with %4&#xa0;mg a day); days not analysed at the start of each phase: %5; the primary outcome is %6.</numerusform>
            <numerusform>Self-experiment from %1 to %2: phases %3 of %Ln days each (A without magnesium, B with %4&#xa0;mg a day); days not analysed at the start of each phase: %5; the primary outcome is %6.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stilla::FindingsPanel</name>
    <message numerus="yes">
        <source>%Ln more safety note(s) below: scroll to see them</source>
        <translation>
            <numerusform>%Ln more safety note below: scroll to see it</numerusform>
            <numerusform>%Ln more safety notes below: scroll to see them</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more safety note(s) above</source>
        <translation>
            <numerusform>%Ln more safety note above</numerusform>
            <numerusform>%Ln more safety notes above</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stilla::FoodsPage</name>
    <message numerus="yes">
        <source>The foods the guide names come first. Type to search all %Ln foods.</source>
        <translation>
            <numerusform>The foods the guide names come first. Type to search all %Ln foods.</numerusform>
            <numerusform>The foods the guide names come first. Type to search all %Ln foods.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln food(s) found.</source>
        <translation>
            <numerusform>%Ln food found.</numerusform>
            <numerusform>%Ln foods found.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %Ln best matches are shown, and there are more: type more to narrow the search.</source>
        <translation>
            <numerusform>The %Ln best match is shown, and there are more: type more to narrow the search.</numerusform>
            <numerusform>The %Ln best matches are shown, and there are more: type more to narrow the search.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stilla::ImportCommand</name>
    <message numerus="yes">
        <source>Nothing was imported: %Ln problem(s) in %1. Correct the file, or use --valid-only to import only the valid days.</source>
        <translation>
            <numerusform>Nothing was imported: %Ln problem in %1. Correct the file, or use --valid-only to import only the valid days.</numerusform>
            <numerusform>Nothing was imported: %Ln problems in %1. Correct the file, or use --valid-only to import only the valid days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing only the %Ln valid day(s).</source>
        <translation>
            <numerusform>Importing only the %Ln valid day.</numerusform>
            <numerusform>Importing only the %Ln valid days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln day(s)</source>
        <translation>
            <numerusform>Imported %Ln day</numerusform>
            <numerusform>Imported %Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln lab result(s)</source>
        <translation>
            <numerusform>Imported %Ln lab result</numerusform>
            <numerusform>Imported %Ln lab results</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln self-experiment(s)</source>
        <translation>
            <numerusform>Imported %Ln self-experiment</numerusform>
            <numerusform>Imported %Ln self-experiments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Kept the diary&apos;s food lists and doses on %Ln day(s) whose totals in the file differ: %1. Use --csv-detail=replace to take the file&apos;s totals.</source>
        <translation>
            <numerusform>Kept the diary&apos;s food list and doses on %Ln day whose totals in the file differ: %1. Use --csv-detail=replace to take the file&apos;s totals.</numerusform>
            <numerusform>Kept the diary&apos;s food lists and doses on %Ln days whose totals in the file differ: %1. Use --csv-detail=replace to take the file&apos;s totals.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Took the magnesium from food of %Ln day(s) from Cronometer (%L1 new days, %L2 days already in the diary, whose own food lines were kept).</source>
        <translation>
            <numerusform>Took the magnesium from food of %Ln day from Cronometer (%L1 new days, %L2 days already in the diary, whose own food lines were kept).</numerusform>
            <numerusform>Took the magnesium from food of %Ln days from Cronometer (%L1 new days, %L2 days already in the diary, whose own food lines were kept).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stilla::ImportPlan</name>
    <message numerus="yes">
        <source>Nothing was imported: %Ln problem(s) in %1.</source>
        <translation>
            <numerusform>Nothing was imported: %Ln problem in %1.</numerusform>
            <numerusform>Nothing was imported: %Ln problems in %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stilla::PhaseChart</name>
    <message numerus="yes">
        <source>Phase %1 (%2): %3 over %Ln analysed day(s).</source>
        <translation>
            <numerusform>Phase %1 (%2): %3 over %Ln analysed day.</numerusform>
            <numerusform>Phase %1 (%2): %3 over %Ln analysed days.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stilla::RelationshipChart</name>
    <message numerus="yes">
        <source>One day (magnesium, then severity %Ln day(s) later)</source>
        <translation>
            <numerusform>One day (magnesium, then severity %Ln day later)</numerusform>
            <numerusform>One day (magnesium, then severity %Ln days later)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>One day (magnesium, then sleep quality of the night that began %Ln day(s) later)</source>
        <translation>
            <numerusform>One day (magnesium, then sleep quality of the night that began %Ln day later)</numerusform>
            <numerusform>One day (magnesium, then sleep quality of the night that began %Ln days later)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>One day (magnesium, then total sleep of the night that began %Ln day(s) later)</source>
        <translation>
            <numerusform>One day (magnesium, then total sleep of the night that began %Ln day later)</numerusform>
            <numerusform>One day (magnesium, then total sleep of the night that began %Ln days later)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stilla::ReportOverview</name>
    <message numerus="yes">
        <source>%1 (%Ln day(s))</source>
        <translation>
            <numerusform>%1 (%Ln day)</numerusform>
            <numerusform>%1 (%Ln days)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Above the upper limit of %1 on %Ln day(s).</source>
        <translation>
            <numerusform>Above the upper limit of %1 on %Ln day.</numerusform>
            <numerusform>Above the upper limit of %1 on %Ln days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 a day on average (%Ln day(s)).</source>
        <translation>
            <numerusform>%1 a day on average (%Ln day).</numerusform>
            <numerusform>%1 a day on average (%Ln days).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, typically %2 (%Ln day(s))</source>
        <translation>
            <numerusform>%1, typically %2 (%Ln day)</numerusform>
            <numerusform>%1, typically %2 (%Ln days)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more in the appendix.</source>
        <translation>
            <numerusform>%Ln more in the appendix.</numerusform>
            <numerusform>%Ln more in the appendix.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %L2 of %Ln day(s) logged.</source>
        <translation>
            <numerusform>%1: %L2 of %Ln day logged.</numerusform>
            <numerusform>%1: %L2 of %Ln days logged.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mean %1, middle half of days %2–%3 (%Ln day(s)).</source>
        <translation>
            <numerusform>Mean %1, middle half of days %2–%3 (%Ln day).</numerusform>
            <numerusform>Mean %1, middle half of days %2–%3 (%Ln days).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mean %1 (%Ln night(s)).</source>
        <translation>
            <numerusform>Mean %1 (%Ln night).</numerusform>
            <numerusform>Mean %1 (%Ln nights).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 a night on average (%Ln night(s)).</source>
        <translation>
            <numerusform>%1 a night on average (%Ln night).</numerusform>
            <numerusform>%1 a night on average (%Ln nights).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Taken on %Ln day(s): %1 a day on average on those days, highest day %2.</source>
        <translation>
            <numerusform>Taken on %Ln day: %1 that day, highest day %2.</numerusform>
            <numerusform>Taken on %Ln days: %1 a day on average on those days, highest day %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 a day on average (%Ln day(s)), from the foods logged, which may not be all that was eaten.</source>
        <translation>
            <numerusform>%1 a day on average (%Ln day), from the foods logged, which may not be all that was eaten.</numerusform>
            <numerusform>%1 a day on average (%Ln days), from the foods logged, which may not be all that was eaten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Daily target %1 (%2): reached on %L3 of these days, %Ln of them with supplements above the upper limit.</source>
        <translation>
            <numerusform>Daily target %1 (%2): reached on %L3 of these days, %Ln of them with supplements above the upper limit.</numerusform>
            <numerusform>Daily target %1 (%2): reached on %L3 of these days, %Ln of them with supplements above the upper limit.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stilla::ReportText</name>
    <message numerus="yes">
        <source>Daily magnesium (food and supplements) and same-day RLS severity: too few days with both (%Ln) for a correlation.</source>
        <translation>
            <numerusform>Daily magnesium (food and supplements) and same-day RLS severity: too few days with both (%Ln) for a correlation.</numerusform>
            <numerusform>Daily magnesium (food and supplements) and same-day RLS severity: too few days with both (%Ln) for a correlation.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Daily magnesium (food and supplements) and same-day RLS severity: no correlation can be given, because one of them did not vary over the %Ln day(s) with both.</source>
        <translation>
            <numerusform>Daily magnesium (food and supplements) and same-day RLS severity: no correlation can be given, because one of them did not vary over the %Ln day with both.</numerusform>
            <numerusform>Daily magnesium (food and supplements) and same-day RLS severity: no correlation can be given, because one of them did not vary over the %Ln days with both.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Daily magnesium (food and supplements) and same-day RLS severity: Pearson r = %1 over %Ln day(s).</source>
        <translation>
            <numerusform>Daily magnesium (food and supplements) and same-day RLS severity: Pearson r = %1 over %Ln day.</numerusform>
            <numerusform>Daily magnesium (food and supplements) and same-day RLS severity: Pearson r = %1 over %Ln days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fewer than %Ln paired days: too few to interpret.</source>
        <translation>
            <numerusform>Fewer than %Ln paired day: too few to interpret.</numerusform>
            <numerusform>Fewer than %Ln paired days: too few to interpret.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fewer than %Ln days in a group: too few to interpret.</source>
        <translation>
            <numerusform>Fewer than %Ln day in a group: too few to interpret.</numerusform>
            <numerusform>Fewer than %Ln days in a group: too few to interpret.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Days without supplements: mean RLS severity %1 (%Ln day(s)%2).</source>
        <translation>
            <numerusform>Days without supplements: mean RLS severity %1 (%Ln day%2).</numerusform>
            <numerusform>Days without supplements: mean RLS severity %1 (%Ln days%2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Days with supplements: mean RLS severity %1 (%Ln day(s)%2).</source>
        <translation>
            <numerusform>Days with supplements: mean RLS severity %1 (%Ln day%2).</numerusform>
            <numerusform>Days with supplements: mean RLS severity %1 (%Ln days%2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) with a time</source>
        <translation>
            <numerusform>%Ln day with a time</numerusform>
            <numerusform>%Ln days with a time</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mean %1 on %Ln day(s) with supplements</source>
        <translation>
            <numerusform>Mean %1 on %Ln day with supplements</numerusform>
            <numerusform>Mean %1 on %Ln days with supplements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %1 on %Ln day(s) without</source>
        <translation>
            <numerusform>, %1 on %Ln day without</numerusform>
            <numerusform>, %1 on %Ln days without</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stilla::SafetyEngine</name>
    <message numerus="yes">
        <source>%Ln minute(s)</source>
        <translation>
            <numerusform>%Ln minute</numerusform>
            <numerusform>%Ln minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hour(s)</source>
        <translation>
            <numerusform>%Ln hour</numerusform>
            <numerusform>%Ln hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You took %1 at %2 and magnesium at %3, only %4 apart. Magnesium can lower how much of the medicine the body takes up: keep them at least %Ln hour(s) apart.</source>
        <translation>
            <numerusform>You took %1 at %2 and magnesium at %3, only %4 apart. Magnesium can lower how much of the medicine the body takes up: keep them at least %Ln hour apart.</numerusform>
            <numerusform>You took %1 at %2 and magnesium at %3, only %4 apart. Magnesium can lower how much of the medicine the body takes up: keep them at least %Ln hours apart.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 between magnesium and %2: keep %Ln hour(s) apart</source>
        <translation>
            <numerusform>%1 between magnesium and %2: keep %Ln hour apart</numerusform>
            <numerusform>%1 between magnesium and %2: keep %Ln hours apart</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You took %1 at %2 and magnesium at %3, %4 apart. That keeps to the advice: at least %Ln hour(s) apart.</source>
        <translation>
            <numerusform>You took %1 at %2 and magnesium at %3, %4 apart. That keeps to the advice: at least %Ln hour apart.</numerusform>
            <numerusform>You took %1 at %2 and magnesium at %3, %4 apart. That keeps to the advice: at least %Ln hours apart.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You took magnesium at %3 and %1 at %2, %4 later. That keeps to the advice: gabapentin at least %Ln hour(s) after magnesium.</source>
        <translation>
            <numerusform>You took magnesium at %3 and %1 at %2, %4 later. That keeps to the advice: gabapentin at least %Ln hour after magnesium.</numerusform>
            <numerusform>You took magnesium at %3 and %1 at %2, %4 later. That keeps to the advice: gabapentin at least %Ln hours after magnesium.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You took magnesium at %3 and %1 at %2, only %4 later. Antacids that hold magnesium lower how much gabapentin the body takes up (this is not known for pregabalin): take gabapentin at least %Ln hour(s) after magnesium.</source>
        <translation>
            <numerusform>You took magnesium at %3 and %1 at %2, only %4 later. Antacids that hold magnesium lower how much gabapentin the body takes up (this is not known for pregabalin): take gabapentin at least %Ln hour after magnesium.</numerusform>
            <numerusform>You took magnesium at %3 and %1 at %2, only %4 later. Antacids that hold magnesium lower how much gabapentin the body takes up (this is not known for pregabalin): take gabapentin at least %Ln hours after magnesium.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stilla::StatisticsText</name>
    <message numerus="yes">
        <source>This compares the magnesium of each day with the RLS severity %Ln day(s) later.</source>
        <translation>
            <numerusform>This compares the magnesium of each day with the RLS severity %Ln day later.</numerusform>
            <numerusform>This compares the magnesium of each day with the RLS severity %Ln days later.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This compares the magnesium of each day with the RLS severity %Ln day(s) earlier.</source>
        <translation>
            <numerusform>This compares the magnesium of each day with the RLS severity %Ln day earlier.</numerusform>
            <numerusform>This compares the magnesium of each day with the RLS severity %Ln days earlier.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) have both values.</source>
        <translation>
            <numerusform>%Ln day has both values.</numerusform>
            <numerusform>%Ln days have both values.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>That is too little data to say whether the two go together. Look again when at least %Ln days have both.</source>
        <translation>
            <numerusform>That is too little data to say whether the two go together. Look again when at least %Ln day has both.</numerusform>
            <numerusform>That is too little data to say whether the two go together. Look again when at least %Ln days have both.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>With fewer than %Ln days in a group, that is too little data to say whether there is a real difference.</source>
        <translation>
            <numerusform>With fewer than %Ln day in a group, that is too little data to say whether there is a real difference.</numerusform>
            <numerusform>With fewer than %Ln days in a group, that is too little data to say whether there is a real difference.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This compares the magnesium of each day with the sleep quality of the night that began %Ln day(s) later, which is logged on the page of the morning after it.</source>
        <translation>
            <numerusform>This compares the magnesium of each day with the sleep quality of the night that began %Ln day later, which is logged on the page of the morning after it.</numerusform>
            <numerusform>This compares the magnesium of each day with the sleep quality of the night that began %Ln days later, which is logged on the page of the morning after it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This compares the magnesium of each day with the sleep quality of the night that began %Ln day(s) earlier, which is logged on the page of the morning after it.</source>
        <translation>
            <numerusform>This compares the magnesium of each day with the sleep quality of the night that began %Ln day earlier, which is logged on the page of the morning after it.</numerusform>
            <numerusform>This compares the magnesium of each day with the sleep quality of the night that began %Ln days earlier, which is logged on the page of the morning after it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This compares the magnesium of each day with the total sleep of the night that began %Ln day(s) later, which is logged on the page of the morning after it.</source>
        <translation>
            <numerusform>This compares the magnesium of each day with the total sleep of the night that began %Ln day later, which is logged on the page of the morning after it.</numerusform>
            <numerusform>This compares the magnesium of each day with the total sleep of the night that began %Ln days later, which is logged on the page of the morning after it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This compares the magnesium of each day with the total sleep of the night that began %Ln day(s) earlier, which is logged on the page of the morning after it.</source>
        <translation>
            <numerusform>This compares the magnesium of each day with the total sleep of the night that began %Ln day earlier, which is logged on the page of the morning after it.</numerusform>
            <numerusform>This compares the magnesium of each day with the total sleep of the night that began %Ln days earlier, which is logged on the page of the morning after it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>After days with more magnesium, RLS severity %Ln day(s) later tended to be lower.</source>
        <translation>
            <numerusform>After days with more magnesium, RLS severity %Ln day later tended to be lower.</numerusform>
            <numerusform>After days with more magnesium, RLS severity %Ln days later tended to be lower.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>After days with more magnesium, RLS severity %Ln day(s) later tended to be higher.</source>
        <translation>
            <numerusform>After days with more magnesium, RLS severity %Ln day later tended to be higher.</numerusform>
            <numerusform>After days with more magnesium, RLS severity %Ln days later tended to be higher.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>After days with more magnesium, the sleep quality of the night %Ln day(s) later tended to be worse.</source>
        <translation>
            <numerusform>After days with more magnesium, the sleep quality of the night %Ln day later tended to be worse.</numerusform>
            <numerusform>After days with more magnesium, the sleep quality of the night %Ln days later tended to be worse.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>After days with more magnesium, the sleep quality of the night %Ln day(s) later tended to be better.</source>
        <translation>
            <numerusform>After days with more magnesium, the sleep quality of the night %Ln day later tended to be better.</numerusform>
            <numerusform>After days with more magnesium, the sleep quality of the night %Ln days later tended to be better.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>After days with more magnesium, the night %Ln day(s) later tended to be shorter.</source>
        <translation>
            <numerusform>After days with more magnesium, the night %Ln day later tended to be shorter.</numerusform>
            <numerusform>After days with more magnesium, the night %Ln days later tended to be shorter.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>After days with more magnesium, the night %Ln day(s) later tended to be longer.</source>
        <translation>
            <numerusform>After days with more magnesium, the night %Ln day later tended to be longer.</numerusform>
            <numerusform>After days with more magnesium, the night %Ln days later tended to be longer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Days in a diary are not independent: magnesium and symptoms run in streaks, so these %Ln days hold about as much information as %1 independent days, and the interval allows for that.</source>
        <translation>
            <numerusform>Days in a diary are not independent: magnesium and symptoms run in streaks, so this %Ln day holds about as much information as %1 independent days, and the interval allows for that.</numerusform>
            <numerusform>Days in a diary are not independent: magnesium and symptoms run in streaks, so these %Ln days hold about as much information as %1 independent days, and the interval allows for that.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You have looked at %Ln combinations of outcome and delay. The more combinations one looks at, the likelier it is that one of them shows a pattern by chance alone.</source>
        <translation>
            <numerusform>You have looked at %Ln combination of outcome and delay. The more combinations one looks at, the likelier it is that one of them shows a pattern by chance alone.</numerusform>
            <numerusform>You have looked at %Ln combinations of outcome and delay. The more combinations one looks at, the likelier it is that one of them shows a pattern by chance alone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>From %1 to %2, %Ln day(s) logged.</source>
        <translation>
            <numerusform>From %1 to %2, %Ln day logged.</numerusform>
            <numerusform>From %1 to %2, %Ln days logged.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Symptom severity averaged %1 of 10 over %Ln day(s), lowest %2, highest %3.</source>
        <translation>
            <numerusform>Symptom severity averaged %1 of 10 over %Ln day, lowest %2, highest %3.</numerusform>
            <numerusform>Symptom severity averaged %1 of 10 over %Ln days, lowest %2, highest %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sleep quality averaged %1 of 5 over %Ln night(s), lowest %2, highest %3.</source>
        <translation>
            <numerusform>Sleep quality averaged %1 of 5 over %Ln night, lowest %2, highest %3.</numerusform>
            <numerusform>Sleep quality averaged %1 of 5 over %Ln nights, lowest %2, highest %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Magnesium from food and supplements averaged %1&#xa0;mg a day over %Ln day(s), lowest %2&#xa0;mg, highest %3&#xa0;mg.</source>
        <translation>
            <numerusform>Magnesium from food and supplements averaged %1&#xa0;mg a day over %Ln day, lowest %2&#xa0;mg, highest %3&#xa0;mg.</numerusform>
            <numerusform>Magnesium from food and supplements averaged %1&#xa0;mg a day over %Ln days, lowest %2&#xa0;mg, highest %3&#xa0;mg.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more day(s) at this spot</source>
        <translation>
            <numerusform>%Ln more day at this spot</numerusform>
            <numerusform>%Ln more days at this spot</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: average RLS severity %2 over %Ln day(s) from %3 to %4.</source>
        <translation>
            <numerusform>%1: average RLS severity %2 over %Ln day from %3 to %4.</numerusform>
            <numerusform>%1: average RLS severity %2 over %Ln days from %3 to %4.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stilla::StatsCommand</name>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln day</numerusform>
            <numerusform>%Ln days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>stilla::TrendText</name>
    <message numerus="yes">
        <source>%1 (on %Ln of %2 days; middle half %3 to %4)</source>
        <translation>
            <numerusform>%1 (on %Ln of %2 days; middle half %3 to %4)</numerusform>
            <numerusform>%1 (on %Ln of %2 days; middle half %3 to %4)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Safety notes on %Ln of these days; see the diary.</source>
        <translation>
            <numerusform>A safety note on %Ln of these days; see the diary.</numerusform>
            <numerusform>Safety notes on %Ln of these days; see the diary.</numerusform>
        </translation>
    </message>
</context>
</TS>
