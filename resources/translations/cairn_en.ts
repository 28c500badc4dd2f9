<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en_US">
<context>
    <name>cairn::ApprovalsView</name>
    <message numerus="yes">
        <source>%n values waiting for approval</source>
        <translation>
            <numerusform>%n value waiting for approval</numerusform>
            <numerusform>%n values waiting for approval</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n returned to their owners</source>
        <translation>
            <numerusform>%n returned to its owner</numerusform>
            <numerusform>%n returned to their owners</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Approve %n values</source>
        <translation>
            <numerusform>Approve %n value</numerusform>
            <numerusform>Approve %n values</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Return %n values</source>
        <translation>
            <numerusform>Return %n value</numerusform>
            <numerusform>Return %n values</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cairn::FindingGroups</name>
    <message numerus="yes">
        <source>%1, … and %n more</source>
        <translation>
            <numerusform>%1, … and %n more</numerusform>
            <numerusform>%1, … and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cairn::ImportValuesDialog</name>
    <message numerus="yes">
        <source>%n rows unchanged</source>
        <translation>
            <numerusform>%n row unchanged</numerusform>
            <numerusform>%n rows unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n values would change</source>
        <translation>
            <numerusform>%n value would change</numerusform>
            <numerusform>%n values would change</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problems must be fixed</source>
        <translation>
            <numerusform>%n problem must be fixed</numerusform>
            <numerusform>%n problems must be fixed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n values will change</source>
        <translation>
            <numerusform>%n value will change</numerusform>
            <numerusform>%n values will change</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n values are far beyond what their measure has had and are imported as they are; the rows marked Check say which.</source>
        <translation>
            <numerusform>%n value is far beyond what its measure has had and is imported as it is; the row marked Check says which.</numerusform>
            <numerusform>%n values are far beyond what their measure has had and are imported as they are; the rows marked Check say which.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cairn::MainWindow</name>
    <message numerus="yes">
        <source>Import %n values from %1</source>
        <translation>
            <numerusform>Import %n value from %1</numerusform>
            <numerusform>Import %n values from %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cairn::MyUpdatesView</name>
    <message numerus="yes">
        <source>%n measures</source>
        <translation>
            <numerusform>%n measure</numerusform>
            <numerusform>%n measures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n values still missing</source>
        <translation>
            <numerusform>%n value still missing</numerusform>
            <numerusform>%n values still missing</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n values returned to you with a note (hover over them to read it)</source>
        <translation>
            <numerusform>%n value returned to you with a note (hover over it to read it)</numerusform>
            <numerusform>%n values returned to you with a note (hover over them to read it)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n values waiting for the coordinator&apos;s approval</source>
        <translation>
            <numerusform>%n value waiting for the coordinator&apos;s approval</numerusform>
            <numerusform>%n values waiting for the coordinator&apos;s approval</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n actions</source>
        <translation>
            <numerusform>%n action</numerusform>
            <numerusform>%n actions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cairn::NewPlanFromDocumentDialog</name>
    <message numerus="yes">
        <source>Reading the text again drops the corrections you made in the preview: %n in all.</source>
        <translation>
            <numerusform>Reading the text again drops the %n correction you made in the preview.</numerusform>
            <numerusform>Reading the text again drops the corrections you made in the preview: %n in all.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cairn::OutlinePreview</name>
    <message numerus="yes">
        <source>%n readings are uncertain</source>
        <translation>
            <numerusform>%n reading is uncertain</numerusform>
            <numerusform>%n readings are uncertain</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cairn::RubricParts</name>
    <message numerus="yes">
        <source>Stated in %n words.</source>
        <translation>
            <numerusform>Stated in %n word.</numerusform>
            <numerusform>Stated in %n words.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n core values listed.</source>
        <translation>
            <numerusform>%n core value listed.</numerusform>
            <numerusform>%n core values listed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Needs assessment in %n words</source>
        <translation>
            <numerusform>Needs assessment in %n word</numerusform>
            <numerusform>Needs assessment in %n words</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Needs assessment &quot;%1&quot; in %n words</source>
        <translation>
            <numerusform>Needs assessment &quot;%1&quot; in %n word</numerusform>
            <numerusform>Needs assessment &quot;%1&quot; in %n words</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cairn::StatusText</name>
    <message numerus="yes">
        <source>%n on track</source>
        <translation>
            <numerusform>%n on track</numerusform>
            <numerusform>%n on track</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n at risk</source>
        <translation>
            <numerusform>%n at risk</numerusform>
            <numerusform>%n at risk</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n off track</source>
        <translation>
            <numerusform>%n off track</numerusform>
            <numerusform>%n off track</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n complete</source>
        <translation>
            <numerusform>%n complete</numerusform>
            <numerusform>%n complete</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not started</source>
        <translation>
            <numerusform>%n not started</numerusform>
            <numerusform>%n not started</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n no data</source>
        <translation>
            <numerusform>%n no data</numerusform>
            <numerusform>%n no data</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n no target</source>
        <translation>
            <numerusform>%n no target</numerusform>
            <numerusform>%n no target</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not yet due</source>
        <translation>
            <numerusform>%n not yet due</numerusform>
            <numerusform>%n not yet due</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n discontinued</source>
        <translation>
            <numerusform>%n discontinued</numerusform>
            <numerusform>%n discontinued</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n goals</source>
        <translation>
            <numerusform>%n goal</numerusform>
            <numerusform>%n goals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n objectives</source>
        <translation>
            <numerusform>%n objective</numerusform>
            <numerusform>%n objectives</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n actions</source>
        <translation>
            <numerusform>%n action</numerusform>
            <numerusform>%n actions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n measures</source>
        <translation>
            <numerusform>%n measure</numerusform>
            <numerusform>%n measures</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cairn::ValueApproval</name>
    <message numerus="yes">
        <source>in %n days</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cairn::cli::Commands</name>
    <message numerus="yes">
        <source>%n problems found</source>
        <translation>
            <numerusform>%n problem found</numerusform>
            <numerusform>%n problems found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n valid changes</source>
        <translation>
            <numerusform>%n valid change</numerusform>
            <numerusform>%n valid changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changes</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows unchanged</source>
        <translation>
            <numerusform>%n row unchanged</numerusform>
            <numerusform>%n rows unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n values saved</source>
        <translation>
            <numerusform>%n value saved</numerusform>
            <numerusform>%n values saved</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 expects %n or more file arguments, got %2.</source>
        <translation>
            <numerusform>%1 expects %n or more file arguments, got %2.</numerusform>
            <numerusform>%1 expects %n or more file arguments, got %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 expects %n file arguments, got %2.</source>
        <translation>
            <numerusform>%1 expects %n file argument, got %2.</numerusform>
            <numerusform>%1 expects %n file arguments, got %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cairn::web::PageFrame</name>
    <message numerus="yes">
        <source>%1 Values of student groups left out or shown as a range: %n.</source>
        <translation>
            <numerusform>%1 Values of student groups left out or shown as a range: %n.</numerusform>
            <numerusform>%1 Values of student groups left out or shown as a range: %n.</numerusform>
        </translation>
    </message>
</context>
</TS>
