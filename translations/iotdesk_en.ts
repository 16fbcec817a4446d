<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>PasswordKeychain</name>
    <message>
        <source>The system keychain did not answer within a minute.</source>
        <translation>The system keychain did not answer within a minute.</translation>
    </message>
    <message>
        <source>The system keychain could not be used: %1</source>
        <translation>The system keychain could not be used: %1</translation>
    </message>
</context>
<context>
    <name>iotdesk::core::ApplicationImporter</name>
    <message>
        <source>The file has no header line.</source>
        <translation>The file has no header line.</translation>
    </message>
    <message>
        <source>Line 1: unknown column “%1”.</source>
        <translation>Line 1: unknown column “%1”.</translation>
    </message>
    <message>
        <source>Line 1: the column “%1” appears twice.</source>
        <translation>Line 1: the column “%1” appears twice.</translation>
    </message>
    <message>
        <source>Line 1: the column “%1” is missing.</source>
        <translation>Line 1: the column “%1” is missing.</translation>
    </message>
    <message>
        <source>more fields than the header has</source>
        <translation>more fields than the header has</translation>
    </message>
    <message>
        <source>“%1” is not a date and time (e.g. 2018-05-21 10:15)</source>
        <translation>“%1” is not a date and time (e.g. 2018-05-21 10:15)</translation>
    </message>
    <message>
        <source>“%1” is not a size in bytes</source>
        <translation>“%1” is not a size in bytes</translation>
    </message>
    <message>
        <source>no lead local government</source>
        <translation>no lead local government</translation>
    </message>
    <message>
        <source>“%1” in %2 is not yes or no</source>
        <translation>“%1” in %2 is not yes or no</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Line %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n problem(s).</source>
        <translation>
            <numerusform>Nothing was imported: %n problem.</numerusform>
            <numerusform>Nothing was imported: %n problems.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file holds no application.</source>
        <translation>The file holds no application.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>a field holds a NUL byte (a damaged or binary file)</source>
        <translation>a field holds a NUL byte (a damaged or binary file)</translation>
    </message>
    <message>
        <source>%1 is empty: it is one of %2</source>
        <translation>%1 is empty: it is one of %2</translation>
    </message>
    <message>
        <source>“%1” in %2 is not one of %3</source>
        <translation>“%1” in %2 is not one of %3</translation>
    </message>
</context>
<context>
    <name>iotdesk::core::ApplicationListModel</name>
    <message>
        <source>Attachments of %1 exceed the 10 MB MIC can receive: the applicant must consult MIC first.</source>
        <translation>Attachments of %1 exceed the 10 MB MIC can receive: the applicant must consult MIC first.</translation>
    </message>
    <message>
        <source>(late)</source>
        <translation>(late)</translation>
    </message>
    <message>
        <source>(early)</source>
        <translation>(early)</translation>
    </message>
    <message>
        <source>(over 10 MB)</source>
        <translation>(over 10 MB)</translation>
    </message>
    <message numerus="yes">
        <source>+%n joint</source>
        <translation>
            <numerusform>+%n joint</numerusform>
            <numerusform>+%n joint</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 scored</source>
        <translation>%1 of %2 scored</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Joint</source>
        <translation>Joint</translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation>Eligibility</translation>
    </message>
    <message>
        <source>Receipt confirmation</source>
        <translation>Receipt confirmation</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
</context>
<context>
    <name>iotdesk::core::ApplicationMailImporter</name>
    <message>
        <source>Already taken in as application %1 (Message-ID %2).</source>
        <translation>Already taken in as application %1 (Message-ID %2).</translation>
    </message>
    <message>
        <source>The same mail twice (Message-ID %1).</source>
        <translation>The same mail twice (Message-ID %1).</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Name the local government of: %1</source>
        <translation>Name the local government of: %1</translation>
    </message>
</context>
<context>
    <name>iotdesk::core::ApplicationRepository</name>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>University or research body</source>
        <translation>University or research body</translation>
    </message>
    <message>
        <source>NPO or association</source>
        <translation>NPO or association</translation>
    </message>
    <message>
        <source>Public body</source>
        <translation>Public body</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Self-sustaining settlement area (定住自立圏)</source>
        <translation>Self-sustaining settlement area (定住自立圏)</translation>
    </message>
    <message>
        <source>Cooperative central-city area (連携中枢都市圏)</source>
        <translation>Cooperative central-city area (連携中枢都市圏)</translation>
    </message>
    <message>
        <source>Other multi-area framework</source>
        <translation>Other multi-area framework</translation>
    </message>
    <message>
        <source>formed</source>
        <translation>formed</translation>
    </message>
    <message>
        <source>being formed</source>
        <translation>being formed</translation>
    </message>
    <message>
        <source>Selected</source>
        <translation>Selected</translation>
    </message>
    <message>
        <source>Not selected</source>
        <translation>Not selected</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>Not decided</source>
        <translation>Not decided</translation>
    </message>
    <message>
        <source>There is no program %1.</source>
        <translation>There is no program %1.</translation>
    </message>
    <message>
        <source>The application needs the date and time it was received.</source>
        <translation>The application needs the date and time it was received.</translation>
    </message>
    <message>
        <source>The attachment size cannot be negative.</source>
        <translation>The attachment size cannot be negative.</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address.</source>
        <translation>“%1” is not an e-mail address.</translation>
    </message>
    <message>
        <source>The application needs at least one local government.</source>
        <translation>The application needs at least one local government.</translation>
    </message>
    <message>
        <source>“%1” is not a valid local government code.</source>
        <translation>“%1” is not a valid local government code.</translation>
    </message>
    <message>
        <source>There is no local government with the code %1.</source>
        <translation>There is no local government with the code %1.</translation>
    </message>
    <message>
        <source>%1 is listed twice among the applicants.</source>
        <translation>%1 is listed twice among the applicants.</translation>
    </message>
    <message>
        <source>Exactly one local government must lead the application.</source>
        <translation>Exactly one local government must lead the application.</translation>
    </message>
    <message>
        <source>Every contact person needs a name.</source>
        <translation>Every contact person needs a name.</translation>
    </message>
    <message>
        <source>Every partner needs a name.</source>
        <translation>Every partner needs a name.</translation>
    </message>
    <message>
        <source>“%1” is not a kind of partner.</source>
        <translation>“%1” is not a kind of partner.</translation>
    </message>
    <message>
        <source>“%1” is not a kind of multi-area framework.</source>
        <translation>“%1” is not a kind of multi-area framework.</translation>
    </message>
    <message>
        <source>A framework is either formed or being formed.</source>
        <translation>A framework is either formed or being formed.</translation>
    </message>
    <message>
        <source>This application is not eligible: selecting it needs an override reason.</source>
        <translation>This application is not eligible: selecting it needs an override reason.</translation>
    </message>
    <message>
        <source>This application has not been reviewed: selecting it needs an override reason.</source>
        <translation>This application has not been reviewed: selecting it needs an override reason.</translation>
    </message>
    <message>
        <source>There is no application %1.</source>
        <translation>There is no application %1.</translation>
    </message>
    <message>
        <source>The application has meeting records (a workshop it hosts, its participants or a presentation); change its decision instead of deleting it.</source>
        <translation>The application has meeting records (a workshop it hosts, its participants or a presentation); change its decision instead of deleting it.</translation>
    </message>
    <message>
        <source>The application has monthly reports on record; change its decision instead of deleting it.</source>
        <translation>The application has monthly reports on record; change its decision instead of deleting it.</translation>
    </message>
    <message>
        <source>This mail (Message-ID %1) was already taken in as application %2.</source>
        <translation>This mail (Message-ID %1) was already taken in as application %2.</translation>
    </message>
    <message>
        <source>The date the receipt was confirmed is not a date.</source>
        <translation>The date the receipt was confirmed is not a date.</translation>
    </message>
    <message>
        <source>The receipt cannot have been confirmed on %1, before the application was received on %2.</source>
        <translation>The receipt cannot have been confirmed on %1, before the application was received on %2.</translation>
    </message>
    <message>
        <source>The decision cannot be dated %1, before the application was received on %2.</source>
        <translation>The decision cannot be dated %1, before the application was received on %2.</translation>
    </message>
    <message>
        <source>The decision cannot be dated %1: the application window is open until %2, and applications are decided after it closes.</source>
        <translation>The decision cannot be dated %1: the application window is open until %2, and applications are decided after it closes.</translation>
    </message>
    <message numerus="yes">
        <source>The decision cannot be dated %1, more than %n day(s) from today: record it on the day it is made.</source>
        <translation>
            <numerusform>The decision cannot be dated %1, more than %n day from today: record it on the day it is made.</numerusform>
            <numerusform>The decision cannot be dated %1, more than %n days from today: record it on the day it is made.</numerusform>
        </translation>
    </message>
    <message>
        <source>The receipt cannot have been confirmed on %1, a day still to come.</source>
        <translation>The receipt cannot have been confirmed on %1, a day still to come.</translation>
    </message>
    <message>
        <source>The selection cannot be dated %1: the program of FY%2 ended on %3. Record the day the selection was made, so that its monthly reports are scheduled.</source>
        <translation>The selection cannot be dated %1: the program of FY%2 ended on %3. Record the day the selection was made, so that its monthly reports are scheduled.</translation>
    </message>
    <message>
        <source>Selected by the balanced proposal</source>
        <translation>Selected by the balanced proposal</translation>
    </message>
    <message>
        <source>The decision cannot be dated %1: the program of FY%2 ended on %3. Record the day the decision was made.</source>
        <translation>The decision cannot be dated %1: the program of FY%2 ended on %3. Record the day the decision was made.</translation>
    </message>
    <message>
        <source>The decision is not one of selected, not selected or withdrawn.</source>
        <translation>The decision is not one of selected, not selected or withdrawn.</translation>
    </message>
</context>
<context>
    <name>iotdesk::core::ApplicationTiming</name>
    <message>
        <source>Before the application window</source>
        <translation>Before the application window</translation>
    </message>
    <message>
        <source>In the application window</source>
        <translation>In the application window</translation>
    </message>
    <message>
        <source>After the application window</source>
        <translation>After the application window</translation>
    </message>
    <message>
        <source>Confirmation pending</source>
        <translation>Confirmation pending</translation>
    </message>
    <message>
        <source>Confirmation due today</source>
        <translation>Confirmation due today</translation>
    </message>
    <message>
        <source>Confirmation overdue</source>
        <translation>Confirmation overdue</translation>
    </message>
    <message>
        <source>Confirmation sent</source>
        <translation>Confirmation sent</translation>
    </message>
    <message>
        <source>Confirmation sent late</source>
        <translation>Confirmation sent late</translation>
    </message>
</context>
<context>
    <name>iotdesk::core::AttendanceExporter</name>
    <message>
        <source>The program has no meeting session %1.</source>
        <translation>The program has no meeting session %1.</translation>
    </message>
</context>
<context>
    <name>iotdesk::core::AttendanceModel</name>
    <message>
        <source>Not registered</source>
        <translation>Not registered</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>Affiliation</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Day %1</source>
        <translation>Day %1</translation>
    </message>
    <message>
        <source>Day %1
%2</source>
        <translation>Day %1
%2</translation>
    </message>
</context>
<context>
    <name>iotdesk::core::BackupStore</name>
    <message>
        <source>manual</source>
        <translation>manual</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>daily</translation>
    </message>
    <message>
        <source>before upgrade</source>
        <translation>before upgrade</translation>
    </message>
    <message>
        <source>before restore</source>
        <translation>before restore</translation>
    </message>
    <message>
        <source>This backup cannot be restored: %1</source>
        <translation>This backup cannot be restored: %1</translation>
    </message>
    <message>
        <source>The backup “%1” is empty or missing.</source>
        <translation>The backup “%1” is empty or missing.</translation>
    </message>
    <message>
        <source>Cannot create the backup folder %1.</source>
        <translation>Cannot create the backup folder %1.</translation>
    </message>
    <message>
        <source>Cannot copy the backup to %1.</source>
        <translation>Cannot copy the backup to %1.</translation>
    </message>
    <message>
        <source>Cannot put the backup in place at %1.</source>
        <translation>Cannot put the backup in place at %1.</translation>
    </message>
    <message>
        <source>Cannot copy the backup: %1</source>
        <translation>Cannot copy the backup: %1</translation>
    </message>
    <message>
        <source>Cannot keep the current file in %1.</source>
        <translation>Cannot keep the current file in %1.</translation>
    </message>
    <message>
        <source>Cannot remove %1; nothing was restored.</source>
        <translation>Cannot remove %1; nothing was restored.</translation>
    </message>
</context>
<context>
    <name>iotdesk::core::BureauBalanceModel</name>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Bureau</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>Eligible</translation>
    </message>
    <message>
        <source>Selected</source>
        <translation>Selected</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Limit</translation>
    </message>
    <message>
        <source>This bureau&apos;s own limit; set it to “—” to use the limit per bureau.</source>
        <translation>This bureau&apos;s own limit; set it to “—” to use the limit per bureau.</translation>
    </message>
    <message>
        <source>The limit per bureau; edit to give this bureau its own.</source>
        <translation>The limit per bureau; edit to give this bureau its own.</translation>
    </message>
</context>
<context>
    <name>iotdesk::core::BusinessCalendar</name>
    <message>
        <source>Could not read the holidays: %1</source>
        <translation>Could not read the holidays: %1</translation>
    </message>
    <message>
        <source>The holidays table has an invalid date: %1</source>
        <translation>The holidays table has an invalid date: %1</translation>
    </message>
</context>
<context>
    <name>iotdesk::core::ChangeHistory</name>
    <message>
        <source>Could not record the change in the history: %1</source>
        <translation>Could not record the change in the history: %1</translation>
    </message>
    <message>
        <source>%1 changed this record on %2 at %3, after it was read here. Nothing was saved, so that their change is not overwritten.</source>
        <translation>%1 changed this record on %2 at %3, after it was read here. Nothing was saved, so that their change is not overwritten.</translation>
    </message>
</context>
<context>
    <name>iotdesk::core::CommitmentModel</name>
    <message>
        <source>attend %1 · host %2</source>
        <translation>attend %1 · host %2</translation>
    </message>
    <message>
        <source>What the application promised: to attend the meetings in Tokyo, and to host the local workshop.</source>
        <translation>What the application promised: to attend the meetings in Tokyo, and to host the local workshop.</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Promised</source>
        <translation>Promised</translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>Gaps</translation>
    </message>
</context>
<context>
    <name>iotdesk::core::CommitmentTable</name>
    <message>
        <source>no session</source>
        <translation>no session</translation>
    </message>
    <message>
        <source>not scheduled</source>
        <translation>not scheduled</translation>
    </message>
    <message>
        <source>%1/%2 days</source>
        <translation>%1/%2 days</translation>
    </message>
    <message>
        <source>%1/%2 days — day %3 missed</source>
        <translation>%1/%2 days — day %3 missed</translation>
    </message>
    <message>
        <source>%1/%2 days so far</source>
        <translation>%1/%2 days so far</translation>
    </message>
    <message>
        <source>never scheduled</source>
        <translation>never scheduled</translation>
    </message>
    <message>
        <source>no date yet</source>
        <translation>no date yet</translation>
    </message>
    <message>
        <source>hosted %1</source>
        <translation>hosted %1</translation>
    </message>
    <message>
        <source>planned %1</source>
        <translation>planned %1</translation>
    </message>
    <message>
        <source>%1/%2 days — day %3 excused</source>
        <translation>%1/%2 days — day %3 excused</translation>
    </message>
    <message>
        <source>%1/%2 days — day %3 missed, day %4 excused</source>
        <translation>%1/%2 days — day %3 missed, day %4 excused</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between two day numbers</comment>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>iotdesk::core::ConsultationExporter</name>
    <message>
        <source>The file could not be written.</source>
        <translation>The file could not be written.</translation>
    </message>
</context>
<context>
    <name>iotdesk::core::ConsultationListModel</name>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Local government</source>
        <translation>Local government</translation>
    </message>
    <message>
        <source>Counterpart</source>
        <translation>Counterpart</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>Consultant</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Topics</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message numerus="yes">
        <source>%n open follow-up(s)</source>
        <translation>
            <numerusform>%n open follow-up</numerusform>
            <numerusform>%n open follow-ups</numerusform>
        </translation>
    </message>
    <message>
        <source>Follow-up due</source>
        <translation>Follow-up due</translation>
    </message>
</context>
<context>
    <name>iotdesk::core::ConsultationRepository</name>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>On-site visit</source>
        <translation>On-site visit</translation>
    </message>
    <message>
        <source>Online meeting</source>
        <translation>Online meeting</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Incoming</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Outgoing</translation>
    </message>
    <message>
        <source>Regional issues</source>
        <translation>Regional issues</translation>
    </message>
    <message>
        <source>Solutions</source>
        <translation>Solutions</translation>
    </message>
    <message>
        <source>Promotion system</source>
        <translation>Promotion system</translation>
    </message>
    <message>
        <source>Cost-effectiveness</source>
        <translation>Cost-effectiveness</translation>
    </message>
    <message>
        <source>Budget and subsidies</source>
        <translation>Budget and subsidies</translation>
    </message>
    <message>
        <source>Procurement</source>
        <translation>Procurement</translation>
    </message>
    <message>
        <source>Data and security</source>
        <translation>Data and security</translation>
    </message>
    <message>
        <source>Workshop logistics</source>
        <translation>Workshop logistics</translation>
    </message>
    <message>
        <source>Monthly report</source>
        <translation>Monthly report</translation>
    </message>
    <message>
        <source>A consultation needs its date and time.</source>
        <translation>A consultation needs its date and time.</translation>
    </message>
    <message>
        <source>A consultation needs the local government it was with.</source>
        <translation>A consultation needs the local government it was with.</translation>
    </message>
    <message>
        <source>A consultation is either incoming or outgoing.</source>
        <translation>A consultation is either incoming or outgoing.</translation>
    </message>
    <message>
        <source>Unknown topics.</source>
        <translation>Unknown topics.</translation>
    </message>
    <message>
        <source>The duration must be between 0 and 1,440 minutes.</source>
        <translation>The duration must be between 0 and 1,440 minutes.</translation>
    </message>
    <message>
        <source>Every follow-up needs the action to take.</source>
        <translation>Every follow-up needs the action to take.</translation>
    </message>
    <message>
        <source>A follow-up cannot be done before the consultation.</source>
        <translation>A follow-up cannot be done before the consultation.</translation>
    </message>
    <message>
        <source>There is no local government with the code %1.</source>
        <translation>There is no local government with the code %1.</translation>
    </message>
    <message>
        <source>The counterpart must be a person at a local government.</source>
        <translation>The counterpart must be a person at a local government.</translation>
    </message>
    <message>
        <source>The consultant must be one of the consultants.</source>
        <translation>The consultant must be one of the consultants.</translation>
    </message>
    <message>
        <source>There is no contact %1 to own the follow-up.</source>
        <translation>There is no contact %1 to own the follow-up.</translation>
    </message>
    <message>
        <source>The mail %1 is already in the log.</source>
        <translation>The mail %1 is already in the log.</translation>
    </message>
    <message>
        <source>There is no consultation %1.</source>
        <translation>There is no consultation %1.</translation>
    </message>
    <message>
        <source>A follow-up is done on a date.</source>
        <translation>A follow-up is done on a date.</translation>
    </message>
    <message>
        <source>There is no follow-up %1.</source>
        <translation>There is no follow-up %1.</translation>
    </message>
    <message>
        <source>This follow-up is already done.</source>
        <translation>This follow-up is already done.</translation>
    </message>
    <message>
        <source>The counterpart works at another local government.</source>
        <translation>The counterpart works at another local government.</translation>
    </message>
    <message>
        <source>The follow-up cannot have been done on %1, before the consultation on %2.</source>
        <translation>The follow-up cannot have been done on %1, before the consultation on %2.</translation>
    </message>
    <message>
        <source>The follow-up cannot have been done on %1, a day still to come.</source>
        <translation>The follow-up cannot have been done on %1, a day still to come.</translation>
    </message>
    <message>
        <source>A consultation cannot be logged at %1, a moment still to come.</source>
        <translation>A consultation cannot be logged at %1, a moment still to come.</translation>
    </message>
    <message>
        <source>A consultation cannot be logged on %1, years before the first program (FY%2) of this file.</source>
        <translation>A consultation cannot be logged on %1, years before the first program (FY%2) of this file.</translation>
    </message>
    <message>
        <source>A consultation needs one of the known channels.</source>
        <translation>A consultation needs one of the known channels.</translation>
    </message>
</context>
<context>
    <name>iotdesk::core::ConsultationSearch</name>
    <message>
        <source>The search text is %1 characters long; search for at most %2.</source>
        <translation>The search text is %1 characters long; search for at most %2.</translation>
    </message>
</context>
<context>
    <name>iotdesk::core::ContactRepository</name>
    <message>
        <source>Local government</source>
        <translation>Local government</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>Consultant</translation>
    </message>
    <message>
        <source>A contact needs a name.</source>
        <translation>A contact needs a name.</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address.</source>
        <translation>“%1” is not an e-mail address.</translation>
    </message>
    <message>
        <source>A contact at a local government needs its 6-digit code.</source>
        <translation>A contact at a local government needs its 6-digit code.</translation>
    </message>
    <message>
        <source>There is no local government with the code %1.</source>
        <translation>There is no local government with the code %1.</translation>
    </message>
    <message>
        <source>A contact&apos;s kind cannot change.</source>
        <translation>A contact&apos;s kind cannot change.</translation>
    </message>
    <message>
        <source>There is no contact %1.</source>
        <translation>There is no contact %1.</translation>
    </message>
    <message>
        <source>%1 is named in consultations or meetings and cannot be removed; make them inactive instead.</source>
        <translation>%1 is named in consultations or meetings and cannot be removed; make them inactive instead.</translation>
    </message>
    <message>
        <source>A contact is either at a local government or a consultant.</source>
        <translation>A contact is either at a local government or a consultant.</translation>
    </message>
</context>
<context>
    <name>iotdesk::core::CsvReader</name>
    <message>
        <source>The CSV parser could not be started.</source>
        <translation>The CSV parser could not be started.</translation>
    </message>
    <message>
        <source>Line %1: the CSV is malformed (%2).</source>
        <translation>Line %1: the CSV is malformed (%2).</translation>
    </message>
    <message>
        <source>Line %1: a quoted field is not closed before the end of the file.</source>
        <translation>Line %1: a quoted field is not closed before the end of the file.</translation>
    </message>
    <message>
        <source>Line %1: the text is not valid UTF-8.</source>
        <translation>Line %1: the text is not valid UTF-8.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
</context>
<context>
    <name>iotdesk::core::DashboardData</name>
    <message>
        <source>There is no program %1.</source>
        <translation>There is no program %1.</translation>
    </message>
</context>
<context>
    <name>iotdesk::core::Database</name>
    <message>
        <source>No database file was given.</source>
        <translation>No database file was given.</translation>
    </message>
    <message>
        <source>“%1” does not exist.</source>
        <translation>“%1” does not exist.</translation>
    </message>
    <message>
        <source>Cannot open “%1”: %2</source>
        <translation>Cannot open “%1”: %2</translation>
    </message>
    <message>
        <source>The file was not upgraded because no backup could be written first: %1</source>
        <translation>The file was not upgraded because no backup could be written first: %1</translation>
    </message>
    <message>
        <source>The file cannot use write-ahead logging (journal mode is %1).</source>
        <translation>The file cannot use write-ahead logging (journal mode is %1).</translation>
    </message>
    <message>
        <source>A backup cannot overwrite the file itself.</source>
        <translation>A backup cannot overwrite the file itself.</translation>
    </message>
    <message>
        <source>The backup could not be written: %1</source>
        <translation>The backup could not be written: %1</translation>
    </message>
    <message>
        <source>“%1” is empty: it is not an IoT Desk file (yet).</source>
        <translation>“%1” is empty: it is not an IoT Desk file (yet).</translation>
    </message>
    <message>
        <source>“%1” says it is file version %2, but it already has “%3” of a later version: its version mark is wrong. It was not opened, so that nothing in it is changed. Restore a backup, or ask for help with this file.</source>
        <translation>“%1” says it is file version %2, but it already has “%3” of a later version: its version mark is wrong. It was not opened, so that nothing in it is changed. Restore a backup, or ask for help with this file.</translation>
    </message>
    <message>
        <source>“%1” is damaged and was not opened, so that nothing in it is changed (%2). Restore a backup, or open another file.</source>
        <translation>“%1” is damaged and was not opened, so that nothing in it is changed (%2). Restore a backup, or open another file.</translation>
    </message>
    <message>
        <source>opened read-only</source>
        <translation>opened read-only</translation>
    </message>
    <message>
        <source>the file cannot be written</source>
        <translation>the file cannot be written</translation>
    </message>
    <message>
        <source>its folder cannot be written (read-only media?)</source>
        <translation>its folder cannot be written (read-only media?)</translation>
    </message>
    <message>
        <source>“%1” cannot be created here: %2.</source>
        <translation>“%1” cannot be created here: %2.</translation>
    </message>
    <message>
        <source>“%1” was written by an older version of IoT Desk and must be upgraded, but %2. Copy it to a folder you can write to, and open the copy.</source>
        <translation>“%1” was written by an older version of IoT Desk and must be upgraded, but %2. Copy it to a folder you can write to, and open the copy.</translation>
    </message>
    <message>
        <source>This installation cannot reach a team database: Qt&apos;s PostgreSQL driver (package libqt6sql6-psql) is missing.</source>
        <translation>This installation cannot reach a team database: Qt&apos;s PostgreSQL driver (package libqt6sql6-psql) is missing.</translation>
    </message>
    <message>
        <source>Cannot connect to the team database %1: %2</source>
        <translation>Cannot connect to the team database %1: %2</translation>
    </message>
    <message>
        <source>The team database %1 holds no IoT Desk data yet. An administrator prepares it with “iotdesk-cli --server URL server init”.</source>
        <translation>The team database %1 holds no IoT Desk data yet. An administrator prepares it with “iotdesk-cli --server URL server init”.</translation>
    </message>
    <message>
        <source>The team database %1 was set up by a newer IoT Desk (schema version %2; this program reads up to %3). It was not changed. Install the newer IoT Desk.</source>
        <translation>The team database %1 was set up by a newer IoT Desk (schema version %2; this program reads up to %3). It was not changed. Install the newer IoT Desk.</translation>
    </message>
    <message>
        <source>The team database %1 has schema version %2 of an older IoT Desk; this program needs version %3. An administrator upgrades it with “iotdesk-cli --server URL server init” after a backup (pg_dump).</source>
        <translation>The team database %1 has schema version %2 of an older IoT Desk; this program needs version %3. An administrator upgrades it with “iotdesk-cli --server URL server init” after a backup (pg_dump).</translation>
    </message>
    <message>
        <source>The database %1 already holds tables that are not IoT Desk&apos;s; nothing was changed. Create an empty database for IoT Desk.</source>
        <translation>The database %1 already holds tables that are not IoT Desk&apos;s; nothing was changed. Create an empty database for IoT Desk.</translation>
    </message>
    <message>
        <source>A team database is backed up on its server, by its administrator (pg_dump).</source>
        <translation>A team database is backed up on its server, by its administrator (pg_dump).</translation>
    </message>
    <message>
        <source>your role on the team database is Viewer</source>
        <translation>your role on the team database is Viewer</translation>
    </message>
    <message>
        <source>The team database %1 asks for the password of %2.</source>
        <translation>The team database %1 asks for the password of %2.</translation>
    </message>
    <message>
        <source>The team database %1 did not accept the password of %2.</source>
        <translation>The team database %1 did not accept the password of %2.</translation>
    </message>
</context>
<context>
    <name>iotdesk::core::DatabaseCopy</name>
    <message>
        <source>The tables refer to each other in a circle; nothing was copied.</source>
        <translation>The tables refer to each other in a circle; nothing was copied.</translation>
    </message>
    <message>
        <source>A row of %1 could not be copied: %2</source>
        <translation>A row of %1 could not be copied: %2</translation>
    </message>
    <message>
        <source>The two databases have different schema versions (%1 and %2); open the older one once with this IoT Desk to upgrade it.</source>
        <translation>The two databases have different schema versions (%1 and %2); open the older one once with this IoT Desk to upgrade it.</translation>
    </message>
    <message>
        <source>%1 has %2 rows where %3 were copied; nothing was changed.</source>
        <translation>%1 has %2 rows where %3 were copied; nothing was changed.</translation>
    </message>
    <message>
        <source>The consultations counted per local government do not match the consultations copied; nothing was changed.</source>
        <translation>The consultations counted per local government do not match the consultations copied; nothing was changed.</translation>
    </message>
    <message>
        <source>Only the owner of the team database (who prepared it) can upload: %1</source>
        <translation>Only the owner of the team database (who prepared it) can upload: %1</translation>
    </message>
</context>
<context>
    <name>iotdesk::core::DatabaseFile</name>
    <message>
        <source>“%1” is a folder, not a file.</source>
        <translation>“%1” is a folder, not a file.</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>Cannot read “%1”: %2</translation>
    </message>
    <message>
        <source>“%1” is not an IoT Desk file: it is not a database at all.</source>
        <translation>“%1” is not an IoT Desk file: it is not a database at all.</translation>
    </message>
    <message>
        <source>“%1” is damaged and was not opened, so that nothing in it is changed (%2). Restore a backup, or open another file.</source>
        <translation>“%1” is damaged and was not opened, so that nothing in it is changed (%2). Restore a backup, or open another file.</translation>
    </message>
    <message>
        <source>the file is shorter than its header says</source>
        <translation>the file is shorter than its header says</translation>
    </message>
    <message>
        <source>“%1” is a database of another program, not an IoT Desk file.</source>
        <translation>“%1” is a database of another program, not an IoT Desk file.</translation>
    </message>
    <message>
        <source>“%1” was saved by a newer version of IoT Desk (file version %2; this version reads up to %3). It was not opened, so that nothing in it is lost. Update IoT Desk to open it.</source>
        <translation>“%1” was saved by a newer version of IoT Desk (file version %2; this version reads up to %3). It was not opened, so that nothing in it is lost. Update IoT Desk to open it.</translation>
    </message>
    <message>
        <source>Cannot create the folder for “%1”.</source>
        <translation>Cannot create the folder for “%1”.</translation>
    </message>
    <message>
        <source>Cannot create “%1”: %2</source>
        <translation>Cannot create “%1”: %2</translation>
    </message>
    <message>
        <source>“%1” does not exist or is empty.</source>
        <translation>“%1” does not exist or is empty.</translation>
    </message>
    <message>
        <source>A copy cannot overwrite the file itself.</source>
        <translation>A copy cannot overwrite the file itself.</translation>
    </message>
    <message>
        <source>“%1” exists already.</source>
        <translation>“%1” exists already.</translation>
    </message>
    <message>
        <source>The copy could not be written: %1</source>
        <translation>The copy could not be written: %1</translation>
    </message>
    <message>
        <source>“%1” was left half-written and could not be recovered: %2</source>
        <translation>“%1” was left half-written and could not be recovered: %2</translation>
    </message>
    <message>
        <source>The copy failed its check and was not kept: %1</source>
        <translation>The copy failed its check and was not kept: %1</translation>
    </message>
    <message>
        <source>The copy could not be written to the disk.</source>
        <translation>The copy could not be written to the disk.</translation>
    </message>
    <message>
        <source>Cannot put the copy in place at %1.</source>
        <translation>Cannot put the copy in place at %1.</translation>
    </message>
    <message>
        <source>its list of free pages is longer than the file</source>
        <translation>its list of free pages is longer than the file</translation>
    </message>
</context>
<context>
    <name>iotdesk::core::Eligibility</name>
    <message>
        <source>ICT Town, People and Jobs Creation Promotion Program (FY2014 supplementary, FY2016 initial, FY2016 supplementary)</source>
        <translation>ICT Town, People and Jobs Creation Promotion Program (FY2014 supplementary, FY2016 initial, FY2016 supplementary)</translation>
    </message>
    <message>
        <source>Data-Driven Smart City Development Promotion Program (FY2017)</source>
        <translation>Data-Driven Smart City Development Promotion Program (FY2017)</translation>
    </message>
    <message>
        <source>Regional IoT Implementation Promotion Program (FY2017)</source>
        <translation>Regional IoT Implementation Promotion Program (FY2017)</translation>
    </message>
    <message>
        <source>IoT Service Creation Support Program (FY2015 supplementary, FY2016 supplementary, FY2017 initial)</source>
        <translation>IoT Service Creation Support Program (FY2015 supplementary, FY2016 supplementary, FY2017 initial)</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>Eligible</translation>
    </message>
    <message>
        <source>Ineligible</source>
        <translation>Ineligible</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation>Incomplete</translation>
    </message>
    <message>
        <source>Commitment to report monthly</source>
        <translation>Commitment to report monthly</translation>
    </message>
    <message>
        <source>Does not commit to reporting its activities about monthly.</source>
        <translation>Does not commit to reporting its activities about monthly.</translation>
    </message>
    <message>
        <source>Commitment to host workshop 2</source>
        <translation>Commitment to host workshop 2</translation>
    </message>
    <message>
        <source>Does not commit to hosting workshop 2 in its own area.</source>
        <translation>Does not commit to hosting workshop 2 in its own area.</translation>
    </message>
    <message>
        <source>Commitment to attend workshops 1 and 3 and the final meeting</source>
        <translation>Commitment to attend workshops 1 and 3 and the final meeting</translation>
    </message>
    <message>
        <source>Does not commit to attending workshops 1 and 3 and the final meeting in Tokyo.</source>
        <translation>Does not commit to attending workshops 1 and 3 and the final meeting in Tokyo.</translation>
    </message>
    <message>
        <source>Use of %1</source>
        <translation>Use of %1</translation>
    </message>
    <message>
        <source>Has introduced regional IoT through %1.</source>
        <translation>Has introduced regional IoT through %1.</translation>
    </message>
    <message>
        <source>Comprehensive regional partnership agreement</source>
        <translation>Comprehensive regional partnership agreement</translation>
    </message>
    <message>
        <source>Has a comprehensive regional partnership agreement with a private company for ICT/IoT.</source>
        <translation>Has a comprehensive regional partnership agreement with a private company for ICT/IoT.</translation>
    </message>
</context>
<context>
    <name>iotdesk::core::FileStore</name>
    <message>
        <source>There is no file %1.</source>
        <translation>There is no file %1.</translation>
    </message>
    <message>
        <source>File %1 does not match its checksum; it is damaged.</source>
        <translation>File %1 does not match its checksum; it is damaged.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>“%1” cannot be read: %2</translation>
    </message>
    <message>
        <source>“%1” is larger than 50 MB; keep it on a shared drive and note where.</source>
        <translation>“%1” is larger than 50 MB; keep it on a shared drive and note where.</translation>
    </message>
    <message>
        <source>What the file belongs to no longer exists.</source>
        <translation>What the file belongs to no longer exists.</translation>
    </message>
</context>
<context>
    <name>iotdesk::core::GlobalSearch</name>
    <message>
        <source>Application of %1 (FY%2)</source>
        <translation>Application of %1 (FY%2)</translation>
    </message>
    <message>
        <source>Consultation with %1 on %2</source>
        <translation>Consultation with %1 on %2</translation>
    </message>
    <message>
        <source>consultant</source>
        <translation>consultant</translation>
    </message>
    <message>
        <source>no date yet</source>
        <translation>no date yet</translation>
    </message>
    <message>
        <source>The search text is %1 characters long; search for at most %2.</source>
        <translation>The search text is %1 characters long; search for at most %2.</translation>
    </message>
</context>
<context>
    <name>iotdesk::core::IcsExporter</name>
    <message>
        <source>The program has no meeting session %1.</source>
        <translation>The program has no meeting session %1.</translation>
    </message>
    <message>
        <source>The session has no date yet.</source>
        <translation>The session has no date yet.</translation>
    </message>
    <message>
        <source>“%1” cannot be written: %2</source>
        <translation>“%1” cannot be written: %2</translation>
    </message>
</context>
<context>
    <name>iotdesk::core::IntegrityCheck</name>
    <message>
        <source>The foreign keys could not be checked: %1</source>
        <translation>The foreign keys could not be checked: %1</translation>
    </message>
    <message>
        <source>A row of %1 refers to a missing row of %2.</source>
        <translation>A row of %1 refers to a missing row of %2.</translation>
    </message>
</context>
<context>
    <name>iotdesk::core::KnowhowRepository</name>
    <message>
        <source>Making the issues clear</source>
        <translation>Making the issues clear</translation>
    </message>
    <message>
        <source>Choosing solutions</source>
        <translation>Choosing solutions</translation>
    </message>
    <message>
        <source>Building the promotion system</source>
        <translation>Building the promotion system</translation>
    </message>
    <message>
        <source>Estimating cost-effectiveness</source>
        <translation>Estimating cost-effectiveness</translation>
    </message>
    <message>
        <source>Consensus and budgeting</source>
        <translation>Consensus and budgeting</translation>
    </message>
    <message>
        <source>Procurement</source>
        <translation>Procurement</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operation</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>There is no lesson %1.</source>
        <translation>There is no lesson %1.</translation>
    </message>
    <message>
        <source>Unknown phase.</source>
        <translation>Unknown phase.</translation>
    </message>
    <message>
        <source>Write what was learned.</source>
        <translation>Write what was learned.</translation>
    </message>
    <message>
        <source>A lesson comes from one place: a consultation, a report or a meeting.</source>
        <translation>A lesson comes from one place: a consultation, a report or a meeting.</translation>
    </message>
    <message>
        <source>There is no program %1.</source>
        <translation>There is no program %1.</translation>
    </message>
    <message>
        <source>Application %1 is not of this program.</source>
        <translation>Application %1 is not of this program.</translation>
    </message>
    <message>
        <source>There is no consultation %1.</source>
        <translation>There is no consultation %1.</translation>
    </message>
    <message>
        <source>Report %1 is not of this program.</source>
        <translation>Report %1 is not of this program.</translation>
    </message>
    <message>
        <source>Meeting session %1 is not of this program.</source>
        <translation>Meeting session %1 is not of this program.</translation>
    </message>
</context>
<context>
    <name>iotdesk::core::LocalGovernmentCode</name>
    <message>
        <source>“%1” is not a local government code.</source>
        <translation>“%1” is not a local government code.</translation>
    </message>
    <message>
        <source>The check digit of %1 is wrong: for %2 it is %3 (%4).</source>
        <translation>The check digit of %1 is wrong: for %2 it is %3 (%4).</translation>
    </message>
    <message>
        <source>A local government code has 5 digits, or 6 with the check digit: “%1”.</source>
        <translation>A local government code has 5 digits, or 6 with the check digit: “%1”.</translation>
    </message>
</context>
<context>
    <name>iotdesk::core::LocalGovernmentModel</name>
    <message>
        <source>Prefecture</source>
        <translation>Prefecture</translation>
    </message>
    <message>
        <source>Designated city</source>
        <translation>Designated city</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Town</source>
        <translation>Town</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Special ward</source>
        <translation>Special ward</translation>
    </message>
    <message>
        <source>Also written %1</source>
        <translation>Also written %1</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Regional bureau</source>
        <translation>Regional bureau</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Reading</translation>
    </message>
</context>
<context>
    <name>iotdesk::core::LocalGovernmentRepository</name>
    <message>
        <source>There is no local government with the code %1.</source>
        <translation>There is no local government with the code %1.</translation>
    </message>
    <message>
        <source>There is no prefecture “%1”.</source>
        <translation>There is no prefecture “%1”.</translation>
    </message>
    <message>
        <source>No local government name was given.</source>
        <translation>No local government name was given.</translation>
    </message>
    <message>
        <source>There is no local government named “%1”.</source>
        <translation>There is no local government named “%1”.</translation>
    </message>
    <message>
        <source>There is no local government named “%1” in %2.</source>
        <translation>There is no local government named “%1” in %2.</translation>
    </message>
    <message>
        <source>“%1” names more than one local government: %2. Give the prefecture.</source>
        <translation>“%1” names more than one local government: %2. Give the prefecture.</translation>
    </message>
</context>
<context>
    <name>iotdesk::core::MailImporter</name>
    <message>
        <source>Already in the log (Message-ID %1).</source>
        <translation>Already in the log (Message-ID %1).</translation>
    </message>
    <message>
        <source>Name the local government of: %1</source>
        <translation>Name the local government of: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>iotdesk::core::MailParser</name>
    <message>
        <source>This is not an e-mail message: %1</source>
        <translation>This is not an e-mail message: %1</translation>
    </message>
    <message>
        <source>the file is empty.</source>
        <translation>the file is empty.</translation>
    </message>
    <message>
        <source>no message could be read from it.</source>
        <translation>no message could be read from it.</translation>
    </message>
    <message>
        <source>it has no sender (From).</source>
        <translation>it has no sender (From).</translation>
    </message>
    <message>
        <source>it has no date (Date).</source>
        <translation>it has no date (Date).</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>“%1” cannot be read: %2</translation>
    </message>
    <message>
        <source>“%1” is over 50 MB.</source>
        <translation>“%1” is over 50 MB.</translation>
    </message>
</context>
<context>
    <name>iotdesk::core::MasterDataLoader</name>
    <message>
        <source>%1 does not start with the header %2.</source>
        <translation>%1 does not start with the header %2.</translation>
    </message>
    <message>
        <source>%1, line %2: %3 fields instead of %4.</source>
        <translation>%1, line %2: %3 fields instead of %4.</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, line %2: %3</translation>
    </message>
    <message>
        <source>unknown prefecture code “%1”</source>
        <translation>unknown prefecture code “%1”</translation>
    </message>
    <message>
        <source>invalid code %1/%2</source>
        <translation>invalid code %1/%2</translation>
    </message>
    <message>
        <source>unknown kind “%1”</source>
        <translation>unknown kind “%1”</translation>
    </message>
    <message>
        <source>invalid date “%1”</source>
        <translation>invalid date “%1”</translation>
    </message>
</context>
<context>
    <name>iotdesk::core::MeetingRepository</name>
    <message>
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Attended</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Excused</translation>
    </message>
    <message>
        <source>There is no meeting session %1.</source>
        <translation>There is no meeting session %1.</translation>
    </message>
    <message>
        <source>A session lasts from 1 to 14 days.</source>
        <translation>A session lasts from 1 to 14 days.</translation>
    </message>
    <message>
        <source>The first day is not a date.</source>
        <translation>The first day is not a date.</translation>
    </message>
    <message>
        <source>Person %1 is not a consultant.</source>
        <translation>Person %1 is not a consultant.</translation>
    </message>
    <message>
        <source>Day %1 has an agenda, presentations or attendance; the session cannot end before it.</source>
        <translation>Day %1 has an agenda, presentations or attendance; the session cannot end before it.</translation>
    </message>
    <message>
        <source>An agenda item</source>
        <translation>An agenda item</translation>
    </message>
    <message>
        <source>Every agenda item needs a title.</source>
        <translation>Every agenda item needs a title.</translation>
    </message>
    <message>
        <source>%1 needs a start and an end time (HH:MM).</source>
        <translation>%1 needs a start and an end time (HH:MM).</translation>
    </message>
    <message>
        <source>%1 ends before it starts.</source>
        <translation>%1 ends before it starts.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is on day %2, but the session has %n day(s).</source>
        <translation>
            <numerusform>%1 is on day %2, but the session has %n day.</numerusform>
            <numerusform>%1 is on day %2, but the session has %n days.</numerusform>
        </translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>Consultant</translation>
    </message>
    <message>
        <source>There is no person %1.</source>
        <translation>There is no person %1.</translation>
    </message>
    <message>
        <source>There is no participant %1.</source>
        <translation>There is no participant %1.</translation>
    </message>
    <message>
        <source>The session has no day %1.</source>
        <translation>The session has no day %1.</translation>
    </message>
    <message>
        <source>Slot %1 needs a start time (HH:MM).</source>
        <translation>Slot %1 needs a start time (HH:MM).</translation>
    </message>
    <message>
        <source>Slot %1 must last from 1 to 600 minutes.</source>
        <translation>Slot %1 must last from 1 to 600 minutes.</translation>
    </message>
    <message>
        <source>Slot %1 is on day %2, which the session does not have.</source>
        <translation>Slot %1 is on day %2, which the session does not have.</translation>
    </message>
    <message>
        <source>Slot %1 runs past midnight.</source>
        <translation>Slot %1 runs past midnight.</translation>
    </message>
    <message>
        <source>The session has no date yet: set the session&apos;s date first, then mark who attended.</source>
        <translation>The session has no date yet: set the session&apos;s date first, then mark who attended.</translation>
    </message>
</context>
<context>
    <name>iotdesk::core::MeetingWarnings</name>
    <message>
        <source>%1: its host is no longer selected, but the session is kept because it holds records.</source>
        <translation>%1: its host is no longer selected, but the session is kept because it holds records.</translation>
    </message>
    <message>
        <source>%1: no date yet.</source>
        <translation>%1: no date yet.</translation>
    </message>
    <message>
        <source>%1: %2 is a weekend day or office holiday.</source>
        <translation>%1: %2 is a weekend day or office holiday.</translation>
    </message>
    <message>
        <source>%1: %2 is a holiday (%3).</source>
        <translation>%1: %2 is a holiday (%3).</translation>
    </message>
    <message>
        <source>%1: %2 is outside the planned period %3 – %4.</source>
        <translation>%1: %2 is outside the planned period %3 – %4.</translation>
    </message>
    <message>
        <source>%1 is booked into %2 sessions on %3: %4.</source>
        <translation>%1 is booked into %2 sessions on %3: %4.</translation>
    </message>
</context>
<context>
    <name>iotdesk::core::MunicipalDomain</name>
    <message>
        <source>ICU cannot transliterate kana to Latin letters.</source>
        <translation>ICU cannot transliterate kana to Latin letters.</translation>
    </message>
    <message>
        <source>The local governments could not be read: %1</source>
        <translation>The local governments could not be read: %1</translation>
    </message>
</context>
<context>
    <name>iotdesk::core::PlanRepository</name>
    <message>
        <source>Agriculture</source>
        <translation>Agriculture</translation>
    </message>
    <message>
        <source>Forestry</source>
        <translation>Forestry</translation>
    </message>
    <message>
        <source>Fisheries</source>
        <translation>Fisheries</translation>
    </message>
    <message>
        <source>Tourism</source>
        <translation>Tourism</translation>
    </message>
    <message>
        <source>Disaster prevention</source>
        <translation>Disaster prevention</translation>
    </message>
    <message>
        <source>Medical and nursing care</source>
        <translation>Medical and nursing care</translation>
    </message>
    <message>
        <source>Child-rearing</source>
        <translation>Child-rearing</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Education</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>Environment and energy</source>
        <translation>Environment and energy</translation>
    </message>
    <message>
        <source>Regional revitalisation</source>
        <translation>Regional revitalisation</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Sensors</source>
        <translation>Sensors</translation>
    </message>
    <message>
        <source>LPWA / LoRaWAN</source>
        <translation>LPWA / LoRaWAN</translation>
    </message>
    <message>
        <source>Cameras</source>
        <translation>Cameras</translation>
    </message>
    <message>
        <source>Drones</source>
        <translation>Drones</translation>
    </message>
    <message>
        <source>GIS</source>
        <translation>GIS</translation>
    </message>
    <message>
        <source>Cloud platform</source>
        <translation>Cloud platform</translation>
    </message>
    <message>
        <source>AI</source>
        <translation>AI</translation>
    </message>
    <message>
        <source>Apps</source>
        <translation>Apps</translation>
    </message>
    <message>
        <source>Vision</source>
        <translation>Vision</translation>
    </message>
    <message>
        <source>Current state</source>
        <translation>Current state</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>Solution</source>
        <translation>Solution</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Residents&apos; group</source>
        <translation>Residents&apos; group</translation>
    </message>
    <message>
        <source>Neighbouring municipality</source>
        <translation>Neighbouring municipality</translation>
    </message>
    <message>
        <source>Initial cost</source>
        <translation>Initial cost</translation>
    </message>
    <message>
        <source>Running cost</source>
        <translation>Running cost</translation>
    </message>
    <message>
        <source>Work hours saved</source>
        <translation>Work hours saved</translation>
    </message>
    <message>
        <source>Costs avoided</source>
        <translation>Costs avoided</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Revenue</translation>
    </message>
    <message>
        <source>Damage reduced</source>
        <translation>Damage reduced</translation>
    </message>
    <message>
        <source>Other benefit</source>
        <translation>Other benefit</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>National subsidy</source>
        <translation>National subsidy</translation>
    </message>
    <message>
        <source>Prefecture</source>
        <translation>Prefecture</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Mid-term</source>
        <translation>Mid-term</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Final</translation>
    </message>
    <message>
        <source>A section needs a heading.</source>
        <translation>A section needs a heading.</translation>
    </message>
    <message>
        <source>Unknown kind of entry.</source>
        <translation>Unknown kind of entry.</translation>
    </message>
    <message>
        <source>The entry needs a text.</source>
        <translation>The entry needs a text.</translation>
    </message>
    <message>
        <source>The entry it should go under is not in this plan.</source>
        <translation>The entry it should go under is not in this plan.</translation>
    </message>
    <message>
        <source>A vision stands at the top of the tree.</source>
        <translation>A vision stands at the top of the tree.</translation>
    </message>
    <message>
        <source>“%1” entries go under “%2” entries, not under “%3”.</source>
        <translation>“%1” entries go under “%2” entries, not under “%3”.</translation>
    </message>
    <message>
        <source>“%1” entries go under “%2” entries.</source>
        <translation>“%1” entries go under “%2” entries.</translation>
    </message>
    <message>
        <source>Unknown technology.</source>
        <translation>Unknown technology.</translation>
    </message>
    <message>
        <source>Only a solution has technologies, data and a partner.</source>
        <translation>Only a solution has technologies, data and a partner.</translation>
    </message>
    <message>
        <source>Unknown kind of member.</source>
        <translation>Unknown kind of member.</translation>
    </message>
    <message>
        <source>A member needs a name.</source>
        <translation>A member needs a name.</translation>
    </message>
    <message>
        <source>Only a department leads, and only a person is responsible.</source>
        <translation>Only a department leads, and only a person is responsible.</translation>
    </message>
    <message>
        <source>A member cannot report to itself or to someone under it.</source>
        <translation>A member cannot report to itself or to someone under it.</translation>
    </message>
    <message>
        <source>The member it reports to is not in this plan.</source>
        <translation>The member it reports to is not in this plan.</translation>
    </message>
    <message>
        <source>%1 already leads the plan.</source>
        <translation>%1 already leads the plan.</translation>
    </message>
    <message>
        <source>%1 is already the person responsible.</source>
        <translation>%1 is already the person responsible.</translation>
    </message>
    <message>
        <source>A milestone needs a title.</source>
        <translation>A milestone needs a title.</translation>
    </message>
    <message>
        <source>A milestone needs the date it is due.</source>
        <translation>A milestone needs the date it is due.</translation>
    </message>
    <message>
        <source>A milestone cannot start after it is due.</source>
        <translation>A milestone cannot start after it is due.</translation>
    </message>
    <message>
        <source>The budget&apos;s fiscal year must be between 1989 and 2200.</source>
        <translation>The budget&apos;s fiscal year must be between 1989 and 2200.</translation>
    </message>
    <message>
        <source>A KPI needs its indicator.</source>
        <translation>A KPI needs its indicator.</translation>
    </message>
    <message>
        <source>A KPI&apos;s years must be between 1989 and 2200.</source>
        <translation>A KPI&apos;s years must be between 1989 and 2200.</translation>
    </message>
    <message>
        <source>A KPI&apos;s target year cannot come before its baseline year.</source>
        <translation>A KPI&apos;s target year cannot come before its baseline year.</translation>
    </message>
    <message>
        <source>Unknown kind of cost or benefit.</source>
        <translation>Unknown kind of cost or benefit.</translation>
    </message>
    <message>
        <source>A cost or benefit needs its item.</source>
        <translation>A cost or benefit needs its item.</translation>
    </message>
    <message>
        <source>An amount cannot be negative (%1 yen).</source>
        <translation>An amount cannot be negative (%1 yen).</translation>
    </message>
    <message>
        <source>Year %1 is outside the evaluation period: years 0 to %2.</source>
        <translation>Year %1 is outside the evaluation period: years 0 to %2.</translation>
    </message>
    <message>
        <source>A cost needs who bears it.</source>
        <translation>A cost needs who bears it.</translation>
    </message>
    <message>
        <source>A risk needs to be described.</source>
        <translation>A risk needs to be described.</translation>
    </message>
    <message>
        <source>%1 has no selected application in this program: a plan is written for a selected application.</source>
        <translation>%1 has no selected application in this program: a plan is written for a selected application.</translation>
    </message>
    <message>
        <source>Only a selected application has a plan.</source>
        <translation>Only a selected application has a plan.</translation>
    </message>
    <message>
        <source>The evaluation period must be 1 to %1 years.</source>
        <translation>The evaluation period must be 1 to %1 years.</translation>
    </message>
    <message>
        <source>The discount rate must be between 0% and 20%.</source>
        <translation>The discount rate must be between 0% and 20%.</translation>
    </message>
    <message>
        <source>The plan&apos;s first fiscal year must be between 1989 and 2200.</source>
        <translation>The plan&apos;s first fiscal year must be between 1989 and 2200.</translation>
    </message>
    <message>
        <source>Unknown field.</source>
        <translation>Unknown field.</translation>
    </message>
    <message>
        <source>“%1” is in year %2, outside a period of %3 years: change or remove it first.</source>
        <translation>“%1” is in year %2, outside a period of %3 years: change or remove it first.</translation>
    </message>
    <message>
        <source>That entry of the plan is no longer there.</source>
        <translation>That entry of the plan is no longer there.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” has %n entries under it: move or remove them first.</source>
        <translation>
            <numerusform>“%1” has %n entry under it: move or remove it first.</numerusform>
            <numerusform>“%1” has %n entries under it: move or remove them first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” is in %n monthly reports: it stays, so that they keep their record.</source>
        <translation>
            <numerusform>“%1” is in %n monthly report: it stays, so that the report keeps its record.</numerusform>
            <numerusform>“%1” is in %n monthly reports: it stays, so that they keep their record.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown stage of a plan.</source>
        <translation>Unknown stage of a plan.</translation>
    </message>
    <message>
        <source>A version needs its date.</source>
        <translation>A version needs its date.</translation>
    </message>
    <message>
        <source>That version of the plan is no longer there.</source>
        <translation>That version of the plan is no longer there.</translation>
    </message>
    <message>
        <source>Only the newest version can be taken back.</source>
        <translation>Only the newest version can be taken back.</translation>
    </message>
    <message>
        <source>The stored version of the plan cannot be read: %1</source>
        <translation>The stored version of the plan cannot be read: %1</translation>
    </message>
    <message>
        <source>Partner business</source>
        <translation>Partner business</translation>
    </message>
</context>
<context>
    <name>iotdesk::core::PresentationSlotModel</name>
    <message>
        <source>Break</source>
        <translation>Break</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation>Presenter</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
</context>
<context>
    <name>iotdesk::core::ProgramMeetingModel</name>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Name (Japanese)</source>
        <translation>Name (Japanese)</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>Name (English)</translation>
    </message>
    <message>
        <source>Planned from</source>
        <translation>Planned from</translation>
    </message>
    <message>
        <source>Planned until</source>
        <translation>Planned until</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Days</translation>
    </message>
    <message>
        <source>Place (Japanese)</source>
        <translation>Place (Japanese)</translation>
    </message>
    <message>
        <source>Place (English)</source>
        <translation>Place (English)</translation>
    </message>
</context>
<context>
    <name>iotdesk::core::ProgramRepository</name>
    <message>
        <source>Final results meeting</source>
        <translation>Final results meeting</translation>
    </message>
    <message>
        <source>The program needs a Japanese name.</source>
        <translation>The program needs a Japanese name.</translation>
    </message>
    <message>
        <source>The fiscal year must lie between 2000 and 2100.</source>
        <translation>The fiscal year must lie between 2000 and 2100.</translation>
    </message>
    <message>
        <source>The application window needs a first and a last day.</source>
        <translation>The application window needs a first and a last day.</translation>
    </message>
    <message>
        <source>The application window ends before it starts.</source>
        <translation>The application window ends before it starts.</translation>
    </message>
    <message>
        <source>The selection cap must be between 1 and 1,741.</source>
        <translation>The selection cap must be between 1 and 1,741.</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address.</source>
        <translation>“%1” is not an e-mail address.</translation>
    </message>
    <message>
        <source>Meeting %1: each meeting needs its own position.</source>
        <translation>Meeting %1: each meeting needs its own position.</translation>
    </message>
    <message>
        <source>Meeting %1 needs a Japanese name.</source>
        <translation>Meeting %1 needs a Japanese name.</translation>
    </message>
    <message>
        <source>Meeting %1 needs a planned period.</source>
        <translation>Meeting %1 needs a planned period.</translation>
    </message>
    <message>
        <source>Meeting %1: the planned period ends before it starts.</source>
        <translation>Meeting %1: the planned period ends before it starts.</translation>
    </message>
    <message>
        <source>Meeting %1 must last between 1 and 14 days.</source>
        <translation>Meeting %1 must last between 1 and 14 days.</translation>
    </message>
    <message>
        <source>Meeting %1: %2 consecutive days do not fit in the planned period.</source>
        <translation>Meeting %1: %2 consecutive days do not fit in the planned period.</translation>
    </message>
    <message>
        <source>There is no program %1.</source>
        <translation>There is no program %1.</translation>
    </message>
    <message>
        <source>This program already exists for fiscal year %1.</source>
        <translation>This program already exists for fiscal year %1.</translation>
    </message>
    <message>
        <source>Central workshop</source>
        <translation>Central workshop</translation>
    </message>
    <message>
        <source>Local workshop</source>
        <translation>Local workshop</translation>
    </message>
    <message>
        <source>A bureau&apos;s limit cannot be negative.</source>
        <translation>A bureau&apos;s limit cannot be negative.</translation>
    </message>
    <message>
        <source>“%1” has sessions with dates, participants or files; it cannot be removed.</source>
        <translation>“%1” has sessions with dates, participants or files; it cannot be removed.</translation>
    </message>
    <message>
        <source>The report due day must be between 1 and 31.</source>
        <translation>The report due day must be between 1 and 31.</translation>
    </message>
    <message>
        <source>Meeting %1 is neither a workshop nor the final meeting.</source>
        <translation>Meeting %1 is neither a workshop nor the final meeting.</translation>
    </message>
</context>
<context>
    <name>iotdesk::core::ProgressSummaryData</name>
    <message>
        <source>%1 is not among the program&apos;s selected municipalities.</source>
        <translation>%1 is not among the program&apos;s selected municipalities.</translation>
    </message>
</context>
<context>
    <name>iotdesk::core::ReadOnlyConnection</name>
    <message>
        <source>“%1” changed while it was read; try again in a moment.</source>
        <translation>“%1” changed while it was read; try again in a moment.</translation>
    </message>
</context>
<context>
    <name>iotdesk::core::ReportGridModel</name>
    <message>
        <source>No report is due for this month.</source>
        <translation>No report is due for this month.</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Due %1</translation>
    </message>
    <message>
        <source>Received %1 (%2)</source>
        <translation>Received %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>Late by %n day(s)</source>
        <translation>
            <numerusform>Late by %n day</numerusform>
            <numerusform>Late by %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Reviewed %1 by %2</source>
        <translation>Reviewed %1 by %2</translation>
    </message>
    <message>
        <source>⚑ Neither a report nor any consultation this month.</source>
        <translation>⚑ Neither a report nor any consultation this month.</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message numerus="yes">
        <source>▲ %n milestone(s) of the plan delayed.</source>
        <translation>
            <numerusform>▲ %n milestone of the plan delayed.</numerusform>
            <numerusform>▲ %n milestones of the plan delayed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>iotdesk::core::ReportRepository</name>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <source>At a meeting</source>
        <translation>At a meeting</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Not yet due</source>
        <translation>Not yet due</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Reviewed</translation>
    </message>
    <message>
        <source>There is no report %1.</source>
        <translation>There is no report %1.</translation>
    </message>
    <message>
        <source>No report of %1 for %2 is scheduled: it is not selected, or the month is outside its reporting period.</source>
        <translation>No report of %1 for %2 is scheduled: it is not selected, or the month is outside its reporting period.</translation>
    </message>
    <message>
        <source>The received date is not a date.</source>
        <translation>The received date is not a date.</translation>
    </message>
    <message>
        <source>Say how the report came (e-mail, post, fax, at a meeting, other).</source>
        <translation>Say how the report came (e-mail, post, fax, at a meeting, other).</translation>
    </message>
    <message>
        <source>A report is reviewed only once it has been received.</source>
        <translation>A report is reviewed only once it has been received.</translation>
    </message>
    <message>
        <source>The review date is before the report was received.</source>
        <translation>The review date is before the report was received.</translation>
    </message>
    <message>
        <source>The report for %1 cannot have been received before that month began.</source>
        <translation>The report for %1 cannot have been received before that month began.</translation>
    </message>
    <message>
        <source>%1 is still to come: a report is recorded as received or reviewed on the day it was.</source>
        <translation>%1 is still to come: a report is recorded as received or reviewed on the day it was.</translation>
    </message>
    <message>
        <source>Not received</source>
        <translation>Not received</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Not started</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>On track</translation>
    </message>
    <message>
        <source>Delayed</source>
        <translation>Delayed</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Unknown state of a milestone.</source>
        <translation>Unknown state of a milestone.</translation>
    </message>
    <message>
        <source>Give “%1” a state for its note.</source>
        <translation>Give “%1” a state for its note.</translation>
    </message>
    <message>
        <source>“%1” is not a milestone of this municipality&apos;s plan.</source>
        <translation>“%1” is not a milestone of this municipality&apos;s plan.</translation>
    </message>
</context>
<context>
    <name>iotdesk::core::ReviewRepository</name>
    <message>
        <source>MIC division</source>
        <translation>MIC division</translation>
    </message>
    <message>
        <source>Regional bureau</source>
        <translation>Regional bureau</translation>
    </message>
    <message>
        <source>Support contractor</source>
        <translation>Support contractor</translation>
    </message>
    <message>
        <source>Additional documents</source>
        <translation>Additional documents</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <source>Hearing</source>
        <translation>Hearing</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Answered</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>A reviewer needs a name.</source>
        <translation>A reviewer needs a name.</translation>
    </message>
    <message>
        <source>“%1” is not an affiliation.</source>
        <translation>“%1” is not an affiliation.</translation>
    </message>
    <message>
        <source>A reviewer of a regional bureau names the bureau.</source>
        <translation>A reviewer of a regional bureau names the bureau.</translation>
    </message>
    <message>
        <source>Scores run from 1 to 5.</source>
        <translation>Scores run from 1 to 5.</translation>
    </message>
    <message>
        <source>This reviewer declared a conflict of interest (%1) and cannot score this application.</source>
        <translation>This reviewer declared a conflict of interest (%1) and cannot score this application.</translation>
    </message>
    <message>
        <source>A conflict of interest needs its reason.</source>
        <translation>A conflict of interest needs its reason.</translation>
    </message>
    <message>
        <source>There is no application %1.</source>
        <translation>There is no application %1.</translation>
    </message>
    <message>
        <source>“%1” is not a kind of request.</source>
        <translation>“%1” is not a kind of request.</translation>
    </message>
    <message>
        <source>A request needs the date it was made.</source>
        <translation>A request needs the date it was made.</translation>
    </message>
    <message>
        <source>A request needs what was asked.</source>
        <translation>A request needs what was asked.</translation>
    </message>
    <message>
        <source>“%1” is not a state of a request.</source>
        <translation>“%1” is not a state of a request.</translation>
    </message>
    <message>
        <source>An answered request needs the date of the answer.</source>
        <translation>An answered request needs the date of the answer.</translation>
    </message>
    <message>
        <source>The answer cannot come before the question.</source>
        <translation>The answer cannot come before the question.</translation>
    </message>
    <message>
        <source>This reviewer has given scores and cannot be removed; mark them inactive instead.</source>
        <translation>This reviewer has given scores and cannot be removed; mark them inactive instead.</translation>
    </message>
    <message>
        <source>There is no request %1.</source>
        <translation>There is no request %1.</translation>
    </message>
    <message>
        <source>%1 is still to come: record a review on the day it is given.</source>
        <translation>%1 is still to come: record a review on the day it is given.</translation>
    </message>
    <message>
        <source>The application was received on %1: it cannot have been reviewed on %2.</source>
        <translation>The application was received on %1: it cannot have been reviewed on %2.</translation>
    </message>
    <message>
        <source>The request cannot have been made on %1, before the application was received on %2.</source>
        <translation>The request cannot have been made on %1, before the application was received on %2.</translation>
    </message>
</context>
<context>
    <name>iotdesk::core::SchemaMigrator</name>
    <message>
        <source>The schema script %1 is missing from the program.</source>
        <translation>The schema script %1 is missing from the program.</translation>
    </message>
    <message>
        <source>Upgrading the file to schema version %1 failed; the file was left as it was. %2</source>
        <translation>Upgrading the file to schema version %1 failed; the file was left as it was. %2</translation>
    </message>
    <message>
        <source>A schema statement is not complete: %1</source>
        <translation>A schema statement is not complete: %1</translation>
    </message>
    <message>
        <source>A schema statement failed: %1</source>
        <translation>A schema statement failed: %1</translation>
    </message>
    <message>
        <source>Upgrading the database to schema version %1 failed; the database was left as it was. %2</source>
        <translation>Upgrading the database to schema version %1 failed; the database was left as it was. %2</translation>
    </message>
</context>
<context>
    <name>iotdesk::core::SelectionBoardModel</name>
    <message>
        <source>%1 (tie)</source>
        <translation>%1 (tie)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>proposed</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Bureau</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation>Eligibility</translation>
    </message>
    <message>
        <source>Scored</source>
        <translation>Scored</translation>
    </message>
    <message>
        <source>Proactiveness</source>
        <translation>Proactiveness</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Spread</source>
        <translation>Spread</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Proposal</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
</context>
<context>
    <name>iotdesk::core::SelectionOptimizer</name>
    <message>
        <source>Its bureau already has %1 selected, its limit.</source>
        <translation>Its bureau already has %1 selected, its limit.</translation>
    </message>
    <message>
        <source>Ranked %1; takes a place that a bureau&apos;s limit left free.</source>
        <translation>Ranked %1; takes a place that a bureau&apos;s limit left free.</translation>
    </message>
    <message>
        <source>Another application with the same score takes its place.</source>
        <translation>Another application with the same score takes its place.</translation>
    </message>
</context>
<context>
    <name>iotdesk::core::SenderGovernment</name>
    <message>
        <source> or </source>
        <translation> or </translation>
    </message>
</context>
<context>
    <name>iotdesk::core::ServerAddress</name>
    <message>
        <source>“%1” is not a server address; write it as postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>“%1” is not a server address; write it as postgresql://USER@HOST:PORT/DATABASE.</translation>
    </message>
    <message>
        <source>“%1” is not a TLS mode; it is one of %2.</source>
        <translation>“%1” is not a TLS mode; it is one of %2.</translation>
    </message>
    <message>
        <source>“%1” in the server address is not understood (sslmode and sslrootcert are).</source>
        <translation>“%1” in the server address is not understood (sslmode and sslrootcert are).</translation>
    </message>
    <message>
        <source>“%1” is not the name of a database.</source>
        <translation>“%1” is not the name of a database.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 on %2</translation>
    </message>
    <message>
        <source>%1 on %2 as %3</source>
        <translation>%1 on %2 as %3</translation>
    </message>
</context>
<context>
    <name>iotdesk::core::ServerRoles</name>
    <message>
        <source>Coordinator</source>
        <translation>Coordinator</translation>
    </message>
    <message>
        <source>Consultant</source>
        <translation>Consultant</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Reviewer</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>Viewer</translation>
    </message>
    <message>
        <source>A user needs a name without spaces around it.</source>
        <translation>A user needs a name without spaces around it.</translation>
    </message>
    <message>
        <source>That is not a role.</source>
        <translation>That is not a role.</translation>
    </message>
    <message>
        <source>Only a reviewer belongs to a bureau.</source>
        <translation>Only a reviewer belongs to a bureau.</translation>
    </message>
    <message>
        <source>The roles script is missing from the program.</source>
        <translation>The roles script is missing from the program.</translation>
    </message>
    <message>
        <source>A password has at least 8 characters.</source>
        <translation>A password has at least 8 characters.</translation>
    </message>
    <message>
        <source>There is already a user “%1”.</source>
        <translation>There is already a user “%1”.</translation>
    </message>
    <message>
        <source>There is no user “%1” here.</source>
        <translation>There is no user “%1” here.</translation>
    </message>
</context>
<context>
    <name>iotdesk::core::SessionListModel</name>
    <message>
        <source>%1 (no longer selected)</source>
        <translation>%1 (no longer selected)</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Venue</translation>
    </message>
    <message>
        <source>Consultants</source>
        <translation>Consultants</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
</context>
<context>
    <name>iotdesk::core::StorageError</name>
    <message>
        <source>The file is damaged (%1). Nothing more was changed in it. Restore a backup (File ▸ Restore Backup), or check it with “iotdesk-cli check”.</source>
        <translation>The file is damaged (%1). Nothing more was changed in it. Restore a backup (File ▸ Restore Backup), or check it with “iotdesk-cli check”.</translation>
    </message>
    <message>
        <source>The disk is full: nothing was saved. Free some space on it and try again.</source>
        <translation>The disk is full: nothing was saved. Free some space on it and try again.</translation>
    </message>
    <message>
        <source>Nothing was saved: the file is open read-only (it is on read-only media, it is being checked, or it cannot be written by you).</source>
        <translation>Nothing was saved: the file is open read-only (it is on read-only media, it is being checked, or it cannot be written by you).</translation>
    </message>
    <message>
        <source>The disk could not be read or written (%1): nothing was saved. Check the disk or the network drive, and try again.</source>
        <translation>The disk could not be read or written (%1): nothing was saved. Check the disk or the network drive, and try again.</translation>
    </message>
    <message>
        <source>The file is busy: another program or person is writing to it. Nothing was saved; try again in a moment.</source>
        <translation>The file is busy: another program or person is writing to it. Nothing was saved; try again in a moment.</translation>
    </message>
    <message>
        <source>The application could not be read or saved: %1</source>
        <translation>The application could not be read or saved: %1</translation>
    </message>
    <message>
        <source>The consultation could not be read or saved: %1</source>
        <translation>The consultation could not be read or saved: %1</translation>
    </message>
    <message>
        <source>The contact could not be read or saved: %1</source>
        <translation>The contact could not be read or saved: %1</translation>
    </message>
    <message>
        <source>The file could not be read or saved: %1</source>
        <translation>The file could not be read or saved: %1</translation>
    </message>
    <message>
        <source>Could not read the local governments: %1</source>
        <translation>Could not read the local governments: %1</translation>
    </message>
    <message>
        <source>Could not store the master data: %1</source>
        <translation>Could not store the master data: %1</translation>
    </message>
    <message>
        <source>The meeting could not be read or saved: %1</source>
        <translation>The meeting could not be read or saved: %1</translation>
    </message>
    <message>
        <source>The program could not be read or saved: %1</source>
        <translation>The program could not be read or saved: %1</translation>
    </message>
    <message>
        <source>The report could not be read or saved: %1</source>
        <translation>The report could not be read or saved: %1</translation>
    </message>
    <message>
        <source>The review could not be read or saved: %1</source>
        <translation>The review could not be read or saved: %1</translation>
    </message>
    <message>
        <source>Not saved: your role on the team database (%1) may not make this change. A coordinator can make it, or give you another role.</source>
        <translation>Not saved: your role on the team database (%1) may not make this change. A coordinator can make it, or give you another role.</translation>
    </message>
    <message>
        <source>Not saved: your role on the team database (%1) may make this change only for the applications of your own bureau.</source>
        <translation>Not saved: your role on the team database (%1) may make this change only for the applications of your own bureau.</translation>
    </message>
    <message>
        <source>The lesson learned could not be read or saved: %1</source>
        <translation>The lesson learned could not be read or saved: %1</translation>
    </message>
    <message>
        <source>The plan could not be read or saved: %1</source>
        <translation>The plan could not be read or saved: %1</translation>
    </message>
</context>
<context>
    <name>iotdesk::core::TableFileWriter</name>
    <message>
        <source>“%1” cannot be written: %2</source>
        <translation>“%1” cannot be written: %2</translation>
    </message>
    <message>
        <source>“%1” cannot be written: the folder does not exist.</source>
        <translation>“%1” cannot be written: the folder does not exist.</translation>
    </message>
    <message>
        <source>“%1” cannot be written.</source>
        <translation>“%1” cannot be written.</translation>
    </message>
    <message>
        <source>More than an Excel sheet holds (1,048,575 rows): narrow the filters, or export as CSV.</source>
        <translation>More than an Excel sheet holds (1,048,575 rows): narrow the filters, or export as CSV.</translation>
    </message>
    <message>
        <source>Choose a file ending in .csv or .xlsx.</source>
        <translation>Choose a file ending in .csv or .xlsx.</translation>
    </message>
</context>
<context>
    <name>iotdesk::core::TextDecoder</name>
    <message>
        <source>The %1 converter is not available (%2).</source>
        <translation>The %1 converter is not available (%2).</translation>
    </message>
    <message>
        <source>Line %1: the bytes are not valid %2 text.</source>
        <translation>Line %1: the bytes are not valid %2 text.</translation>
    </message>
    <message>
        <source>Line %1: the %2 text could not be converted (%3).</source>
        <translation>Line %1: the %2 text could not be converted (%3).</translation>
    </message>
</context>
<context>
    <name>iotdesk::core::Transaction</name>
    <message>
        <source>Could not start a transaction: %1</source>
        <translation>Could not start a transaction: %1</translation>
    </message>
    <message>
        <source>The transaction is no longer active.</source>
        <translation>The transaction is no longer active.</translation>
    </message>
    <message>
        <source>Could not save the change: %1</source>
        <translation>Could not save the change: %1</translation>
    </message>
</context>
<context>
    <name>iotdesk::core::YearCalendarModel</name>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Applications open</source>
        <translation>Applications open</translation>
    </message>
    <message>
        <source>Applications close</source>
        <translation>Applications close</translation>
    </message>
    <message>
        <source>%1: planned period</source>
        <translation>%1: planned period</translation>
    </message>
</context>
<context>
    <name>iotdesk::ui::AgendaTab</name>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Speaker</translation>
    </message>
    <message>
        <source>Line %1: the day is a number (1, 2, …).</source>
        <translation>Line %1: the day is a number (1, 2, …).</translation>
    </message>
    <message>
        <source>&amp;Save Agenda</source>
        <translation>&amp;Save Agenda</translation>
    </message>
</context>
<context>
    <name>iotdesk::ui::ApplicationDialog</name>
    <message>
        <source>New Application</source>
        <translation>New Application</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>Code or name, e.g. 132063 or 東京都府中市</source>
        <translation>Code or name, e.g. 132063 or 東京都府中市</translation>
    </message>
    <message>
        <source>Joint applicants, separated by 、</source>
        <translation>Joint applicants, separated by 、</translation>
    </message>
    <message>
        <source>Received by e-mail</source>
        <translation>Received by e-mail</translation>
    </message>
    <message>
        <source>Received (Japan time):</source>
        <translation>Received (Japan time):</translation>
    </message>
    <message>
        <source>Sender:</source>
        <translation>Sender:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Subject:</translation>
    </message>
    <message>
        <source>Attachments:</source>
        <translation>Attachments:</translation>
    </message>
    <message>
        <source>Applicants</source>
        <translation>Applicants</translation>
    </message>
    <message>
        <source>Lead:</source>
        <translation>Lead:</translation>
    </message>
    <message>
        <source>Joint:</source>
        <translation>Joint:</translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation>Eligibility</translation>
    </message>
    <message>
        <source>Reports its activities about monthly</source>
        <translation>Reports its activities about monthly</translation>
    </message>
    <message>
        <source>Hosts workshop 2 in its own area</source>
        <translation>Hosts workshop 2 in its own area</translation>
    </message>
    <message>
        <source>Attends workshops 1 and 3 and the final meeting</source>
        <translation>Attends workshops 1 and 3 and the final meeting</translation>
    </message>
    <message>
        <source>Introduced IoT through: %1</source>
        <translation>Introduced IoT through: %1</translation>
    </message>
    <message>
        <source>Has a comprehensive regional partnership agreement for ICT/IoT</source>
        <translation>Has a comprehensive regional partnership agreement for ICT/IoT</translation>
    </message>
    <message>
        <source>— not answered</source>
        <translation>— not answered</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Opinions</source>
        <translation>Opinions</translation>
    </message>
    <message>
        <source>Regional bureau:</source>
        <translation>Regional bureau:</translation>
    </message>
    <message>
        <source>Contractor:</source>
        <translation>Contractor:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Role in the project</source>
        <translation>Role in the project</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Member municipalities</source>
        <translation>Member municipalities</translation>
    </message>
    <message>
        <source>Codes or names, separated by 、</source>
        <translation>Codes or names, separated by 、</translation>
    </message>
    <message>
        <source>Contact persons</source>
        <translation>Contact persons</translation>
    </message>
    <message>
        <source>Partner businesses and bodies</source>
        <translation>Partner businesses and bodies</translation>
    </message>
    <message>
        <source>Multi-area frameworks</source>
        <translation>Multi-area frameworks</translation>
    </message>
    <message>
        <source>Contacts, Partners and Frameworks</source>
        <translation>Contacts, Partners and Frameworks</translation>
    </message>
    <message>
        <source>Name one local government as the lead; the others are joint applicants.</source>
        <translation>Name one local government as the lead; the others are joint applicants.</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
</context>
<context>
    <name>iotdesk::ui::ApplicationMailDialog</name>
    <message>
        <source>Import Application Mail</source>
        <translation>Import Application Mail</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <source>Lead local government</source>
        <translation>Lead local government</translation>
    </message>
    <message numerus="yes">
        <source>Take In %n Application(s)</source>
        <translation>
            <numerusform>Take In %n Application</numerusform>
            <numerusform>Take In %n Applications</numerusform>
        </translation>
    </message>
    <message>
        <source>Recognised as</source>
        <translation>Recognised as</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>Left out:</source>
        <translation>Left out:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>From:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Subject:</translation>
    </message>
    <message>
        <source>Received:</source>
        <translation>Received:</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Text:</translation>
    </message>
    <message>
        <source>Attachments:</source>
        <translation>Attachments:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Attachments of %1 exceed the 10 MB MIC can receive by mail: the applicant must consult MIC.</source>
        <translation>Attachments of %1 exceed the 10 MB MIC can receive by mail: the applicant must consult MIC.</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Size:</translation>
    </message>
    <message>
        <source>Each mail is taken in as one application, with its attached files. Check the lead local government of each mail: where the sender names none, or the mail domain fits several, choose a candidate or type a code (6 digits), a name or a reading; the local government it names is shown beside it. Mails with more than 10 MB of attachments are marked: MIC cannot receive them by mail, so the applicant must consult MIC. Files that are not mails, and mails taken in already, are left out.</source>
        <translation>Each mail is taken in as one application, with its attached files. Check the lead local government of each mail: where the sender names none, or the mail domain fits several, choose a candidate or type a code (6 digits), a name or a reading; the local government it names is shown beside it. Mails with more than 10 MB of attachments are marked: MIC cannot receive them by mail, so the applicant must consult MIC. Files that are not mails, and mails taken in already, are left out.</translation>
    </message>
    <message>
        <source>%1 (over)</source>
        <comment>over the 10 MB mail limit</comment>
        <translation>%1 (over)</translation>
    </message>
</context>
<context>
    <name>iotdesk::ui::ApplicationsPage</name>
    <message>
        <source>&amp;Program:</source>
        <translation>&amp;Program:</translation>
    </message>
    <message>
        <source>Import from CSV…</source>
        <translation>Import from CSV…</translation>
    </message>
    <message>
        <source>Applications from a CSV file in UTF-8 or Shift_JIS (CP932); all or nothing.</source>
        <translation>Applications from a CSV file in UTF-8 or Shift_JIS (CP932); all or nothing.</translation>
    </message>
    <message>
        <source>Write Receipt Confirmation…</source>
        <translation>Write Receipt Confirmation…</translation>
    </message>
    <message>
        <source>Copy Confirmation Text</source>
        <translation>Copy Confirmation Text</translation>
    </message>
    <message numerus="yes">
        <source>%Ln application(s); %2 ineligible; %3 confirmation(s) due or overdue</source>
        <translation>
            <numerusform>%Ln application; %2 ineligible; %3 confirmation(s) due or overdue</numerusform>
            <numerusform>%Ln applications; %2 ineligible; %3 confirmation(s) due or overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>Select an application to see its details.</source>
        <translation>Select an application to see its details.</translation>
    </message>
    <message>
        <source>Joint applicants: %1</source>
        <translation>Joint applicants: %1</translation>
    </message>
    <message>
        <source>Received %1 from %2 (%3), attachments %4.</source>
        <translation>Received %1 from %2 (%3), attachments %4.</translation>
    </message>
    <message>
        <source>Over 10 MB: MIC cannot receive such mail; the applicant must consult MIC first.</source>
        <translation>Over 10 MB: MIC cannot receive such mail; the applicant must consult MIC first.</translation>
    </message>
    <message>
        <source>Not answered: %1</source>
        <translation>Not answered: %1</translation>
    </message>
    <message>
        <source>Contact: %1</source>
        <translation>Contact: %1</translation>
    </message>
    <message>
        <source>Partner: %1 (%2) — %3</source>
        <translation>Partner: %1 (%2) — %3</translation>
    </message>
    <message>
        <source>Framework: %1 %2 (%3)</source>
        <translation>Framework: %1 %2 (%3)</translation>
    </message>
    <message>
        <source>Review: %1 of %2 scored</source>
        <translation>Review: %1 of %2 scored</translation>
    </message>
    <message>
        <source>Decision: %1</source>
        <translation>Decision: %1</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>Select an application first.</source>
        <translation>Select an application first.</translation>
    </message>
    <message>
        <source>Import Applications</source>
        <translation>Import Applications</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV files (*.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>No mail program could be opened; the text was copied to the clipboard instead.</source>
        <translation>No mail program could be opened; the text was copied to the clipboard instead.</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Applications</translation>
    </message>
    <message>
        <source>New Application…</source>
        <translation>New Application…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Requests…</source>
        <translation>Requests…</translation>
    </message>
    <message>
        <source>Additional documents, explanations and hearings asked of the applicant, and their answers.</source>
        <translation>Additional documents, explanations and hearings asked of the applicant, and their answers.</translation>
    </message>
    <message>
        <source>Members: %1</source>
        <translation>Members: %1</translation>
    </message>
    <message>
        <source>Still to score: %1</source>
        <translation>Still to score: %1</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Show:</translation>
    </message>
    <message>
        <source>All applications</source>
        <translation>All applications</translation>
    </message>
    <message>
        <source>Confirmation due or overdue</source>
        <translation>Confirmation due or overdue</translation>
    </message>
    <message>
        <source>Ineligible or incomplete</source>
        <translation>Ineligible or incomplete</translation>
    </message>
    <message>
        <source>Still being reviewed</source>
        <translation>Still being reviewed</translation>
    </message>
    <message>
        <source>Not yet decided</source>
        <translation>Not yet decided</translation>
    </message>
    <message>
        <source>Import from Mail…</source>
        <translation>Import from Mail…</translation>
    </message>
    <message>
        <source>Applications from saved mails (.eml): received time, sender, size and attached files; .eml files can also be dropped on this page.</source>
        <translation>Applications from saved mails (.eml): received time, sender, size and attached files; .eml files can also be dropped on this page.</translation>
    </message>
    <message>
        <source>Import Application Mail</source>
        <translation>Import Application Mail</translation>
    </message>
    <message>
        <source>Saved mails (*.eml);;All files (*)</source>
        <translation>Saved mails (*.eml);;All files (*)</translation>
    </message>
    <message>
        <source>Create a program first: applications belong to a program.</source>
        <translation>Create a program first: applications belong to a program.</translation>
    </message>
    <message>
        <source>No application mail to take in.</source>
        <translation>No application mail to take in.</translation>
    </message>
    <message numerus="yes">
        <source>%n application(s) taken in.</source>
        <translation>
            <numerusform>%n application taken in.</numerusform>
            <numerusform>%n applications taken in.</numerusform>
        </translation>
    </message>
    <message>
        <source>Record the Confirmation Sent</source>
        <translation>Record the Confirmation Sent</translation>
    </message>
    <message>
        <source>Sent &amp;on:</source>
        <translation>Sent &amp;on:</translation>
    </message>
    <message>
        <source>Record Confirmation Sent…</source>
        <translation>Record Confirmation Sent…</translation>
    </message>
    <message numerus="yes">
        <source>%n application(s) imported.</source>
        <translation>
            <numerusform>%n application imported.</numerusform>
            <numerusform>%n applications imported.</numerusform>
        </translation>
    </message>
    <message>
        <source>The confirmation text is on the clipboard.</source>
        <translation>The confirmation text is on the clipboard.</translation>
    </message>
</context>
<context>
    <name>iotdesk::ui::Casebook</name>
    <message>
        <source>Final</source>
        <translation>Final</translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>No. %1</translation>
    </message>
    <message>
        <source>Points for regional IoT implementation planning</source>
        <translation>Points for regional IoT implementation planning</translation>
    </message>
    <message numerus="yes">
        <source>~ hints from the tracks of %n local government(s) ~</source>
        <translation>
            <numerusform>~ hints from the track of %n local government ~</numerusform>
            <numerusform>~ hints from the tracks of %n local governments ~</numerusform>
        </translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>as of %1</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Contents</translation>
    </message>
    <message>
        <source>Lessons by phase</source>
        <translation>Lessons by phase</translation>
    </message>
    <message>
        <source>The track through the year</source>
        <translation>The track through the year</translation>
    </message>
    <message>
        <source>%1 consultations this fiscal year; %2 of %3 monthly reports received.</source>
        <translation>%1 consultations this fiscal year; %2 of %3 monthly reports received.</translation>
    </message>
    <message>
        <source>Lessons learned</source>
        <translation>Lessons learned</translation>
    </message>
    <message>
        <source>No lesson has been approved for publication yet.</source>
        <translation>No lesson has been approved for publication yet.</translation>
    </message>
</context>
<context>
    <name>iotdesk::ui::CommitmentsTab</name>
    <message>
        <source>What each selected municipality promised when applying (“Promised”), and whether it kept it: someone attended every day of each meeting in Tokyo, and it hosted its local workshop. Green: kept; red: a gap; white: still ahead.</source>
        <translation>What each selected municipality promised when applying (“Promised”), and whether it kept it: someone attended every day of each meeting in Tokyo, and it hosted its local workshop. Green: kept; red: a gap; white: still ahead.</translation>
    </message>
</context>
<context>
    <name>iotdesk::ui::ConflictPrompt</name>
    <message>
        <source>Changed by Someone Else</source>
        <translation>Changed by Someone Else</translation>
    </message>
    <message>
        <source>What you typed is kept. Reload and Reapply shows the record as it is stored now with your changes put back on top, for you to check and save again.</source>
        <translation>What you typed is kept. Reload and Reapply shows the record as it is stored now with your changes put back on top, for you to check and save again.</translation>
    </message>
    <message>
        <source>&amp;Reload and Reapply</source>
        <translation>&amp;Reload and Reapply</translation>
    </message>
    <message>
        <source>&amp;Keep Editing</source>
        <translation>&amp;Keep Editing</translation>
    </message>
    <message>
        <source>&amp;Discard My Changes</source>
        <translation>&amp;Discard My Changes</translation>
    </message>
    <message>
        <source>Not Saved</source>
        <translation>Not Saved</translation>
    </message>
    <message>
        <source>What you typed is kept: correct it and save again, or cancel.</source>
        <translation>What you typed is kept: correct it and save again, or cancel.</translation>
    </message>
    <message>
        <source>Reloaded as stored now, with your changes put back on top: check and save.</source>
        <translation>Reloaded as stored now, with your changes put back on top: check and save.</translation>
    </message>
</context>
<context>
    <name>iotdesk::ui::ConnectDialog</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Connect to Team Database</source>
        <translation>Connect to Team Database</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>New connection</translation>
    </message>
    <message>
        <source>e.g. db.example.lg.jp</source>
        <translation>e.g. db.example.lg.jp</translation>
    </message>
    <message>
        <source>Encrypted, server verified (verify-full)</source>
        <translation>Encrypted, server verified (verify-full)</translation>
    </message>
    <message>
        <source>Encrypted, certificate authority checked (verify-ca)</source>
        <translation>Encrypted, certificate authority checked (verify-ca)</translation>
    </message>
    <message>
        <source>Encrypted, server not verified (require)</source>
        <translation>Encrypted, server not verified (require)</translation>
    </message>
    <message>
        <source>Encrypted if the server offers it (prefer)</source>
        <translation>Encrypted if the server offers it (prefer)</translation>
    </message>
    <message>
        <source>Not encrypted (disable)</source>
        <translation>Not encrypted (disable)</translation>
    </message>
    <message>
        <source>The certificate authority&apos;s file (.crt)</source>
        <translation>The certificate authority&apos;s file (.crt)</translation>
    </message>
    <message>
        <source>C&amp;onnect</source>
        <translation>C&amp;onnect</translation>
    </message>
    <message>
        <source>&amp;Recent:</source>
        <translation>&amp;Recent:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>&amp;Encryption:</translation>
    </message>
    <message>
        <source>&amp;Certificate authority:</source>
        <translation>&amp;Certificate authority:</translation>
    </message>
    <message>
        <source>Certificate Authority</source>
        <translation>Certificate Authority</translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem);;All files (*)</source>
        <translation>Certificates (*.crt *.pem);;All files (*)</translation>
    </message>
    <message>
        <source>Name the server (its host name or address).</source>
        <translation>Name the server (its host name or address).</translation>
    </message>
    <message>
        <source>Name the database (iotdesk, unless your administrator says otherwise).</source>
        <translation>Name the database (iotdesk, unless your administrator says otherwise).</translation>
    </message>
    <message>
        <source>Give your user name on the team database.</source>
        <translation>Give your user name on the team database.</translation>
    </message>
    <message>
        <source>Verifying the server needs the certificate authority&apos;s file.</source>
        <translation>Verifying the server needs the certificate authority&apos;s file.</translation>
    </message>
    <message>
        <source>&amp;Keep the password in the system keychain</source>
        <translation>&amp;Keep the password in the system keychain</translation>
    </message>
    <message>
        <source>Used for this connection only</source>
        <translation>Used for this connection only</translation>
    </message>
    <message>
        <source>Kept in the system keychain</source>
        <translation>Kept in the system keychain</translation>
    </message>
</context>
<context>
    <name>iotdesk::ui::ConsultationDialog</name>
    <message>
        <source>Name the local government: a code, a name or its reading.</source>
        <translation>Name the local government: a code, a name or its reading.</translation>
    </message>
    <message>
        <source>Log Consultation</source>
        <translation>Log Consultation</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>Consultation</translation>
    </message>
    <message>
        <source>Code, name or reading, e.g. 132063, 府中市, ふちゅう</source>
        <translation>Code, name or reading, e.g. 132063, 府中市, ふちゅう</translation>
    </message>
    <message>
        <source>Name; completed from the people known there</source>
        <translation>Name; completed from the people known there</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>What has to follow, if anything</source>
        <translation>What has to follow, if anything</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>no date</translation>
    </message>
    <message>
        <source>&amp;When (Japan time):</source>
        <translation>&amp;When (Japan time):</translation>
    </message>
    <message>
        <source>&amp;Local government:</source>
        <translation>&amp;Local government:</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>Department:</translation>
    </message>
    <message>
        <source>C&amp;ounterpart:</source>
        <translation>C&amp;ounterpart:</translation>
    </message>
    <message>
        <source>Co&amp;nsultant:</source>
        <translation>Co&amp;nsultant:</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>Duration:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>C&amp;hannel:</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Topics</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>&amp;Summary:</translation>
    </message>
    <message>
        <source>&amp;Advice given:</source>
        <translation>&amp;Advice given:</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>Due:</translation>
    </message>
    <message>
        <source>&amp;Follow-up:</source>
        <translation>&amp;Follow-up:</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>the consultant</source>
        <translation>the consultant</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Owner:</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>nobody</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(nobody)</translation>
    </message>
</context>
<context>
    <name>iotdesk::ui::ConsultationsPage</name>
    <message>
        <source>Delete Consultation</source>
        <translation>Delete Consultation</translation>
    </message>
    <message>
        <source>Delete the selected consultation? Edit ▸ Undo brings it back.</source>
        <translation>Delete the selected consultation? Edit ▸ Undo brings it back.</translation>
    </message>
    <message>
        <source>Export Consultations</source>
        <translation>Export Consultations</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel workbooks (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Next Follow-up</source>
        <translation>Next Follow-up</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>Action:</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>Due:</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Log</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Search summaries, advice and mails</source>
        <translation>Search summaries, advice and mails</translation>
    </message>
    <message>
        <source>Local government</source>
        <translation>Local government</translation>
    </message>
    <message>
        <source>A code or a name; Enter applies it.</source>
        <translation>A code or a name; Enter applies it.</translation>
    </message>
    <message>
        <source>Open follow-ups</source>
        <translation>Open follow-ups</translation>
    </message>
    <message>
        <source>Clear Filters</source>
        <translation>Clear Filters</translation>
    </message>
    <message>
        <source>From (Japan date)</source>
        <translation>From (Japan date)</translation>
    </message>
    <message>
        <source>To (Japan date)</source>
        <translation>To (Japan date)</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>All channels</translation>
    </message>
    <message>
        <source>All topics</source>
        <translation>All topics</translation>
    </message>
    <message>
        <source>Log Consultation…</source>
        <translation>Log Consultation…</translation>
    </message>
    <message>
        <source>Ctrl+L, from any page</source>
        <translation>Ctrl+L, from any page</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Timeline…</source>
        <translation>Timeline…</translation>
    </message>
    <message>
        <source>Every consultation with this local government, newest first, for reading before calling back.</source>
        <translation>Every consultation with this local government, newest first, for reading before calling back.</translation>
    </message>
    <message>
        <source>Import Mail…</source>
        <translation>Import Mail…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <source>Export Excel…</source>
        <translation>Export Excel…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Done &amp;&amp; Schedule Next…</source>
        <translation>Done &amp;&amp; Schedule Next…</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Consulted</source>
        <translation>Consulted</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>By local government</source>
        <translation>By local government</translation>
    </message>
    <message>
        <source>By consultant</source>
        <translation>By consultant</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Consultations</source>
        <translation>Consultations</translation>
    </message>
    <message>
        <source>All consultants</source>
        <translation>All consultants</translation>
    </message>
    <message>
        <source>Every owner</source>
        <translation>Every owner</translation>
    </message>
    <message>
        <source>The %L1 most recently logged matches; there are more — add a word or a filter to narrow them.</source>
        <translation>The %L1 most recently logged matches; there are more — add a word or a filter to narrow them.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln consultation(s)</source>
        <translation>
            <numerusform>%Ln consultation</numerusform>
            <numerusform>%Ln consultations</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a consultation to read it.</source>
        <translation>Select a consultation to read it.</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Counterpart: %1</source>
        <translation>Counterpart: %1</translation>
    </message>
    <message>
        <source>Consultant: %1</source>
        <translation>Consultant: %1</translation>
    </message>
    <message>
        <source>Topics: %1</source>
        <translation>Topics: %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Advice given</source>
        <translation>Advice given</translation>
    </message>
    <message>
        <source>Follow-up: %1 (due %2)</source>
        <translation>Follow-up: %1 (due %2)</translation>
    </message>
    <message>
        <source>Follow-up done %2: %1</source>
        <translation>Follow-up done %2: %1</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>From: %1</translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation>To: %1</translation>
    </message>
    <message>
        <source>Cc: %1</source>
        <translation>Cc: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln consultation(s) written to %1.</source>
        <translation>
            <numerusform>%Ln consultation written to %1.</numerusform>
            <numerusform>%Ln consultations written to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Mail</source>
        <translation>Import Mail</translation>
    </message>
    <message>
        <source>Saved mails (*.eml);;All files (*)</source>
        <translation>Saved mails (*.eml);;All files (*)</translation>
    </message>
    <message>
        <source>No consultation yet.</source>
        <translation>No consultation yet.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>People…</source>
        <translation>People…</translation>
    </message>
    <message>
        <source>The people of this local government, or the consultants: names, readings, e-mail addresses (which let saved mails find them).</source>
        <translation>The people of this local government, or the consultants: names, readings, e-mail addresses (which let saved mails find them).</translation>
    </message>
    <message>
        <source>Saved mails (.eml), each logged as a consultation; or drop them on this page.</source>
        <translation>Saved mails (.eml), each logged as a consultation; or drop them on this page.</translation>
    </message>
    <message>
        <source>Follow-up Done</source>
        <translation>Follow-up Done</translation>
    </message>
    <message>
        <source>Done &amp;on:</source>
        <translation>Done &amp;on:</translation>
    </message>
    <message>
        <source>Consultation with %1 on %2 %3 logged.</source>
        <translation>Consultation with %1 on %2 %3 logged.</translation>
    </message>
</context>
<context>
    <name>iotdesk::ui::ContactsDialog</name>
    <message>
        <source>Active (offered when typing a name)</source>
        <translation>Active (offered when typing a name)</translation>
    </message>
    <message>
        <source>New Person</source>
        <translation>New Person</translation>
    </message>
    <message>
        <source>Save Person</source>
        <translation>Save Person</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>People at a local government</source>
        <translation>People at a local government</translation>
    </message>
    <message>
        <source>Consultants</source>
        <translation>Consultants</translation>
    </message>
    <message>
        <source>Code or name; Enter shows its people</source>
        <translation>Code or name; Enter shows its people</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Reading (kana):</source>
        <translation>Reading (kana):</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>Department:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <source>Add Person</source>
        <translation>Add Person</translation>
    </message>
    <message>
        <source>Type a local government&apos;s code, name or reading and press Enter</source>
        <translation>Type a local government&apos;s code, name or reading and press Enter</translation>
    </message>
</context>
<context>
    <name>iotdesk::ui::DashboardPage</name>
    <message>
        <source>Save the Progress Summary</source>
        <translation>Save the Progress Summary</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Open follow-ups</source>
        <translation>Open follow-ups</translation>
    </message>
    <message>
        <source>%1+ days</source>
        <translation>%1+ days</translation>
    </message>
    <message>
        <source>%1–%2 days</source>
        <translation>%1–%2 days</translation>
    </message>
    <message>
        <source>Attendance %</source>
        <translation>Attendance %</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Final</translation>
    </message>
    <message>
        <source>Progress summary</source>
        <translation>Progress summary</translation>
    </message>
    <message>
        <source>&amp;Program:</source>
        <translation>&amp;Program:</translation>
    </message>
    <message>
        <source>Progress &amp;Summary</source>
        <translation>Progress &amp;Summary</translation>
    </message>
    <message>
        <source>The program&apos;s progress summary on A4, for reporting upward.</source>
        <translation>The program&apos;s progress summary on A4, for reporting upward.</translation>
    </message>
    <message>
        <source>Print &amp;Preview…</source>
        <translation>Print &amp;Preview…</translation>
    </message>
    <message>
        <source>Monthly reports</source>
        <translation>Monthly reports</translation>
    </message>
    <message>
        <source>Consultations per month</source>
        <translation>Consultations per month</translation>
    </message>
    <message>
        <source>Open follow-ups by age</source>
        <translation>Open follow-ups by age</translation>
    </message>
    <message>
        <source>Attendance per meeting</source>
        <translation>Attendance per meeting</translation>
    </message>
    <message>
        <source>Click a bar to open the list behind it.</source>
        <translation>Click a bar to open the list behind it.</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Save as PDF…</translation>
    </message>
    <message>
        <source>&lt;b&gt;To begin:&lt;/b&gt; check the program&apos;s dates on the Program page, then enter the applications on the Applications page (New Application…, Import from CSV… or Import from Mail…); F1 opens the user guide.</source>
        <translation>&lt;b&gt;To begin:&lt;/b&gt; check the program&apos;s dates on the Program page, then enter the applications on the Applications page (New Application…, Import from CSV… or Import from Mail…); F1 opens the user guide.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Next:&lt;/b&gt; add reviewers and scores on the Selection page, then record the decisions with the day they were taken.</source>
        <translation>&lt;b&gt;Next:&lt;/b&gt; add reviewers and scores on the Selection page, then record the decisions with the day they were taken.</translation>
    </message>
    <message>
        <source>Applications received</source>
        <translation>Applications received</translation>
    </message>
    <message>
        <source>Applications selected</source>
        <translation>Applications selected</translation>
    </message>
    <message>
        <source>Received on time</source>
        <translation>Received on time</translation>
    </message>
    <message>
        <source>Received late</source>
        <translation>Received late</translation>
    </message>
    <message>
        <source>Overdue, not received</source>
        <translation>Overdue, not received</translation>
    </message>
    <message>
        <source>applications %1</source>
        <translation>applications %1</translation>
    </message>
    <message>
        <source>selected %1</source>
        <translation>selected %1</translation>
    </message>
    <message>
        <source>reports missing %1</source>
        <translation>reports missing %1</translation>
    </message>
    <message>
        <source>consultations this fiscal year %1</source>
        <translation>consultations this fiscal year %1</translation>
    </message>
    <message>
        <source>open follow-ups %1</source>
        <translation>open follow-ups %1</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>as of %1</translation>
    </message>
    <message>
        <source>Applications by bureau</source>
        <translation>Applications by bureau</translation>
    </message>
    <message>
        <source>·</source>
        <comment>between two key figures</comment>
        <translation>·</translation>
    </message>
    <message>
        <source>Not yet reported</source>
        <translation>Not yet reported</translation>
    </message>
    <message>
        <source>Milestones of the plans</source>
        <translation>Milestones of the plans</translation>
    </message>
</context>
<context>
    <name>iotdesk::ui::DecisionDialog</name>
    <message>
        <source>Decision for %1</source>
        <translation>Decision for %1</translation>
    </message>
    <message>
        <source>Needed only to select an application that is not eligible or not reviewed.</source>
        <translation>Needed only to select an application that is not eligible or not reviewed.</translation>
    </message>
    <message>
        <source>&amp;Decision:</source>
        <translation>&amp;Decision:</translation>
    </message>
    <message>
        <source>&amp;Rationale:</source>
        <translation>&amp;Rationale:</translation>
    </message>
    <message>
        <source>The day the decision was taken. The monthly reports of a selected municipality start the month after it.</source>
        <translation>The day the decision was taken. The monthly reports of a selected municipality start the month after it.</translation>
    </message>
    <message>
        <source>Decided &amp;on:</source>
        <translation>Decided &amp;on:</translation>
    </message>
    <message>
        <source>O&amp;verride reason:</source>
        <translation>O&amp;verride reason:</translation>
    </message>
</context>
<context>
    <name>iotdesk::ui::GlobalSearchDialog</name>
    <message>
        <source>Find Anything</source>
        <translation>Find Anything</translation>
    </message>
    <message>
        <source>A code, a name or its reading, a person, a word of a consultation or a meeting</source>
        <translation>A code, a name or its reading, a person, a word of a consultation or a meeting</translation>
    </message>
    <message>
        <source>↑/↓ choose, Enter opens.</source>
        <translation>↑/↓ choose, Enter opens.</translation>
    </message>
    <message>
        <source>Local government</source>
        <translation>Local government</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>Consultation</source>
        <translation>Consultation</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message numerus="yes">
        <source>%n found. ↑/↓ choose, Enter opens.</source>
        <translation>
            <numerusform>%n found. ↑/↓ choose, Enter opens.</numerusform>
            <numerusform>%n found. ↑/↓ choose, Enter opens.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>iotdesk::ui::GovernmentChooser</name>
    <message>
        <source>Code, name or reading</source>
        <translation>Code, name or reading</translation>
    </message>
    <message>
        <source>Recognised from the address of a known person.</source>
        <translation>Recognised from the address of a known person.</translation>
    </message>
    <message>
        <source>Recognised from the mail domain.</source>
        <translation>Recognised from the mail domain.</translation>
    </message>
    <message>
        <source>Choose a candidate</source>
        <translation>Choose a candidate</translation>
    </message>
    <message>
        <source>Type a code or name</source>
        <translation>Type a code or name</translation>
    </message>
    <message numerus="yes">
        <source>Choose one of the %n candidates.</source>
        <translation>
            <numerusform>Choose the candidate.</numerusform>
            <numerusform>Choose one of the %n candidates.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type its code, name or reading.</source>
        <translation>Type its code, name or reading.</translation>
    </message>
</context>
<context>
    <name>iotdesk::ui::GuardedDialog</name>
    <message>
        <source>Unsaved Input</source>
        <translation>Unsaved Input</translation>
    </message>
    <message>
        <source>What you typed here is not saved yet. Save it, discard it, or go on editing?</source>
        <translation>What you typed here is not saved yet. Save it, discard it, or go on editing?</translation>
    </message>
</context>
<context>
    <name>iotdesk::ui::HelpWindow</name>
    <message>
        <source>IoT Desk User Guide</source>
        <translation>IoT Desk User Guide</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Forward</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Contents</translation>
    </message>
    <message>
        <source>Find in the guide (Ctrl+F; Enter for the next)</source>
        <translation>Find in the guide (Ctrl+F; Enter for the next)</translation>
    </message>
</context>
<context>
    <name>iotdesk::ui::MailImportDialog</name>
    <message>
        <source>Import Mail</source>
        <translation>Import Mail</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Local government</source>
        <translation>Local government</translation>
    </message>
    <message>
        <source>Already in the log; left out.</source>
        <translation>Already in the log; left out.</translation>
    </message>
    <message numerus="yes">
        <source>Log %n Mail(s)</source>
        <translation>
            <numerusform>Log %n Mail</numerusform>
            <numerusform>Log %n Mails</numerusform>
        </translation>
    </message>
    <message>
        <source>Recognised as</source>
        <translation>Recognised as</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>Left out:</source>
        <translation>Left out:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>From:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>To:</translation>
    </message>
    <message>
        <source>Cc:</source>
        <translation>Cc:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Subject:</translation>
    </message>
    <message>
        <source>Received:</source>
        <translation>Received:</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Text:</translation>
    </message>
    <message>
        <source>Each mail is logged as one e-mail consultation, with its real date, its addresses and its text. Check the local government of each mail: where no known person or mail domain names one, or the domain fits several, choose a candidate or type a code (6 digits), a name or a reading; the local government it names is shown beside it. Files that are not mails, and mails already in the log, are left out.</source>
        <translation>Each mail is logged as one e-mail consultation, with its real date, its addresses and its text. Check the local government of each mail: where no known person or mail domain names one, or the domain fits several, choose a candidate or type a code (6 digits), a name or a reading; the local government it names is shown beside it. Files that are not mails, and mails already in the log, are left out.</translation>
    </message>
</context>
<context>
    <name>iotdesk::ui::MailReviewDialog</name>
    <message numerus="yes">
        <source>%n mail(s) still without a local government:</source>
        <translation>
            <numerusform>%n mail still without a local government:</numerusform>
            <numerusform>%n mails still without a local government:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>… and %n more.</numerusform>
            <numerusform>… and %n more.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>iotdesk::ui::MainWindow</name>
    <message>
        <source>IoT Desk — %1</source>
        <translation>IoT Desk — %1</translation>
    </message>
    <message>
        <source>IoT Desk</source>
        <translation>IoT Desk</translation>
    </message>
    <message>
        <source>Municipalities</source>
        <translation>Municipalities</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;New…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Open &amp;Recent</translation>
    </message>
    <message>
        <source>&amp;Back Up Now</source>
        <translation>&amp;Back Up Now</translation>
    </message>
    <message>
        <source>&amp;Restore from Backup…</source>
        <translation>&amp;Restore from Backup…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation>Se&amp;ttings</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferences…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About IoT Desk</source>
        <translation>&amp;About IoT Desk</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>About &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Undo %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Redo %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>No database is open.</translation>
    </message>
    <message>
        <source>%1 (schema version %2)</source>
        <translation>%1 (schema version %2)</translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation>User: %1</translation>
    </message>
    <message>
        <source>Open IoT Desk File</source>
        <translation>Open IoT Desk File</translation>
    </message>
    <message>
        <source>IoT Desk files (%1);;All files (*)</source>
        <translation>IoT Desk files (%1);;All files (*)</translation>
    </message>
    <message>
        <source>New IoT Desk File</source>
        <translation>New IoT Desk File</translation>
    </message>
    <message>
        <source>IoT Desk files (%1)</source>
        <translation>IoT Desk files (%1)</translation>
    </message>
    <message>
        <source>File Not Opened</source>
        <translation>File Not Opened</translation>
    </message>
    <message>
        <source>IoT Desk did not open %1.</source>
        <translation>IoT Desk did not open %1.</translation>
    </message>
    <message>
        <source>Open Another File…</source>
        <translation>Open Another File…</translation>
    </message>
    <message>
        <source>Restore a Backup…</source>
        <translation>Restore a Backup…</translation>
    </message>
    <message>
        <source>New File…</source>
        <translation>New File…</translation>
    </message>
    <message>
        <source>The file was upgraded from version %1; a copy of it as it was is in %2.</source>
        <translation>The file was upgraded from version %1; a copy of it as it was is in %2.</translation>
    </message>
    <message>
        <source>Today&apos;s backup was written to %1.</source>
        <translation>Today&apos;s backup was written to %1.</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>No recent files</translation>
    </message>
    <message>
        <source>File Exists</source>
        <translation>File Exists</translation>
    </message>
    <message>
        <source>%1 exists already. Use File ▸ Open to open it; a new file is never written over an existing one.</source>
        <translation>%1 exists already. Use File ▸ Open to open it; a new file is never written over an existing one.</translation>
    </message>
    <message>
        <source>Backup Failed</source>
        <translation>Backup Failed</translation>
    </message>
    <message>
        <source>Backup written to %1.</source>
        <translation>Backup written to %1.</translation>
    </message>
    <message>
        <source>Not Restored</source>
        <translation>Not Restored</translation>
    </message>
    <message>
        <source>About IoT Desk</source>
        <translation>About IoT Desk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;IoT Desk %1&lt;/h3&gt;&lt;p&gt;The desk from which the Regional IoT Implementation Planning and Promotion-System Support Program of the Ministry of Internal Affairs and Communications is run: applications, selection, workshops, reports and consultations.&lt;/p&gt;&lt;p&gt;Master data: local government codes and readings from Japan Post&apos;s postcode data and MIC&apos;s code list; holidays from the holiday_jp project (MIT).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;IoT Desk %1&lt;/h3&gt;&lt;p&gt;The desk from which the Regional IoT Implementation Planning and Promotion-System Support Program of the Ministry of Internal Affairs and Communications is run: applications, selection, workshops, reports and consultations.&lt;/p&gt;&lt;p&gt;Master data: local government codes and readings from Japan Post&apos;s postcode data and MIC&apos;s code list; holidays from the holiday_jp project (MIT).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Applications</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Selection</translation>
    </message>
    <message>
        <source>Consultations</source>
        <translation>Consultations</translation>
    </message>
    <message>
        <source>&amp;Consultations</source>
        <translation>&amp;Consultations</translation>
    </message>
    <message>
        <source>&amp;Log Consultation…</source>
        <translation>&amp;Log Consultation…</translation>
    </message>
    <message>
        <source>Log a phone call, mail, visit or meeting (Ctrl+L)</source>
        <translation>Log a phone call, mail, visit or meeting (Ctrl+L)</translation>
    </message>
    <message>
        <source>&amp;Import Mail…</source>
        <translation>&amp;Import Mail…</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <source>Monthly Reports</source>
        <translation>Monthly Reports</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Export the Table</source>
        <translation>Export the Table</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;CSV files (*.csv)</source>
        <translation>Excel workbooks (*.xlsx);;CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Written to %1.</source>
        <translation>Written to %1.</translation>
    </message>
    <message>
        <source>&amp;Export Table…</source>
        <translation>&amp;Export Table…</translation>
    </message>
    <message>
        <source>The table in view, as it is shown, as Excel or CSV.</source>
        <translation>The table in view, as it is shown, as Excel or CSV.</translation>
    </message>
    <message>
        <source>This page has no table to export.</source>
        <translation>This page has no table to export.</translation>
    </message>
    <message>
        <source>Choose a file ending in .xlsx or .csv.</source>
        <translation>Choose a file ending in .xlsx or .csv.</translation>
    </message>
    <message>
        <source>User &amp;Guide</source>
        <translation>User &amp;Guide</translation>
    </message>
    <message>
        <source>Who Are You?</source>
        <translation>Who Are You?</translation>
    </message>
    <message>
        <source>Your name, as consultations and the history record it (Settings ▸ Preferences changes it):</source>
        <translation>Your name, as consultations and the history record it (Settings ▸ Preferences changes it):</translation>
    </message>
    <message>
        <source>&amp;Find Anything…</source>
        <translation>&amp;Find Anything…</translation>
    </message>
    <message>
        <source>A local government, application, consultation, person or meeting (Ctrl+K)</source>
        <translation>A local government, application, consultation, person or meeting (Ctrl+K)</translation>
    </message>
    <message>
        <source>Today&apos;s backup could not be written: %1</source>
        <translation>Today&apos;s backup could not be written: %1</translation>
    </message>
    <message>
        <source>Open Rea&amp;d-Only…</source>
        <translation>Open Rea&amp;d-Only…</translation>
    </message>
    <message>
        <source>Open a file to read, search, print and export it without changing a byte of it.</source>
        <translation>Open a file to read, search, print and export it without changing a byte of it.</translation>
    </message>
    <message>
        <source>The file passed its daily check; today&apos;s backup could not be written: %1</source>
        <translation>The file passed its daily check; today&apos;s backup could not be written: %1</translation>
    </message>
    <message>
        <source>The file passed its daily check (%1 s); today&apos;s backup was written to %2.</source>
        <translation>The file passed its daily check (%1 s); today&apos;s backup was written to %2.</translation>
    </message>
    <message>
        <source>The file passed its daily check (%1 s).</source>
        <translation>The file passed its daily check (%1 s).</translation>
    </message>
    <message>
        <source>The daily check found damage in this file (%1). It stays read-only so that nothing is written into it: restore a backup (File ▸ Restore from Backup).</source>
        <translation>The daily check found damage in this file (%1). It stays read-only so that nothing is written into it: restore a backup (File ▸ Restore from Backup).</translation>
    </message>
    <message>
        <source>Read-only: %1. You can read, search, print and export; changes cannot be saved.</source>
        <translation>Read-only: %1. You can read, search, print and export; changes cannot be saved.</translation>
    </message>
    <message>
        <source>Checking the whole file, as on the first open of each day. You can read now; changes can be saved as soon as the check has passed.</source>
        <translation>Checking the whole file, as on the first open of each day. You can read now; changes can be saved as soon as the check has passed.</translation>
    </message>
    <message>
        <source>Open &amp;Log Folder</source>
        <translation>Open &amp;Log Folder</translation>
    </message>
    <message>
        <source>Log Folder</source>
        <translation>Log Folder</translation>
    </message>
    <message>
        <source>The log is kept in %1</source>
        <translation>The log is kept in %1</translation>
    </message>
    <message>
        <source>Connect to &amp;Team Database…</source>
        <translation>Connect to &amp;Team Database…</translation>
    </message>
    <message>
        <source>Work on the team&apos;s shared database on a PostgreSQL server instead of a local file.</source>
        <translation>Work on the team&apos;s shared database on a PostgreSQL server instead of a local file.</translation>
    </message>
    <message>
        <source>Team database %1 (schema version %2)</source>
        <translation>Team database %1 (schema version %2)</translation>
    </message>
    <message>
        <source>User: %1 (%2)</source>
        <translation>User: %1 (%2)</translation>
    </message>
    <message>
        <source>Team Database Not Opened</source>
        <translation>Team Database Not Opened</translation>
    </message>
    <message>
        <source>IoT Desk could not open the team database %1.</source>
        <translation>IoT Desk could not open the team database %1.</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Retry</translation>
    </message>
    <message>
        <source>Connect to &amp;Another…</source>
        <translation>Connect to &amp;Another…</translation>
    </message>
    <message>
        <source>Open a &amp;Local File…</source>
        <translation>Open a &amp;Local File…</translation>
    </message>
    <message>
        <source>Type the &amp;Password…</source>
        <translation>Type the &amp;Password…</translation>
    </message>
    <message>
        <source>The password was used for this connection only. %1</source>
        <translation>The password was used for this connection only. %1</translation>
    </message>
    <message>
        <source>Reconnected to the team database at %1.</source>
        <translation>Reconnected to the team database at %1.</translation>
    </message>
    <message>
        <source>The connection to the team database is lost. IoT Desk connects again by itself; until then nothing can be saved, and what you type stays in its dialog.</source>
        <translation>The connection to the team database is lost. IoT Desk connects again by itself; until then nothing can be saved, and what you type stays in its dialog.</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Plans</translation>
    </message>
</context>
<context>
    <name>iotdesk::ui::MeetingsPage</name>
    <message>
        <source>Export the Meetings as a Calendar</source>
        <translation>Export the Meetings as a Calendar</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar files (*.ics)</translation>
    </message>
    <message>
        <source>Export the Attendance</source>
        <translation>Export the Attendance</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;CSV files (*.csv)</source>
        <translation>Excel workbooks (*.xlsx);;CSV files (*.csv)</translation>
    </message>
    <message>
        <source>No session: choose a program with meetings.</source>
        <translation>No session: choose a program with meetings.</translation>
    </message>
    <message>
        <source>No municipality is selected yet.</source>
        <translation>No municipality is selected yet.</translation>
    </message>
    <message>
        <source>Choose a file ending in .xlsx or .csv.</source>
        <translation>Choose a file ending in .xlsx or .csv.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>&amp;Program:</source>
        <translation>&amp;Program:</translation>
    </message>
    <message>
        <source>Export &amp;Calendar…</source>
        <translation>Export &amp;Calendar…</translation>
    </message>
    <message>
        <source>Scheduled meeting days as an iCalendar file (.ics) for Outlook, Google Calendar or Thunderbird.</source>
        <translation>Scheduled meeting days as an iCalendar file (.ics) for Outlook, Google Calendar or Thunderbird.</translation>
    </message>
    <message>
        <source>The &amp;Whole Program…</source>
        <translation>The &amp;Whole Program…</translation>
    </message>
    <message>
        <source>The &amp;Chosen Session…</source>
        <translation>The &amp;Chosen Session…</translation>
    </message>
    <message>
        <source>Print &amp;Preview…</source>
        <translation>Print &amp;Preview…</translation>
    </message>
    <message>
        <source>Export &amp;Attendance…</source>
        <translation>Export &amp;Attendance…</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Commitments</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>Materials</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Presentations</source>
        <translation>Presentations</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Unsaved Changes</translation>
    </message>
    <message>
        <source>The session has changes that are not saved (details, agenda or timetable). Save them, discard them, or go on editing?</source>
        <translation>The session has changes that are not saved (details, agenda or timetable). Save them, discard them, or go on editing?</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Save as PDF…</translation>
    </message>
    <message>
        <source>(no date yet)</source>
        <translation>(no date yet)</translation>
    </message>
</context>
<context>
    <name>iotdesk::ui::MunicipalitiesPage</name>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>Code, name or reading (e.g. 131016, 府中市, ふちゅう)</source>
        <translation>Code, name or reading (e.g. 131016, 府中市, ふちゅう)</translation>
    </message>
    <message>
        <source>A 5- or 6-digit code (the check digit is checked), a name in kanji, or a reading in hiragana or katakana.</source>
        <translation>A 5- or 6-digit code (the check digit is checked), a name in kanji, or a reading in hiragana or katakana.</translation>
    </message>
    <message>
        <source>&amp;Prefecture:</source>
        <translation>&amp;Prefecture:</translation>
    </message>
    <message>
        <source>&amp;Bureau:</source>
        <translation>&amp;Bureau:</translation>
    </message>
    <message>
        <source>All prefectures</source>
        <translation>All prefectures</translation>
    </message>
    <message>
        <source>All bureaus</source>
        <translation>All bureaus</translation>
    </message>
    <message>
        <source>No local government matches.</source>
        <translation>No local government matches.</translation>
    </message>
    <message>
        <source>Select a row to see its details.</source>
        <translation>Select a row to see its details.</translation>
    </message>
    <message>
        <source>code %1 (5 digits %2)</source>
        <translation>code %1 (5 digits %2)</translation>
    </message>
    <message>
        <source>also written %1</source>
        <translation>also written %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln local government(s)</source>
        <translation>
            <numerusform>%Ln local government</numerusform>
            <numerusform>%Ln local governments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>iotdesk::ui::ParticipantPicker</name>
    <message>
        <source>Show everyone</source>
        <translation>Show everyone</translation>
    </message>
    <message>
        <source>Register Participants</source>
        <translation>Register Participants</translation>
    </message>
    <message>
        <source>Filter by name, reading or affiliation</source>
        <translation>Filter by name, reading or affiliation</translation>
    </message>
    <message>
        <source>&amp;People…</source>
        <translation>&amp;People…</translation>
    </message>
    <message>
        <source>Add or correct people, then choose them here.</source>
        <translation>Add or correct people, then choose them here.</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Register</translation>
    </message>
    <message>
        <source>Tick the people to register for every day of the session (Space ticks the selected ones).</source>
        <translation>Tick the people to register for every day of the session (Space ticks the selected ones).</translation>
    </message>
    <message>
        <source>Nobody is ticked: tick the people to register (Space ticks the selected ones), or Cancel.</source>
        <translation>Nobody is ticked: tick the people to register (Space ticks the selected ones), or Cancel.</translation>
    </message>
</context>
<context>
    <name>iotdesk::ui::ParticipantsTab</name>
    <message>
        <source>Remove Participants</source>
        <translation>Remove Participants</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n participant(s) and their attendance?</source>
        <translation>
            <numerusform>Remove %n participant and their attendance?</numerusform>
            <numerusform>Remove %n participants and their attendance?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s); %1 of %2 registered person-days marked attended. Keys: A attended, X absent, E excused, R registered, Delete not registered; Ctrl+A selects the whole table.</source>
        <translation>
            <numerusform>%n participant; %1 of %2 registered person-days marked attended. Keys: A attended, X absent, E excused, R registered, Delete not registered; Ctrl+A selects the whole table.</numerusform>
            <numerusform>%n participants; %1 of %2 registered person-days marked attended. Keys: A attended, X absent, E excused, R registered, Delete not registered; Ctrl+A selects the whole table.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the cells to mark first (a day, a person, or Ctrl+A for all).</source>
        <translation>Select the cells to mark first (a day, a person, or Ctrl+A for all).</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Excused</translation>
    </message>
    <message>
        <source>The reason given (optional):</source>
        <translation>The reason given (optional):</translation>
    </message>
    <message>
        <source>&amp;Register People…</source>
        <translation>&amp;Register People…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Re&amp;move</translation>
    </message>
    <message>
        <source>Attended (A)</source>
        <translation>Attended (A)</translation>
    </message>
    <message>
        <source>Absent (X)</source>
        <translation>Absent (X)</translation>
    </message>
    <message>
        <source>Excused… (E)</source>
        <translation>Excused… (E)</translation>
    </message>
    <message>
        <source>Registered (R)</source>
        <translation>Registered (R)</translation>
    </message>
    <message>
        <source>Print &amp;Attendance Sheet…</source>
        <translation>Print &amp;Attendance Sheet…</translation>
    </message>
    <message>
        <source>Print Participant &amp;List…</source>
        <translation>Print Participant &amp;List…</translation>
    </message>
</context>
<context>
    <name>iotdesk::ui::PlanDocument</name>
    <message>
        <source>The plan as it stands on %1</source>
        <translation>The plan as it stands on %1</translation>
    </message>
    <message>
        <source>%1 version (no. %2) of %3</source>
        <translation>%1 version (no. %2) of %3</translation>
    </message>
    <message>
        <source>Fields:</source>
        <translation>Fields:</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>not given</translation>
    </message>
    <message>
        <source>From the vision to the solutions</source>
        <translation>From the vision to the solutions</translation>
    </message>
    <message>
        <source>technology: %1</source>
        <translation>technology: %1</translation>
    </message>
    <message>
        <source>data: %1</source>
        <translation>data: %1</translation>
    </message>
    <message>
        <source>partner: %1</source>
        <translation>partner: %1</translation>
    </message>
    <message>
        <source>answers no issue</source>
        <translation>answers no issue</translation>
    </message>
    <message>
        <source>nothing under it yet</source>
        <translation>nothing under it yet</translation>
    </message>
    <message>
        <source>Promotion system</source>
        <translation>Promotion system</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Reports to</source>
        <translation>Reports to</translation>
    </message>
    <message>
        <source>Roadmap</source>
        <translation>Roadmap</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Milestone</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Budget request</source>
        <translation>Budget request</translation>
    </message>
    <message>
        <source>Latest state</source>
        <translation>Latest state</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>KPIs</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Cost-effectiveness</source>
        <translation>Cost-effectiveness</translation>
    </message>
    <message>
        <source>year %1 (%2)</source>
        <translation>year %1 (%2)</translation>
    </message>
    <message>
        <source>not within the period</source>
        <translation>not within the period</translation>
    </message>
    <message>
        <source>Evaluated over years 0 to %1 (%2 to %3) at a discount rate of %4; year 0 is not discounted.</source>
        <translation>Evaluated over years 0 to %1 (%2 to %3) at a discount rate of %4; year 0 is not discounted.</translation>
    </message>
    <message>
        <source>Present value of benefits</source>
        <translation>Present value of benefits</translation>
    </message>
    <message>
        <source>Present value of costs</source>
        <translation>Present value of costs</translation>
    </message>
    <message>
        <source>NPV</source>
        <translation>NPV</translation>
    </message>
    <message>
        <source>B/C</source>
        <translation>B/C</translation>
    </message>
    <message>
        <source>Payback</source>
        <translation>Payback</translation>
    </message>
    <message>
        <source>Discounted payback</source>
        <translation>Discounted payback</translation>
    </message>
    <message>
        <source>Costs and benefits</source>
        <translation>Costs and benefits</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Borne by</source>
        <translation>Borne by</translation>
    </message>
    <message>
        <source>How it was reckoned</source>
        <translation>How it was reckoned</translation>
    </message>
    <message>
        <source>Year by year</source>
        <translation>Year by year</translation>
    </message>
    <message>
        <source>Costs</source>
        <translation>Costs</translation>
    </message>
    <message>
        <source>Benefits</source>
        <translation>Benefits</translation>
    </message>
    <message>
        <source>Discount factor</source>
        <translation>Discount factor</translation>
    </message>
    <message>
        <source>Cumulative net</source>
        <translation>Cumulative net</translation>
    </message>
    <message>
        <source>Cumulative net, discounted</source>
        <translation>Cumulative net, discounted</translation>
    </message>
    <message>
        <source>Benefits %1</source>
        <translation>Benefits %1</translation>
    </message>
    <message>
        <source>Costs %1</source>
        <translation>Costs %1</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Sensitivity</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Risks and counter-measures</source>
        <translation>Risks and counter-measures</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risk</translation>
    </message>
    <message>
        <source>Counter-measure</source>
        <translation>Counter-measure</translation>
    </message>
    <message>
        <source>Regional IoT implementation plan of %1</source>
        <translation>Regional IoT implementation plan of %1</translation>
    </message>
</context>
<context>
    <name>iotdesk::ui::PlanDrawings</name>
    <message>
        <source>No members yet: add the departments, people and partners who will carry the plan out.</source>
        <translation>No members yet: add the departments, people and partners who will carry the plan out.</translation>
    </message>
    <message>
        <source>No milestones yet.</source>
        <translation>No milestones yet.</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>planned</translation>
    </message>
    <message>
        <source>budget request</source>
        <translation>budget request</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <source>Monthly reports</source>
        <translation>Monthly reports</translation>
    </message>
    <message>
        <source>Consultations</source>
        <translation>Consultations</translation>
    </message>
    <message>
        <source>attended</source>
        <translation>attended</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>missed</translation>
    </message>
</context>
<context>
    <name>iotdesk::ui::PlansPage</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Save the Casebook</source>
        <translation>Save the Casebook</translation>
    </message>
    <message>
        <source>Save the Plan</source>
        <translation>Save the Plan</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Plans</source>
        <translation>Plans</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n version(s)</source>
        <translation>
            <numerusform>%1, %n version</numerusform>
            <numerusform>%1, %n versions</numerusform>
        </translation>
    </message>
    <message>
        <source>not started</source>
        <translation>not started</translation>
    </message>
    <message>
        <source>No application of this program is selected yet. A plan is written for each selected municipality: record the decisions on the Selection page first.</source>
        <translation>No application of this program is selected yet. A plan is written for each selected municipality: record the decisions on the Selection page first.</translation>
    </message>
    <message>
        <source>Remove the Section</source>
        <translation>Remove the Section</translation>
    </message>
    <message>
        <source>Remove “%1” and its text? Undo brings it back.</source>
        <translation>Remove “%1” and its text? Undo brings it back.</translation>
    </message>
    <message>
        <source>Move the Section “%1”</source>
        <translation>Move the Section “%1”</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Unsaved Changes</translation>
    </message>
    <message>
        <source>The plan&apos;s outline of %1 has changes that are not saved.</source>
        <translation>The plan&apos;s outline of %1 has changes that are not saved.</translation>
    </message>
    <message>
        <source>Rename the Section</source>
        <translation>Rename the Section</translation>
    </message>
    <message>
        <source>Add a Section</source>
        <translation>Add a Section</translation>
    </message>
    <message>
        <source>&amp;Heading:</source>
        <translation>&amp;Heading:</translation>
    </message>
    <message>
        <source>data: %1</source>
        <translation>data: %1</translation>
    </message>
    <message>
        <source>partner: %1</source>
        <translation>partner: %1</translation>
    </message>
    <message>
        <source>This solution answers no issue yet.</source>
        <translation>This solution answers no issue yet.</translation>
    </message>
    <message>
        <source>Nothing is under this entry yet.</source>
        <translation>Nothing is under this entry yet.</translation>
    </message>
    <message numerus="yes">
        <source>%n issue(s) without a solution</source>
        <translation>
            <numerusform>%n issue without a solution</numerusform>
            <numerusform>%n issues without a solution</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) without an issue</source>
        <translation>
            <numerusform>%n problem without an issue</numerusform>
            <numerusform>%n problems without an issue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n solution(s) answering no issue</source>
        <translation>
            <numerusform>%n solution answering no issue</numerusform>
            <numerusform>%n solutions answering no issue</numerusform>
        </translation>
    </message>
    <message>
        <source>Think from the problem, not from the technology: describe the future vision, then the current state beside it; their gap is the problem, the causes behind it the issues, and only then the solutions. Start with Add Vision….</source>
        <translation>Think from the problem, not from the technology: describe the future vision, then the current state beside it; their gap is the problem, the causes behind it the issues, and only then the solutions. Start with Add Vision….</translation>
    </message>
    <message>
        <source>Every issue has a solution and every solution answers an issue.</source>
        <translation>Every issue has a solution and every solution answers an issue.</translation>
    </message>
    <message>
        <source>Edit the Entry</source>
        <translation>Edit the Entry</translation>
    </message>
    <message>
        <source>Add an Entry</source>
        <translation>Add an Entry</translation>
    </message>
    <message>
        <source>— no issue yet —</source>
        <translation>— no issue yet —</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Kind:</translation>
    </message>
    <message>
        <source>&amp;Under:</source>
        <translation>&amp;Under:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Text:</translation>
    </message>
    <message>
        <source>Technology:</source>
        <translation>Technology:</translation>
    </message>
    <message>
        <source>&amp;Data used:</source>
        <translation>&amp;Data used:</translation>
    </message>
    <message>
        <source>&amp;Partner:</source>
        <translation>&amp;Partner:</translation>
    </message>
    <message>
        <source>Edit the Member</source>
        <translation>Edit the Member</translation>
    </message>
    <message>
        <source>Add a Member</source>
        <translation>Add a Member</translation>
    </message>
    <message>
        <source>— nobody (the top) —</source>
        <translation>— nobody (the top) —</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>Reports &amp;to:</source>
        <translation>Reports &amp;to:</translation>
    </message>
    <message>
        <source>The person &amp;responsible</source>
        <translation>The person &amp;responsible</translation>
    </message>
    <message>
        <source>The &amp;lead department</source>
        <translation>The &amp;lead department</translation>
    </message>
    <message>
        <source>not yet reported</source>
        <translation>not yet reported</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Edit the Milestone</source>
        <translation>Edit the Milestone</translation>
    </message>
    <message>
        <source>Add a Milestone</source>
        <translation>Add a Milestone</translation>
    </message>
    <message>
        <source>— a point in time —</source>
        <translation>— a point in time —</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation>&amp;Starts:</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>&amp;Due:</translation>
    </message>
    <message>
        <source>&amp;Budget requested in:</source>
        <translation>&amp;Budget requested in:</translation>
    </message>
    <message>
        <source>The fiscal year of the budget request the milestone depends on.</source>
        <translation>The fiscal year of the budget request the milestone depends on.</translation>
    </message>
    <message>
        <source>Edit the KPI</source>
        <translation>Edit the KPI</translation>
    </message>
    <message>
        <source>Add a KPI</source>
        <translation>Add a KPI</translation>
    </message>
    <message>
        <source>&amp;Indicator:</source>
        <translation>&amp;Indicator:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unit:</translation>
    </message>
    <message>
        <source>in</source>
        <translation>in</translation>
    </message>
    <message>
        <source>&amp;Baseline:</source>
        <translation>&amp;Baseline:</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>&amp;Target:</translation>
    </message>
    <message>
        <source>The baseline and the target are numbers (or left empty).</source>
        <translation>The baseline and the target are numbers (or left empty).</translation>
    </message>
    <message>
        <source>year %1 (%2)</source>
        <translation>year %1 (%2)</translation>
    </message>
    <message>
        <source>not within the period</source>
        <translation>not within the period</translation>
    </message>
    <message>
        <source>Present value of benefits</source>
        <translation>Present value of benefits</translation>
    </message>
    <message>
        <source>Present value of costs</source>
        <translation>Present value of costs</translation>
    </message>
    <message>
        <source>NPV</source>
        <translation>NPV</translation>
    </message>
    <message>
        <source>B/C</source>
        <translation>B/C</translation>
    </message>
    <message>
        <source>— (no costs)</source>
        <translation>— (no costs)</translation>
    </message>
    <message>
        <source>Pays back</source>
        <translation>Pays back</translation>
    </message>
    <message>
        <source>Discounted</source>
        <translation>Discounted</translation>
    </message>
    <message>
        <source>As planned</source>
        <translation>As planned</translation>
    </message>
    <message>
        <source>Benefits %1</source>
        <translation>Benefits %1</translation>
    </message>
    <message>
        <source>Costs %1</source>
        <translation>Costs %1</translation>
    </message>
    <message>
        <source>NPV (10,000 yen)</source>
        <translation>NPV (10,000 yen)</translation>
    </message>
    <message>
        <source>Edit the Cost</source>
        <translation>Edit the Cost</translation>
    </message>
    <message>
        <source>Edit the Benefit</source>
        <translation>Edit the Benefit</translation>
    </message>
    <message>
        <source>Add a Cost</source>
        <translation>Add a Cost</translation>
    </message>
    <message>
        <source>Add a Benefit</source>
        <translation>Add a Benefit</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source> yen/h</source>
        <translation> yen/h</translation>
    </message>
    <message>
        <source>/h</source>
        <translation>/h</translation>
    </message>
    <message>
        <source>&amp;Reckon</source>
        <translation>&amp;Reckon</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>&amp;Item:</source>
        <translation>&amp;Item:</translation>
    </message>
    <message>
        <source>&amp;Amount (yen):</source>
        <translation>&amp;Amount (yen):</translation>
    </message>
    <message>
        <source>&amp;Amount (¥):</source>
        <translation>&amp;Amount (¥):</translation>
    </message>
    <message>
        <source>&amp;Borne by:</source>
        <translation>&amp;Borne by:</translation>
    </message>
    <message>
        <source>Hours saved × hourly cost:</source>
        <translation>Hours saved × hourly cost:</translation>
    </message>
    <message>
        <source>How it was &amp;reckoned:</source>
        <translation>How it was &amp;reckoned:</translation>
    </message>
    <message>
        <source>%1 h × %2 yen</source>
        <translation>%1 h × %2 yen</translation>
    </message>
    <message>
        <source>The amount is a whole number of yen, such as 1,200,000.</source>
        <translation>The amount is a whole number of yen, such as 1,200,000.</translation>
    </message>
    <message>
        <source>Edit the Risk</source>
        <translation>Edit the Risk</translation>
    </message>
    <message>
        <source>Add a Risk</source>
        <translation>Add a Risk</translation>
    </message>
    <message>
        <source>&amp;Risk:</source>
        <translation>&amp;Risk:</translation>
    </message>
    <message>
        <source>&amp;Counter-measure:</source>
        <translation>&amp;Counter-measure:</translation>
    </message>
    <message>
        <source>presented at its slot of the mid-term presentation</source>
        <translation>presented at its slot of the mid-term presentation</translation>
    </message>
    <message>
        <source>No. %1 %2 (%3)</source>
        <translation>No. %1 %2 (%3)</translation>
    </message>
    <message>
        <source>The plan as it is now</source>
        <translation>The plan as it is now</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>Vision to solutions</source>
        <translation>Vision to solutions</translation>
    </message>
    <message>
        <source>Promotion system</source>
        <translation>Promotion system</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Milestone</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Cost or benefit</source>
        <translation>Cost or benefit</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risk</translation>
    </message>
    <message>
        <source>added</source>
        <translation>added</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>removed</translation>
    </message>
    <message>
        <source>No difference.</source>
        <translation>No difference.</translation>
    </message>
    <message>
        <source>Freeze a Version</source>
        <translation>Freeze a Version</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>&amp;Stage:</translation>
    </message>
    <message>
        <source>&amp;Dated:</source>
        <translation>&amp;Dated:</translation>
    </message>
    <message>
        <source>The plan of %1 as it is now is kept unchanged as a version: a draft while it is written, the mid-term version presented at workshop 3, the final version at the end of March.</source>
        <translation>The plan of %1 as it is now is kept unchanged as a version: a draft while it is written, the mid-term version presented at workshop 3, the final version at the end of March.</translation>
    </message>
    <message>
        <source>consultation %1</source>
        <translation>consultation %1</translation>
    </message>
    <message>
        <source>report %1</source>
        <translation>report %1</translation>
    </message>
    <message>
        <source>meeting session %1</source>
        <translation>meeting session %1</translation>
    </message>
    <message>
        <source>the program</source>
        <translation>the program</translation>
    </message>
    <message>
        <source>✓ approved</source>
        <translation>✓ approved</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>not yet</translation>
    </message>
    <message>
        <source>Edit the Lesson</source>
        <translation>Edit the Lesson</translation>
    </message>
    <message>
        <source>Register a Lesson</source>
        <translation>Register a Lesson</translation>
    </message>
    <message>
        <source>The program as a whole</source>
        <translation>The program as a whole</translation>
    </message>
    <message>
        <source>A consultation</source>
        <translation>A consultation</translation>
    </message>
    <message>
        <source>A monthly report</source>
        <translation>A monthly report</translation>
    </message>
    <message>
        <source>A meeting</source>
        <translation>A meeting</translation>
    </message>
    <message>
        <source>No. </source>
        <translation>No. </translation>
    </message>
    <message>
        <source>&amp;Approved for publication in the casebook</source>
        <translation>&amp;Approved for publication in the casebook</translation>
    </message>
    <message>
        <source>&amp;Phase:</source>
        <translation>&amp;Phase:</translation>
    </message>
    <message>
        <source>&amp;Municipality:</source>
        <translation>&amp;Municipality:</translation>
    </message>
    <message>
        <source>&amp;Lesson:</source>
        <translation>&amp;Lesson:</translation>
    </message>
    <message>
        <source>Came &amp;from:</source>
        <translation>Came &amp;from:</translation>
    </message>
    <message>
        <source>There is no consultation of that number.</source>
        <translation>There is no consultation of that number.</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Casebook</source>
        <translation>Casebook</translation>
    </message>
    <message>
        <source>&amp;Withhold</source>
        <translation>&amp;Withhold</translation>
    </message>
    <message>
        <source>A&amp;pprove</source>
        <translation>A&amp;pprove</translation>
    </message>
    <message>
        <source>&amp;Program:</source>
        <translation>&amp;Program:</translation>
    </message>
    <message>
        <source>P&amp;rint the Plan</source>
        <translation>P&amp;rint the Plan</translation>
    </message>
    <message>
        <source>The plan on A4: as it is, or the version chosen on the Versions tab.</source>
        <translation>The plan on A4: as it is, or the version chosen on the Versions tab.</translation>
    </message>
    <message>
        <source>&amp;Casebook</source>
        <translation>&amp;Casebook</translation>
    </message>
    <message>
        <source>The program year&apos;s casebook: each municipality&apos;s plan and track through the year, and the approved lessons by phase.</source>
        <translation>The program year&apos;s casebook: each municipality&apos;s plan and track through the year, and the approved lessons by phase.</translation>
    </message>
    <message>
        <source>Print &amp;Preview…</source>
        <translation>Print &amp;Preview…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Save as PDF…</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>Outline</translation>
    </message>
    <message>
        <source>Promotion System</source>
        <translation>Promotion System</translation>
    </message>
    <message>
        <source>Cost-Effectiveness</source>
        <translation>Cost-Effectiveness</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Risks</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>Know-How</source>
        <translation>Know-How</translation>
    </message>
    <message>
        <source>&amp;First fiscal year:</source>
        <translation>&amp;First fiscal year:</translation>
    </message>
    <message>
        <source>Year 0 of the roadmap and of the cost-effectiveness.</source>
        <translation>Year 0 of the roadmap and of the cost-effectiveness.</translation>
    </message>
    <message>
        <source>Fields:</source>
        <translation>Fields:</translation>
    </message>
    <message>
        <source>&amp;Save the Outline</source>
        <translation>&amp;Save the Outline</translation>
    </message>
    <message>
        <source>&amp;Sections of the plan (name and order them as the plan needs):</source>
        <translation>&amp;Sections of the plan (name and order them as the plan needs):</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Up</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Down</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entry</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Technology, data, partner</source>
        <translation>Technology, data, partner</translation>
    </message>
    <message>
        <source>Add &amp;Vision…</source>
        <translation>Add &amp;Vision…</translation>
    </message>
    <message>
        <source>Add &amp;Under…</source>
        <translation>Add &amp;Under…</translation>
    </message>
    <message>
        <source>Add &amp;Solution…</source>
        <translation>Add &amp;Solution…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Add…</translation>
    </message>
    <message>
        <source>A member under the one chosen.</source>
        <translation>A member under the one chosen.</translation>
    </message>
    <message>
        <source>&amp;Milestones:</source>
        <translation>&amp;Milestones:</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Budget request</source>
        <translation>Budget request</translation>
    </message>
    <message>
        <source>Latest report</source>
        <translation>Latest report</translation>
    </message>
    <message>
        <source>&amp;KPIs:</source>
        <translation>&amp;KPIs:</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Add Milestone…</source>
        <translation>Add Milestone…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Add KPI…</source>
        <translation>Add KPI…</translation>
    </message>
    <message>
        <source>&amp;Period: years 0 to</source>
        <translation>&amp;Period: years 0 to</translation>
    </message>
    <message>
        <source>&amp;Discount rate:</source>
        <translation>&amp;Discount rate:</translation>
    </message>
    <message>
        <source>4% is the rate of Japan&apos;s public-works cost–benefit manuals.</source>
        <translation>4% is the rate of Japan&apos;s public-works cost–benefit manuals.</translation>
    </message>
    <message>
        <source>Appl&amp;y</source>
        <translation>Appl&amp;y</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Borne by, reckoned</source>
        <translation>Borne by, reckoned</translation>
    </message>
    <message>
        <source>Add &amp;Cost…</source>
        <translation>Add &amp;Cost…</translation>
    </message>
    <message>
        <source>Add &amp;Benefit…</source>
        <translation>Add &amp;Benefit…</translation>
    </message>
    <message>
        <source>Year by Year</source>
        <translation>Year by Year</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Sensitivity</translation>
    </message>
    <message>
        <source>Costs</source>
        <translation>Costs</translation>
    </message>
    <message>
        <source>Benefits</source>
        <translation>Benefits</translation>
    </message>
    <message>
        <source>Cumulative</source>
        <translation>Cumulative</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Counter-measure</source>
        <translation>Counter-measure</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Dated</source>
        <translation>Dated</translation>
    </message>
    <message>
        <source>Frozen by</source>
        <translation>Frozen by</translation>
    </message>
    <message>
        <source>&amp;Freeze a Version…</source>
        <translation>&amp;Freeze a Version…</translation>
    </message>
    <message>
        <source>C&amp;ompare:</source>
        <translation>C&amp;ompare:</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Before → after</source>
        <translation>Before → after</translation>
    </message>
    <message>
        <source>&amp;Only this municipality&apos;s lessons</source>
        <translation>&amp;Only this municipality&apos;s lessons</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Lesson</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Publication</source>
        <translation>Publication</translation>
    </message>
    <message>
        <source>&amp;Register…</source>
        <translation>&amp;Register…</translation>
    </message>
    <message>
        <source>title</source>
        <translation>title</translation>
    </message>
    <message>
        <source>first fiscal year</source>
        <translation>first fiscal year</translation>
    </message>
    <message>
        <source>period</source>
        <translation>period</translation>
    </message>
    <message>
        <source>discount rate</source>
        <translation>discount rate</translation>
    </message>
    <message>
        <source>fields</source>
        <translation>fields</translation>
    </message>
    <message>
        <source>heading</source>
        <translation>heading</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>place in the tree</source>
        <translation>place in the tree</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>kind</translation>
    </message>
    <message>
        <source>technology</source>
        <translation>technology</translation>
    </message>
    <message>
        <source>data used</source>
        <translation>data used</translation>
    </message>
    <message>
        <source>partner</source>
        <translation>partner</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>person of the registry</source>
        <translation>person of the registry</translation>
    </message>
    <message>
        <source>role</source>
        <translation>role</translation>
    </message>
    <message>
        <source>lead</source>
        <translation>lead</translation>
    </message>
    <message>
        <source>start</source>
        <translation>start</translation>
    </message>
    <message>
        <source>due</source>
        <translation>due</translation>
    </message>
    <message>
        <source>budget request</source>
        <translation>budget request</translation>
    </message>
    <message>
        <source>indicator</source>
        <translation>indicator</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>unit</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>baseline</translation>
    </message>
    <message>
        <source>baseline year</source>
        <translation>baseline year</translation>
    </message>
    <message>
        <source>target</source>
        <translation>target</translation>
    </message>
    <message>
        <source>target year</source>
        <translation>target year</translation>
    </message>
    <message>
        <source>cost or benefit</source>
        <translation>cost or benefit</translation>
    </message>
    <message>
        <source>year</source>
        <translation>year</translation>
    </message>
    <message>
        <source>item</source>
        <translation>item</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>amount</translation>
    </message>
    <message>
        <source>how it was reckoned</source>
        <translation>how it was reckoned</translation>
    </message>
    <message>
        <source>borne by</source>
        <translation>borne by</translation>
    </message>
    <message>
        <source>risk</source>
        <translation>risk</translation>
    </message>
    <message>
        <source>counter-measure</source>
        <translation>counter-measure</translation>
    </message>
    <message>
        <source>Issues &amp;&amp; Solutions</source>
        <translation>Issues &amp;&amp; Solutions</translation>
    </message>
    <message>
        <source>Roadmap &amp;&amp; KPIs</source>
        <translation>Roadmap &amp;&amp; KPIs</translation>
    </message>
    <message>
        <source>The text of the section chosen on the left.</source>
        <translation>The text of the section chosen on the left.</translation>
    </message>
</context>
<context>
    <name>iotdesk::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>&amp;Date style:</source>
        <translation>&amp;Date style:</translation>
    </message>
    <message>
        <source>Sample:</source>
        <translation>Sample:</translation>
    </message>
    <message>
        <source>&amp;User name in the history:</source>
        <translation>&amp;User name in the history:</translation>
    </message>
    <message>
        <source>Daily &amp;backups to keep:</source>
        <translation>Daily &amp;backups to keep:</translation>
    </message>
    <message>
        <source>Japanese era (平成30年5月14日)</source>
        <translation>Japanese era (平成30年5月14日)</translation>
    </message>
    <message>
        <source>ISO 8601 (2018-05-14)</source>
        <translation>ISO 8601 (2018-05-14)</translation>
    </message>
    <message>
        <source>Leave empty to record the system user name.</source>
        <translation>Leave empty to record the system user name.</translation>
    </message>
    <message>
        <source>Follow the language (平成30年5月14日 / 2018-05-14)</source>
        <translation>Follow the language (平成30年5月14日 / 2018-05-14)</translation>
    </message>
    <message>
        <source>Western (2018年5月14日 / May 14, 2018)</source>
        <translation>Western (2018年5月14日 / May 14, 2018)</translation>
    </message>
</context>
<context>
    <name>iotdesk::ui::PresentationsTab</name>
    <message>
        <source>&amp;Generate from the Selected List…</source>
        <translation>&amp;Generate from the Selected List…</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Move &amp;Up</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>Move &amp;Down</translation>
    </message>
    <message>
        <source>Ctrl+Up; rows can also be dragged</source>
        <translation>Ctrl+Up; rows can also be dragged</translation>
    </message>
    <message>
        <source>Ctrl+Down; rows can also be dragged</source>
        <translation>Ctrl+Down; rows can also be dragged</translation>
    </message>
    <message>
        <source>Add &amp;Break</source>
        <translation>Add &amp;Break</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>&amp;Save Timetable</source>
        <translation>&amp;Save Timetable</translation>
    </message>
    <message>
        <source>&amp;Print Timetable…</source>
        <translation>&amp;Print Timetable…</translation>
    </message>
</context>
<context>
    <name>iotdesk::ui::PrintedDocument</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>The PDF %1 could not be written.</source>
        <translation>The PDF %1 could not be written.</translation>
    </message>
</context>
<context>
    <name>iotdesk::ui::ProgramPage</name>
    <message>
        <source>Edit meeting “%1”</source>
        <translation>Edit meeting “%1”</translation>
    </message>
    <message>
        <source>&amp;Program:</source>
        <translation>&amp;Program:</translation>
    </message>
    <message>
        <source>New Fiscal Year from This Program</source>
        <translation>New Fiscal Year from This Program</translation>
    </message>
    <message>
        <source>Copies this program&apos;s settings and meetings to the next fiscal year, every date one year later.</source>
        <translation>Copies this program&apos;s settings and meetings to the next fiscal year, every date one year later.</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Name (Japanese):</source>
        <translation>Name (Japanese):</translation>
    </message>
    <message>
        <source>Name (English):</source>
        <translation>Name (English):</translation>
    </message>
    <message>
        <source>Fiscal year:</source>
        <translation>Fiscal year:</translation>
    </message>
    <message>
        <source>Application window:</source>
        <translation>Application window:</translation>
    </message>
    <message>
        <source>Selection cap:</source>
        <translation>Selection cap:</translation>
    </message>
    <message>
        <source> bodies</source>
        <translation> bodies</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Office:</source>
        <translation>Office:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Phone:</translation>
    </message>
    <message>
        <source>Fax:</source>
        <translation>Fax:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <source>Add Meeting</source>
        <translation>Add Meeting</translation>
    </message>
    <message>
        <source>Remove Meeting</source>
        <translation>Remove Meeting</translation>
    </message>
    <message numerus="yes">
        <source>(%n business day(s))</source>
        <translation>
            <numerusform>(%n business day)</numerusform>
            <numerusform>(%n business days)</numerusform>
        </translation>
    </message>
    <message>
        <source>Japanese name</source>
        <translation>Japanese name</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>English name</translation>
    </message>
    <message>
        <source>fiscal year</source>
        <translation>fiscal year</translation>
    </message>
    <message>
        <source>application start</source>
        <translation>application start</translation>
    </message>
    <message>
        <source>application end</source>
        <translation>application end</translation>
    </message>
    <message>
        <source>selection cap</source>
        <translation>selection cap</translation>
    </message>
    <message>
        <source>contact office</source>
        <translation>contact office</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>phone</translation>
    </message>
    <message>
        <source>fax</source>
        <translation>fax</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Change %1</translation>
    </message>
    <message>
        <source>Add meeting</source>
        <translation>Add meeting</translation>
    </message>
    <message>
        <source>Remove meeting “%1”</source>
        <translation>Remove meeting “%1”</translation>
    </message>
    <message>
        <source>Not Saved</source>
        <translation>Not Saved</translation>
    </message>
    <message>
        <source>Holidays Not Loaded</source>
        <translation>Holidays Not Loaded</translation>
    </message>
    <message>
        <source>Monthly reports due:</source>
        <translation>Monthly reports due:</translation>
    </message>
    <message>
        <source>day </source>
        <translation>day </translation>
    </message>
    <message>
        <source> of the next month</source>
        <translation> of the next month</translation>
    </message>
    <message>
        <source>A month&apos;s progress report is due on this day of the month after it (the last day in a shorter month), moved to the next business day.</source>
        <translation>A month&apos;s progress report is due on this day of the month after it (the last day in a shorter month), moved to the next business day.</translation>
    </message>
    <message>
        <source>report due day</source>
        <translation>report due day</translation>
    </message>
    <message>
        <source>Not a business day: %1. Offices are closed; consider moving the window.</source>
        <translation>Not a business day: %1. Offices are closed; consider moving the window.</translation>
    </message>
</context>
<context>
    <name>iotdesk::ui::ProgressSummary</name>
    <message>
        <source>Progress summary</source>
        <translation>Progress summary</translation>
    </message>
    <message>
        <source>%1 · as of %2</source>
        <translation>%1 · as of %2</translation>
    </message>
    <message>
        <source>%1 applications were received and %2 municipalities selected.</source>
        <translation>%1 applications were received and %2 municipalities selected.</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Reports received</source>
        <translation>Reports received</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Consultations</source>
        <translation>Consultations</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Meeting gaps</source>
        <translation>Meeting gaps</translation>
    </message>
    <message>
        <source>Open follow-ups</source>
        <translation>Open follow-ups</translation>
    </message>
    <message>
        <source>No municipality is selected yet.</source>
        <translation>No municipality is selected yet.</translation>
    </message>
    <message>
        <source>Local government code %1 · %2</source>
        <translation>Local government code %1 · %2</translation>
    </message>
    <message>
        <source>Joint applicants: %1</source>
        <translation>Joint applicants: %1</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Department</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Why it was selected</source>
        <translation>Why it was selected</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Monthly reports</source>
        <translation>Monthly reports</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source> (late)</source>
        <translation> (late)</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activities</translation>
    </message>
    <message>
        <source>Progress against the milestones</source>
        <translation>Progress against the milestones</translation>
    </message>
    <message>
        <source>Issues and risks</source>
        <translation>Issues and risks</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Next month</translation>
    </message>
    <message>
        <source>Support requested</source>
        <translation>Support requested</translation>
    </message>
    <message>
        <source>%1 consultations this fiscal year, %2 hours.</source>
        <translation>%1 consultations this fiscal year, %2 hours.</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>None.</translation>
    </message>
    <message>
        <source> (due %1)</source>
        <translation> (due %1)</translation>
    </message>
    <message>
        <source>Consultations per month</source>
        <translation>Consultations per month</translation>
    </message>
    <message>
        <source>Consultations (✓ report received, ✗ missing)</source>
        <translation>Consultations (✓ report received, ✗ missing)</translation>
    </message>
    <message>
        <source>The latest report (%1)</source>
        <translation>The latest report (%1)</translation>
    </message>
    <message>
        <source>Activity by month</source>
        <translation>Activity by month</translation>
    </message>
    <message numerus="yes">
        <source>%n more report(s) to come; the next, %1, is due %2.</source>
        <translation>
            <numerusform>%n more report to come; the next, %1, is due %2.</numerusform>
            <numerusform>%n more reports to come; the next, %1, is due %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Received on time</source>
        <translation>Received on time</translation>
    </message>
    <message>
        <source>Received late</source>
        <translation>Received late</translation>
    </message>
    <message>
        <source>Overdue, not received</source>
        <translation>Overdue, not received</translation>
    </message>
    <message>
        <source>not yet reported</source>
        <translation>not yet reported</translation>
    </message>
    <message>
        <source>Milestones of the plan</source>
        <translation>Milestones of the plan</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Milestone</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>iotdesk::ui::ReportDialog</name>
    <message>
        <source>&amp;Received on</source>
        <translation>&amp;Received on</translation>
    </message>
    <message>
        <source>Re&amp;viewed on</source>
        <translation>Re&amp;viewed on</translation>
    </message>
    <message>
        <source>Monthly Report</source>
        <translation>Monthly Report</translation>
    </message>
    <message>
        <source>by</source>
        <translation>by</translation>
    </message>
    <message>
        <source>&amp;Activities this month</source>
        <translation>&amp;Activities this month</translation>
    </message>
    <message>
        <source>&amp;Progress against the plan&apos;s milestones</source>
        <translation>&amp;Progress against the plan&apos;s milestones</translation>
    </message>
    <message>
        <source>&amp;Issues and risks</source>
        <translation>&amp;Issues and risks</translation>
    </message>
    <message>
        <source>Plans for &amp;next month</source>
        <translation>Plans for &amp;next month</translation>
    </message>
    <message>
        <source>&amp;Support requested</source>
        <translation>&amp;Support requested</translation>
    </message>
    <message>
        <source>Reviewer&apos;s &amp;comment</source>
        <translation>Reviewer&apos;s &amp;comment</translation>
    </message>
    <message>
        <source>via</source>
        <translation>via</translation>
    </message>
    <message>
        <source>Due %1 · Status: %2</source>
        <translation>Due %1 · Status: %2</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Milestone</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>The municipality&apos;s plan has no milestones yet: they are entered on the Plans page, under Roadmap.</source>
        <translation>The municipality&apos;s plan has no milestones yet: they are entered on the Plans page, under Roadmap.</translation>
    </message>
    <message>
        <source>&amp;Milestones of the plan this month:</source>
        <translation>&amp;Milestones of the plan this month:</translation>
    </message>
    <message>
        <source>%1 (due %2)</source>
        <translation>%1 (due %2)</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>iotdesk::ui::ReportsPage</name>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx);;CSV files (*.csv)</source>
        <translation>Excel workbooks (*.xlsx);;CSV files (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n municipality(ies) reporting; %1 received, %2 overdue, %3 due.</source>
        <translation>
            <numerusform>%n municipality reporting; %1 received, %2 overdue, %3 due.</numerusform>
            <numerusform>%n municipalities reporting; %1 received, %2 overdue, %3 due.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a month of a municipality.</source>
        <translation>Choose a month of a municipality.</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>due %1</translation>
    </message>
    <message>
        <source>received %1 (%2)</source>
        <translation>received %1 (%2)</translation>
    </message>
    <message>
        <source>⚑ Neither a report nor any consultation this month.</source>
        <translation>⚑ Neither a report nor any consultation this month.</translation>
    </message>
    <message>
        <source>Activities this month</source>
        <translation>Activities this month</translation>
    </message>
    <message>
        <source>Progress against the plan&apos;s milestones</source>
        <translation>Progress against the plan&apos;s milestones</translation>
    </message>
    <message>
        <source>Issues and risks</source>
        <translation>Issues and risks</translation>
    </message>
    <message>
        <source>Plans for next month</source>
        <translation>Plans for next month</translation>
    </message>
    <message>
        <source>Support requested</source>
        <translation>Support requested</translation>
    </message>
    <message>
        <source>Reviewer&apos;s comment</source>
        <translation>Reviewer&apos;s comment</translation>
    </message>
    <message>
        <source>Overdue (%1)</source>
        <translation>Overdue (%1)</translation>
    </message>
    <message>
        <source>The reminder is on the clipboard.</source>
        <translation>The reminder is on the clipboard.</translation>
    </message>
    <message>
        <source>&amp;Program:</source>
        <translation>&amp;Program:</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <source>The &amp;Schedule…</source>
        <translation>The &amp;Schedule…</translation>
    </message>
    <message>
        <source>The &amp;Overdue List…</source>
        <translation>The &amp;Overdue List…</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Schedule</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>Months overdue</source>
        <translation>Months overdue</translation>
    </message>
    <message>
        <source>Oldest due date</source>
        <translation>Oldest due date</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>&amp;Write Reminder…</source>
        <translation>&amp;Write Reminder…</translation>
    </message>
    <message>
        <source>&amp;Copy Reminder</source>
        <translation>&amp;Copy Reminder</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Save the Progress Summary</source>
        <translation>Save the Progress Summary</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Progress summary</source>
        <translation>Progress summary</translation>
    </message>
    <message>
        <source>No municipality is selected yet.</source>
        <translation>No municipality is selected yet.</translation>
    </message>
    <message>
        <source>Municipality &amp;Summary</source>
        <translation>Municipality &amp;Summary</translation>
    </message>
    <message>
        <source>The chosen municipality&apos;s progress summary on A4.</source>
        <translation>The chosen municipality&apos;s progress summary on A4.</translation>
    </message>
    <message>
        <source>Print &amp;Preview…</source>
        <translation>Print &amp;Preview…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Save as PDF…</translation>
    </message>
    <message>
        <source>Open Repor&amp;t…</source>
        <translation>Open Repor&amp;t…</translation>
    </message>
    <message>
        <source>No monthly report is scheduled in this program. A municipality reports from the month after the day it was selected until March: record the decisions, with the day they were taken, on the Selection page (Decide… or Select the Proposal…).</source>
        <translation>No monthly report is scheduled in this program. A municipality reports from the month after the day it was selected until March: record the decisions, with the day they were taken, on the Selection page (Decide… or Select the Proposal…).</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Milestones</translation>
    </message>
    <message>
        <source>✔ reviewed · ● received (green; yellow when late) · ! overdue (red) · due dates in yellow once the month is over · ⚑ neither a report nor a consultation that month · ▲ a milestone of the plan delayed. Enter or double-click opens the report.</source>
        <translation>✔ reviewed · ● received (green; yellow when late) · ! overdue (red) · due dates in yellow once the month is over · ⚑ neither a report nor a consultation that month · ▲ a milestone of the plan delayed. Enter or double-click opens the report.</translation>
    </message>
</context>
<context>
    <name>iotdesk::ui::RequestsDialog</name>
    <message>
        <source>Requests to %1</source>
        <translation>Requests to %1</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Asked on</source>
        <translation>Asked on</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>What is asked, or the answer to the selected request</source>
        <translation>What is asked, or the answer to the selected request</translation>
    </message>
    <message>
        <source>&amp;Ask</source>
        <translation>&amp;Ask</translation>
    </message>
    <message>
        <source>Record &amp;Answer</source>
        <translation>Record &amp;Answer</translation>
    </message>
    <message>
        <source>Select the request that was answered.</source>
        <translation>Select the request that was answered.</translation>
    </message>
</context>
<context>
    <name>iotdesk::ui::RestoreBackupDialog</name>
    <message>
        <source>Choose Another File…</source>
        <translation>Choose Another File…</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>Restore from Backup</translation>
    </message>
    <message>
        <source>The backup you choose replaces %1. The file as it is now is kept in %2, so nothing is lost.</source>
        <translation>The backup you choose replaces %1. The file as it is now is kept in %2, so nothing is lost.</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Written</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <source>Choose a Backup</source>
        <translation>Choose a Backup</translation>
    </message>
    <message>
        <source>IoT Desk files (*.sqlite *.db);;All files (*)</source>
        <translation>IoT Desk files (*.sqlite *.db);;All files (*)</translation>
    </message>
</context>
<context>
    <name>iotdesk::ui::ReviewersDialog</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>Active / &amp;Inactive</source>
        <translation>Active / &amp;Inactive</translation>
    </message>
    <message>
        <source>Reviewers</source>
        <translation>Reviewers</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>Affiliation</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>There is no such reviewer.</source>
        <translation>There is no such reviewer.</translation>
    </message>
</context>
<context>
    <name>iotdesk::ui::RowListEditor</name>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
</context>
<context>
    <name>iotdesk::ui::ScoreDialog</name>
    <message>
        <source>Review of %1</source>
        <translation>Review of %1</translation>
    </message>
    <message>
        <source>I have a conflict of interest with this application</source>
        <translation>I have a conflict of interest with this application</translation>
    </message>
    <message>
        <source>Reason (required)</source>
        <translation>Reason (required)</translation>
    </message>
    <message>
        <source>&amp;Reviewer:</source>
        <translation>&amp;Reviewer:</translation>
    </message>
    <message>
        <source>1. &amp;Proactiveness of the municipality:</source>
        <translation>1. &amp;Proactiveness of the municipality:</translation>
    </message>
    <message>
        <source>Is the head keen? Are there keen staff? Does it intend to set up a system to drive the work?</source>
        <translation>Is the head keen? Are there keen staff? Does it intend to set up a system to drive the work?</translation>
    </message>
    <message>
        <source>2. A &amp;business or body willing to implement:</source>
        <translation>2. A &amp;business or body willing to implement:</translation>
    </message>
    <message>
        <source>Is there a business or body that will work with the municipality to implement regional IoT?</source>
        <translation>Is there a business or body that will work with the municipality to implement regional IoT?</translation>
    </message>
    <message>
        <source>3. Potential to &amp;spread to neighbours:</source>
        <translation>3. Potential to &amp;spread to neighbours:</translation>
    </message>
    <message>
        <source>Does it form, or is it forming, a multi-area framework such as a 定住自立圏 or 連携中枢都市圏?</source>
        <translation>Does it form, or is it forming, a multi-area framework such as a 定住自立圏 or 連携中枢都市圏?</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>&amp;Comment:</translation>
    </message>
    <message>
        <source>This program has no active reviewer yet: add reviewers first.</source>
        <translation>This program has no active reviewer yet: add reviewers first.</translation>
    </message>
    <message>
        <source>A conflict of interest needs its reason.</source>
        <translation>A conflict of interest needs its reason.</translation>
    </message>
</context>
<context>
    <name>iotdesk::ui::SelectionPage</name>
    <message>
        <source>&amp;Program:</source>
        <translation>&amp;Program:</translation>
    </message>
    <message>
        <source>&amp;Limit per bureau:</source>
        <translation>&amp;Limit per bureau:</translation>
    </message>
    <message>
        <source>How many applications one regional bureau&apos;s area may have selected; — for no limit.</source>
        <translation>How many applications one regional bureau&apos;s area may have selected; — for no limit.</translation>
    </message>
    <message>
        <source>Decide…</source>
        <translation>Decide…</translation>
    </message>
    <message>
        <source>Select the Proposal</source>
        <translation>Select the Proposal</translation>
    </message>
    <message>
        <source>Marks every application of the balanced proposal as selected, in one step that can be undone.</source>
        <translation>Marks every application of the balanced proposal as selected, in one step that can be undone.</translation>
    </message>
    <message numerus="yes">
        <source>Cap: %n</source>
        <translation>
            <numerusform>Cap: %n</numerusform>
            <numerusform>Cap: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 selected, over the cap of %2.</source>
        <translation>%1 selected, over the cap of %2.</translation>
    </message>
    <message>
        <source>%1: %2 selected, over its limit of %3.</source>
        <translation>%1: %2 selected, over its limit of %3.</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>Eligible</translation>
    </message>
    <message>
        <source>Selected</source>
        <translation>Selected</translation>
    </message>
    <message numerus="yes">
        <source>Balanced proposal: %n application(s), total score %1</source>
        <translation>
            <numerusform>Balanced proposal: %n application, total score %1</numerusform>
            <numerusform>Balanced proposal: %n applications, total score %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The same as the plain ranking: no limit changes it.</source>
        <translation>The same as the plain ranking: no limit changes it.</translation>
    </message>
    <message>
        <source>Against the plain ranking:</source>
        <translation>Against the plain ranking:</translation>
    </message>
    <message>
        <source>There is nothing to propose yet: no eligible application has been scored.</source>
        <translation>There is nothing to propose yet: no eligible application has been scored.</translation>
    </message>
    <message>
        <source>Select the balanced proposal</source>
        <translation>Select the balanced proposal</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Selection</translation>
    </message>
    <message>
        <source>Save the Published List</source>
        <translation>Save the Published List</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Published List…</source>
        <translation>Published List…</translation>
    </message>
    <message>
        <source>Print preview of the A4 list of selected applicants, in Japanese.</source>
        <translation>Print preview of the A4 list of selected applicants, in Japanese.</translation>
    </message>
    <message>
        <source>Save List as PDF…</source>
        <translation>Save List as PDF…</translation>
    </message>
    <message>
        <source>Reviewers…</source>
        <translation>Reviewers…</translation>
    </message>
    <message>
        <source>Score…</source>
        <translation>Score…</translation>
    </message>
    <message>
        <source>A reviewer&apos;s scores for the selected application, or their conflict of interest.</source>
        <translation>A reviewer&apos;s scores for the selected application, or their conflict of interest.</translation>
    </message>
    <message>
        <source>Select an application on the board first.</source>
        <translation>Select an application on the board first.</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Save List as CSV…</source>
        <translation>Save List as CSV…</translation>
    </message>
    <message>
        <source>UTF-8 with a byte order mark, which Excel opens correctly.</source>
        <translation>UTF-8 with a byte order mark, which Excel opens correctly.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Decided &amp;on:</source>
        <translation>Decided &amp;on:</translation>
    </message>
    <message>
        <source>Applications and selections per regional bureau</source>
        <translation>Applications and selections per regional bureau</translation>
    </message>
    <message>
        <source>Balanced Proposal</source>
        <translation>Balanced Proposal</translation>
    </message>
    <message>
        <source>Regional Bureaus</source>
        <translation>Regional Bureaus</translation>
    </message>
    <message>
        <source>Select the Proposal…</source>
        <translation>Select the Proposal…</translation>
    </message>
    <message numerus="yes">
        <source>These %n application(s) of the balanced proposal will be marked as selected, in one step that can be undone:</source>
        <translation>
            <numerusform>This application of the balanced proposal will be marked as selected, in one step that can be undone:</numerusform>
            <numerusform>These %n applications of the balanced proposal will be marked as selected, in one step that can be undone:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>iotdesk::ui::SessionDetailsTab</name>
    <message>
        <source>&amp;First day:</source>
        <translation>&amp;First day:</translation>
    </message>
    <message>
        <source>&amp;Days:</source>
        <translation>&amp;Days:</translation>
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation>&amp;Venue:</translation>
    </message>
    <message>
        <source>C&amp;onsultants:</source>
        <translation>C&amp;onsultants:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>fixed</source>
        <translation>fixed</translation>
    </message>
    <message>
        <source>Untick while the date is not yet agreed.</source>
        <translation>Untick while the date is not yet agreed.</translation>
    </message>
    <message>
        <source>e.g. 総務省 第1会議室, or the host&apos;s town hall</source>
        <translation>e.g. 総務省 第1会議室, or the host&apos;s town hall</translation>
    </message>
    <message>
        <source>Street address, for the calendar and the sheets</source>
        <translation>Street address, for the calendar and the sheets</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Consultants…</source>
        <translation>Consultants…</translation>
    </message>
    <message>
        <source>No consultants yet. Consultants are the people who log consultations; add them here or with People… on the Consultations page.</source>
        <translation>No consultants yet. Consultants are the people who log consultations; add them here or with People… on the Consultations page.</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Revert</translation>
    </message>
    <message>
        <source>Addr&amp;ess:</source>
        <translation>Addr&amp;ess:</translation>
    </message>
</context>
<context>
    <name>iotdesk::ui::SessionListPanel</name>
    <message>
        <source>No warnings.</source>
        <translation>No warnings.</translation>
    </message>
    <message numerus="yes">
        <source>%n &amp;warning(s) — double-click one to open its session:</source>
        <translation>
            <numerusform>%n &amp;warning — double-click it to open its session:</numerusform>
            <numerusform>%n &amp;warnings — double-click one to open its session:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>iotdesk::ui::SlotPlanDialog</name>
    <message>
        <source>Generate Presentation Slots</source>
        <translation>Generate Presentation Slots</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>no breaks</source>
        <translation>no breaks</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Day:</translation>
    </message>
    <message>
        <source>&amp;First talk at:</source>
        <translation>&amp;First talk at:</translation>
    </message>
    <message>
        <source>&amp;Each talk with questions:</source>
        <translation>&amp;Each talk with questions:</translation>
    </message>
    <message>
        <source>A &amp;break after every:</source>
        <translation>A &amp;break after every:</translation>
    </message>
    <message>
        <source>Break &amp;length:</source>
        <translation>Break &amp;length:</translation>
    </message>
    <message>
        <source>One slot per selected municipality, in the order of the published list. The timetable being edited is replaced.</source>
        <translation>One slot per selected municipality, in the order of the published list. The timetable being edited is replaced.</translation>
    </message>
</context>
<context>
    <name>iotdesk::ui::StoredFilesPanel</name>
    <message>
        <source>Add Files</source>
        <translation>Add Files</translation>
    </message>
    <message>
        <source>Save the File As</source>
        <translation>Save the File As</translation>
    </message>
    <message>
        <source>“%1” cannot be written: %2</source>
        <translation>“%1” cannot be written: %2</translation>
    </message>
    <message>
        <source>No program opens “%1”; it was saved as %2.</source>
        <translation>No program opens “%1”; it was saved as %2.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>&amp;Add Files…</source>
        <translation>&amp;Add Files…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>Sa&amp;ve As…</source>
        <translation>Sa&amp;ve As…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
</context>
<context>
    <name>iotdesk::ui::WriteAccess</name>
    <message>
        <source>The file is read-only: changes cannot be saved.</source>
        <translation>The file is read-only: changes cannot be saved.</translation>
    </message>
    <message>
        <source>Changes can be saved once the file&apos;s daily check has passed.</source>
        <translation>Changes can be saved once the file&apos;s daily check has passed.</translation>
    </message>
    <message>
        <source>The file is damaged: nothing can be saved into it. Restore a backup.</source>
        <translation>The file is damaged: nothing can be saved into it. Restore a backup.</translation>
    </message>
    <message>
        <source>Your role on the team database, %1, does not change this.</source>
        <translation>Your role on the team database, %1, does not change this.</translation>
    </message>
</context>
<context>
    <name>iotdesk::ui::YearCalendarTab</name>
    <message numerus="yes">
        <source>Monthly reports due: %n</source>
        <translation>
            <numerusform>Monthly reports due: %n</numerusform>
            <numerusform>Monthly reports due: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>meeting day (①: meeting number)</source>
        <translation>meeting day (①: meeting number)</translation>
    </message>
    <message>
        <source>report due</source>
        <translation>report due</translation>
    </message>
    <message>
        <source>application window</source>
        <translation>application window</translation>
    </message>
    <message>
        <source>planned period</source>
        <translation>planned period</translation>
    </message>
    <message>
        <source>&amp;nbsp;&amp;nbsp;&amp;nbsp;Today is framed in red. Double-click a meeting day to open its session.</source>
        <translation>&amp;nbsp;&amp;nbsp;&amp;nbsp;Today is framed in red. Double-click a meeting day to open its session.</translation>
    </message>
    <message>
        <source>R</source>
        <comment>the calendar&apos;s mark of a day monthly reports are due: one letter</comment>
        <translation>R</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <source>Sunday, holiday or office holiday</source>
        <translation>Sunday, holiday or office holiday</translation>
    </message>
</context>
<context>
    <name>iotdesk::undo::AddApplicationCommand</name>
    <message>
        <source>New application</source>
        <translation>New application</translation>
    </message>
</context>
<context>
    <name>iotdesk::undo::AddContactCommand</name>
    <message>
        <source>Add a person</source>
        <translation>Add a person</translation>
    </message>
</context>
<context>
    <name>iotdesk::undo::AddReviewerCommand</name>
    <message>
        <source>Add reviewer %1</source>
        <translation>Add reviewer %1</translation>
    </message>
</context>
<context>
    <name>iotdesk::undo::AddStoredFileCommand</name>
    <message>
        <source>Add %1</source>
        <translation>Add %1</translation>
    </message>
</context>
<context>
    <name>iotdesk::undo::AskApplicantCommand</name>
    <message>
        <source>Request to the applicant</source>
        <translation>Request to the applicant</translation>
    </message>
</context>
<context>
    <name>iotdesk::undo::ChangeAgendaCommand</name>
    <message>
        <source>Change the Agenda</source>
        <translation>Change the Agenda</translation>
    </message>
</context>
<context>
    <name>iotdesk::undo::ChangeSessionCommand</name>
    <message>
        <source>Change %1</source>
        <translation>Change %1</translation>
    </message>
</context>
<context>
    <name>iotdesk::undo::ChangeTimetableCommand</name>
    <message>
        <source>Change the Presentation Timetable</source>
        <translation>Change the Presentation Timetable</translation>
    </message>
</context>
<context>
    <name>iotdesk::undo::CompleteFollowUpCommand</name>
    <message>
        <source>Complete a follow-up and schedule the next</source>
        <translation>Complete a follow-up and schedule the next</translation>
    </message>
    <message>
        <source>Complete a follow-up</source>
        <translation>Complete a follow-up</translation>
    </message>
</context>
<context>
    <name>iotdesk::undo::CreateFiscalYearCommand</name>
    <message>
        <source>New fiscal year from %1</source>
        <translation>New fiscal year from %1</translation>
    </message>
</context>
<context>
    <name>iotdesk::undo::DecideApplicationCommand</name>
    <message>
        <source>Decision: %1</source>
        <translation>Decision: %1</translation>
    </message>
</context>
<context>
    <name>iotdesk::undo::DeclareConflictCommand</name>
    <message>
        <source>Conflict of interest</source>
        <translation>Conflict of interest</translation>
    </message>
</context>
<context>
    <name>iotdesk::undo::DeleteConsultationCommand</name>
    <message>
        <source>Delete a consultation</source>
        <translation>Delete a consultation</translation>
    </message>
</context>
<context>
    <name>iotdesk::undo::EditApplicationCommand</name>
    <message>
        <source>Edit application</source>
        <translation>Edit application</translation>
    </message>
</context>
<context>
    <name>iotdesk::undo::EditConsultationCommand</name>
    <message>
        <source>Edit a consultation</source>
        <translation>Edit a consultation</translation>
    </message>
</context>
<context>
    <name>iotdesk::undo::EditContactCommand</name>
    <message>
        <source>Edit a person</source>
        <translation>Edit a person</translation>
    </message>
</context>
<context>
    <name>iotdesk::undo::ImportApplicationsCommand</name>
    <message numerus="yes">
        <source>Import %n application(s)</source>
        <translation>
            <numerusform>Import %n application</numerusform>
            <numerusform>Import %n applications</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>iotdesk::undo::ImportConsultationMailsCommand</name>
    <message>
        <source>Import mail</source>
        <translation>Import mail</translation>
    </message>
</context>
<context>
    <name>iotdesk::undo::LogConsultationCommand</name>
    <message>
        <source>Log a consultation</source>
        <translation>Log a consultation</translation>
    </message>
</context>
<context>
    <name>iotdesk::undo::MarkAttendanceCommand</name>
    <message>
        <source>Mark Attendance</source>
        <translation>Mark Attendance</translation>
    </message>
</context>
<context>
    <name>iotdesk::undo::PlanCommand</name>
    <message>
        <source>settings</source>
        <translation>settings</translation>
    </message>
    <message>
        <source>Freeze the Plan of %1 (%2)</source>
        <translation>Freeze the Plan of %1 (%2)</translation>
    </message>
    <message>
        <source>Register a Lesson</source>
        <translation>Register a Lesson</translation>
    </message>
    <message>
        <source>Change a Lesson</source>
        <translation>Change a Lesson</translation>
    </message>
    <message>
        <source>Remove a Lesson</source>
        <translation>Remove a Lesson</translation>
    </message>
    <message>
        <source>Add to the Plan: %1</source>
        <translation>Add to the Plan: %1</translation>
    </message>
    <message>
        <source>Change the Plan: %1</source>
        <translation>Change the Plan: %1</translation>
    </message>
    <message>
        <source>Remove from the Plan: %1</source>
        <translation>Remove from the Plan: %1</translation>
    </message>
</context>
<context>
    <name>iotdesk::undo::ReceiveReportCommand</name>
    <message>
        <source>Record the Report of %1</source>
        <translation>Record the Report of %1</translation>
    </message>
</context>
<context>
    <name>iotdesk::undo::RecordAnswerCommand</name>
    <message>
        <source>Answer recorded</source>
        <translation>Answer recorded</translation>
    </message>
</context>
<context>
    <name>iotdesk::undo::RecordConfirmationCommand</name>
    <message>
        <source>Receipt confirmed for %1</source>
        <translation>Receipt confirmed for %1</translation>
    </message>
</context>
<context>
    <name>iotdesk::undo::RegisterParticipantsCommand</name>
    <message numerus="yes">
        <source>Register %n Participant(s)</source>
        <translation>
            <numerusform>Register %n Participant</numerusform>
            <numerusform>Register %n Participants</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>iotdesk::undo::RemoveParticipantsCommand</name>
    <message numerus="yes">
        <source>Remove %n Participant(s)</source>
        <translation>
            <numerusform>Remove %n Participant</numerusform>
            <numerusform>Remove %n Participants</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>iotdesk::undo::RemoveStoredFileCommand</name>
    <message>
        <source>Remove a File</source>
        <translation>Remove a File</translation>
    </message>
</context>
<context>
    <name>iotdesk::undo::RepositoryCommand</name>
    <message>
        <source>Cannot undo “%1”: %2</source>
        <translation>Cannot undo “%1”: %2</translation>
    </message>
</context>
<context>
    <name>iotdesk::undo::SaveScoreCommand</name>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
</context>
<context>
    <name>iotdesk::undo::SetBureauLimitCommand</name>
    <message>
        <source>Change the limit per bureau</source>
        <translation>Change the limit per bureau</translation>
    </message>
</context>
<context>
    <name>iotdesk::undo::SetBureauOwnLimitCommand</name>
    <message>
        <source>Change a bureau&apos;s own limit</source>
        <translation>Change a bureau&apos;s own limit</translation>
    </message>
</context>
<context>
    <name>iotdesk::undo::SetReviewerActiveCommand</name>
    <message>
        <source>Reviewer %1 active</source>
        <translation>Reviewer %1 active</translation>
    </message>
    <message>
        <source>Reviewer %1 inactive</source>
        <translation>Reviewer %1 inactive</translation>
    </message>
</context>
<context>
    <name>iotdesk::undo::TakeInApplicationMailsCommand</name>
    <message numerus="yes">
        <source>Take in %n application mail(s)</source>
        <translation>
            <numerusform>Take in %n application mail</numerusform>
            <numerusform>Take in %n application mails</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>iotdesk::undo::WithdrawConflictCommand</name>
    <message>
        <source>Withdraw conflict of interest</source>
        <translation>Withdraw conflict of interest</translation>
    </message>
</context>
</TS>
