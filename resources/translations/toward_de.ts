<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>core.bids</name>
    <message>
        <source>Research context, not a grade: in John Gottman&apos;s study of newlywed couples, those still together six years later had turned toward each other&apos;s bids about 86% of the time; those who had separated, about 33%. (Gottman &amp; DeClaire, The Relationship Cure, 2001.) Every couple&apos;s numbers move from week to week.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core.labels</name>
    <message>
        <source>a comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a touch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a request for help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a sigh or a look</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>something else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>turned toward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>turned away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>turned against</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>heavy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>steady</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bright</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has a question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>talked it through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>renegotiated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finding a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on a break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A broken agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something kept secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A breach of trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What I want to talk about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions for our therapist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My weekly check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened since last time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What we practised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bids for connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promises and agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repair conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>core.ledger.agreement</name>
    <message>
        <source>We tell each other about any purchase over {amount} the same day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>We tell each other about any purchase over {amount} within %n days.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>core.period</name>
    <message>
        <source>{start} to {end}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>export.between_sessions</name>
    <message>
        <source>A practice {partner} wrote down</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This summary covers %n days.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The last summary for a couples session was made on {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n shared journal entries.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bids for connection logged; {toward} turned toward.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n purchases disclosed in the money ledger.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n promises made or settled; {kept} kept.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n promises made or settled.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n repair conversations open at some point.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Practices from therapy: practised %n times.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>A quiet stretch: nothing was logged in Toward in this period.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>export.markdown</name>
    <message>
        <source>Exported {day}. Private, keep safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bank account ended the period at {balance}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted as {partner} sees them: shared bids and those {partner} logged privately. No descriptions or notes are included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week by week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n answers counted here, not quoted.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>**Agreed:** {agreement}</source>
        <comment>Markdown bold</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{partner} wrote %n more shared entries in this period, counted but not quoted: {partner} has not chosen to bring them to therapy.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n replies under these entries are counted, not quoted, for the same reason.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>export.pdf.between</name>
    <message numerus="yes">
        <source>{partner} wrote %n more shared entries in this period. {partner} has not chosen to bring them to therapy, so only the number is shown.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n replies under these entries are counted, not quoted, for the same reason.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>export.pdf.charts</name>
    <message>
        <source>Share of bids turned toward, week by week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bars: turning toward (up) and turning away or against (down). Line: the running balance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bars: turning toward (up) and turning away or against (down). Too few weeks for a line; the figures above are the whole period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bank account, week by week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bids {partner} made</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>export.pdf.page</name>
    <message>
        <source>Exported {day} · Private, keep safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page {number} of {pages}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contents: {sections}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>export.pdf.record</name>
    <message>
        <source>The bank account (turning toward in, turning away or against out) ended the period at {balance}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted as {partner} sees them in Toward: shared bids and those {partner} logged privately. No descriptions or notes are included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} of the bids not turned toward at first were answered later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of bid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By time of day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standing agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often each was kept or broken in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes, taken together</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>In all, %n answers are counted here but not quoted: their author has not chosen to bring them to therapy.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>export.record_parts</name>
    <message>
        <source>question from {partner} since {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No category</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>export.summary</name>
    <message>
        <source>{name} is not a section. Choose from: {known}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one section.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary for an individual session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary for therapy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only {partner}&apos;s own words are in this summary. What anyone else wrote in this period is left out; counts and dates stand in for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepared by {partners}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A summary needs the partner who makes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each partner contributes once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note can be at most {count} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A summary for an individual session is made by one partner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A conversation {partner} started</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>export.talks</name>
    <message>
        <source>Questions the two played, each answering about themselves and guessing the other&apos;s answer. Their answers stay between them, and nothing is scored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>export.words</name>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period: {period}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No note was written for this summary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From {partner}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No bids were logged in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bids made by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turned toward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Against</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By kind of bid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Morning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afternoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Night</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No promises were made or settled in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promises made by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renegotiated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who, to whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promises made or settled in this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{promiser} to {to}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no day set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{status}, {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standing agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{agreement} (set aside since)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agreement in force: {agreement}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was disclosed for this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amounts, dates, payees and categories only: the reasons and replies written in the ledger are not included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disclosed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disclosures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late disclosures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No repair conversations in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{partner} answered this step (not quoted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No planned conversations were had in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>had {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How well do we know each other?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No journal entries are included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply from {partner}, {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No practices from therapy were in use in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{partner}, {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each answer is about the writer&apos;s own week, in their own words for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{partner}&apos;s check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week of {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n bids in this period; {percent} turned toward.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n disclosures for purchases in this period, totalling {amounts}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them came later than agreed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n questions are still open.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more earlier promises are in Toward, not shown here.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more late disclosures are in Toward, not shown here.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more open questions are in Toward, not shown here.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>started {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>steps completed together: {reached} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>apology accepted by {partners}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by {partner}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>private, chosen for this summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mood: {mood}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meant {how_often}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>written down by {partner}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set aside since</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Practised %n times in this period.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Practised %n times in this period (logged by {who}).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n notes counted, not quoted: their author has not chosen to bring them to therapy.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>opendata.counts</name>
    <message numerus="yes">
        <source>%n journal entries</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pictures</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n replies</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n bids</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ledger lines</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ledger responses</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ledger agreements</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n promises</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agreements</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agreement moments</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n repair answers</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n repair plan items</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n times practised</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n weekly check-ins</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answers and guesses</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n repair step marks</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n read marks</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n therapy consents</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>opendata.export</name>
    <message>
        <source>An export is not encrypted: anyone who can open the folder can read everything in it, including your private entries. Keep it somewhere only you can reach, or choose a password-protected archive instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toward export for {partner}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{document}: everything, as one JSON document (described by {schema}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>journal/private and journal/shared: one Markdown file per entry, pictures beside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>*.csv: tables for spreadsheets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each record says whether it was in your private space or the shared one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These files are not encrypted: anyone who can open them can read everything in them, your private entries included. Keep them where only you can reach them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opendata.imports.dayone</name>
    <message>
        <source>This Day One file has no list of entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{journal}, entry {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not an entry (not a JSON object)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its date could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{entry} ({when})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day One, {entry}: {problem}, not as Day One writes it; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its text is not text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its tags are not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its photos are not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its photo {number} is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its photo {number}&apos;s {field} is not text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a photo without its md5 name was left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the photo {name} has a name Toward does not read; left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the photo {name} is not in the export; left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is not readable JSON ({problem}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is nested too deeply to be a journal export.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opendata.imports.journal_entries</name>
    <message>
        <source>the picture {name} is not a PNG, JPEG, GIF or WebP picture; left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the picture {name} is larger than {megabytes} MB; left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the picture {name} is past the {most} pictures an entry holds</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opendata.imports.jrnl</name>
    <message>
        <source>This jrnl file has no list of entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entry {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not an entry (not a JSON object)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its date or time could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{entry} ({when})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its title, text or tags are not in jrnl&apos;s format</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opendata.imports.plan</name>
    <message>
        <source>From {source}: added {records}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From {source}: added nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Left out (%n):</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported with a remark (%n):</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>opendata.imports.source</name>
    <message>
        <source>Toward can bring in a Toward export (its folder, toward-export.json or zip), a Day One export (its zip or Journal.json) or a jrnl export (jrnl --export json).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This folder holds no Toward export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no file {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is a damaged zip file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is not a file Toward can import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} holds no journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{member} in {file} is not a Day One journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is too large to be a journal export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} cannot be read ({problem}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opendata.imports.toward_json</name>
    <message>
        <source>a Toward export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its entry is neither in this export nor in Toward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its agreement is neither in this export nor in Toward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a Toward export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This export was made by a newer Toward (format {version}); update Toward first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the top level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This Toward export is damaged and was not imported (at {where}: {problem}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This export was made by your partner: only they can bring it back in, so their private entries stay theirs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This export lists one of its {records} twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already in Toward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This export does not fit this household ({problem}); nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>written by someone outside this household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>written by {partner}: only {partner} can bring it in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>marked as answered, but its sealed answer is not in the export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{record}, picture {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{problem}; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{record} cannot be imported ({problem}); nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{record} is not as Toward writes it; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{record} {number} (private)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{record} {number} (shared)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{record}: a picture&apos;s path leaves the export; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{record}: the picture {name} is missing; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{record}: the picture {name} is damaged; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{record}: {name} is not the picture it says; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(pictures only)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opendata.imports.zip_input</name>
    <message>
        <source>{file} is a damaged zip file ({problem}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That password does not open this archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This archive is protected by a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{member} in {file} unpacks to {ratio} times its packed size, as only a zip bomb does; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} would unpack to more than {megabytes} MB, far more than a journal export holds; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{member} in {file} would unpack to more than {megabytes} MB, far more than a journal export holds; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{member} in {file} is damaged ({problem}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>opendata.kinds</name>
    <message numerus="yes">
        <source>%n repair conversations</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n practices from therapy</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n questions for the therapist</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n planned conversations</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n thoughts prepared for planned conversations</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rounds of how well you know each other</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n marks of who has answered which round</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n export history lines</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reasons kept private</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>journal entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ledger lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ledger responses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ledger agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>promises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agreement moments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repair conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repair answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repair plan items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>practices from therapy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>times practised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>questions for the therapist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weekly check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>planned conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thoughts prepared for planned conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rounds of how well you know each other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answers and guesses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>who has answered which round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export history lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reasons kept private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repair step marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read marks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>therapy consents</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>packaging.metadata</name>
    <message>
        <source>Couple&apos;s Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A private, encrypted companion for a couple rebuilding or deepening trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>journal;couple;relationship;trust;private;encrypted;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A private, encrypted companion for a couple working on trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toward is a desktop app for two people who want to rebuild or deepen the trust between them. Each partner has a private space that only their own password opens, and the couple shares a space they both read and write. Nothing moves from private to shared unless its author chooses to share it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today: log a bid for connection in seconds and see what waits for you, gently</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A journal for each partner and a shared one, with prompts; share a whole entry or some of its paragraphs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bids for connection: notice the small reaches for each other and how they are met, without a score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money: write purchases down privately, then disclose them to your partner, who can acknowledge or ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promises and standing agreements, kept, renegotiated or released together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repair conversations after a fight, step by step, with answers that stay sealed until both have written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned conversations on the big topics of a shared life, ending in one small agreement, and a light round of how well you know each other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Between therapy sessions: practices your therapist suggested, your own questions to bring, and a private weekly check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A calm PDF or Markdown summary of a period to bring to a couples therapist, or one of only your own words for an individual session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Together mode: the second partner unlocks into the same window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything stays on this computer, encrypted with SQLCipher; no account, no cloud; encrypted backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lock screen: each partner opens their own space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today: log a bid for connection and see the week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal: private entries, with the shared journal a click away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bids for connection, and the ones you could still meet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money: purchases disclosed to each other, and how they were received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promises: what each of you said you would do, and when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repair conversations: a time to talk and steps taken together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talks: planned conversations on the big topics, and how well you know each other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For therapy: a summary of a period for your couples therapist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings: your password, locking and a shared computer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui.app</name>
    <message>
        <source>The household file (household.json) is missing. It holds the keys to the databases in this folder, so they cannot be opened without it. Restore from a backup, or put household.json back if you have a copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toward can&apos;t open this household</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing in {folder} has been changed or deleted. Run `toward doctor` for a full report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored from the backup made {made}. What was there before is kept in {kept}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored from the backup made {made}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: Toward cannot write to this folder, so you can read everything but nothing can be changed or added. Make a backup, or move the folder somewhere writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing here has been opened or changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui.kit.charts</name>
    <message>
        <source>Show numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}: show as a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Against</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late toward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toward share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance (toward − away − against)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deposits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui.kit.errors</name>
    <message>
        <source>Something went wrong inside Toward. Nothing you wrote was lost. Please report this problem ({kind}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui.kit.pictures</name>
    <message>
        <source>Remove picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This picture cannot be shown.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui.kit.widgets</name>
    <message>
        <source>Show password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least 8 characters. A few unrelated words work well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Toward could not read %n records here, perhaps from damage to the file; everything else is shown, and nothing was changed. ({reasons})</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Records that could not be read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui.lock_screen</name>
    <message>
        <source>Who&apos;s here?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forgot your password?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo household with sample data, deleted when you quit.
{passwords}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui.main_view</name>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} joins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} unlocks too, for time together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock now (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock and hide Toward at once (or press Shift three times)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome, {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Since then, %n wrong passwords were tried for your space.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Before this, %n wrong passwords were tried for your space.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Read-only: Toward can&apos;t write to this folder, so nothing can be changed or added. Make a backup in Settings, or move the folder somewhere writable and open it there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your space was last opened today at {time}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your space was last opened yesterday at {time}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your space was last opened on {day} at {time}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui.partner_form</name>
    <message>
        <source>Colour {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your colour: left and right arrows choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name your partner calls you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same password again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please give your name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The password needs at least %n characters.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}&apos;s recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you ever forget your password, this code lets you set a new one. It is shown only now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it somewhere only you can reach: on paper in a safe place, or in your own password manager. If you lose both your password and this code, your private space cannot be opened again — not by your partner, not by anyone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save to a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have put this code somewhere safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toward recovery code for {name}

{code}

This code lets you set a new password if you forget yours.
Keep it private and safe.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toward recovery code - {name}.txt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui.platform.capture</name>
    <message>
        <source>Toward&apos;s windows are kept out of screenshots, recordings and screen sharing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toward asks macOS to keep its windows out of screenshots and screen sharing; some newer recording apps may not honour it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On Linux an app can&apos;t stop screenshots or screen recording of its window, so Toward can&apos;t either. Lock Toward before sharing your screen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui.platform.single_instance</name>
    <message>
        <source>This household is already open in another Toward on this computer, perhaps under another account. Close it there first, then start Toward again here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This household is already open on the computer “{host}”. Close Toward there first, then start it again here. If that computer was switched off without closing Toward, delete the file {file} in {folder} and start again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui.platform.system_events</name>
    <message>
        <source>Toward notices the screen locking or the computer going to sleep when your desktop announces it, as KDE, GNOME and most others do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On this system Toward can&apos;t yet notice the screen locking or the computer going to sleep; the lock after a few minutes without use still applies.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui.repair.breach</name>
    <message>
        <source>After a breach of trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same questions are in the journal&apos;s prompts, to write about privately before you ask or answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the questions ({count})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui.repair.conversation</name>
    <message>
        <source>This step came to Toward after your conversation had moved past it, so nothing was written here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} · started by {partner} · {status} · {reached} of {steps} steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to talk, agreed: {day} at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step {position} of {steps}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have answered this step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have both answered. {partner}&apos;s answer appears here the next time {partner} opens Toward.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answer is sealed. {partner} will see it after writing their own, and you will see theirs then too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{partner} has answered; their answer is sealed until you do. Once submitted, yours stays as you wrote it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answer: {step}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep as a draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit my answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once submitted, an answer stays as written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appears the next time {partner} opens Toward.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{partner}: {step}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{partner} accepted {other}&apos;s apology.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I accept {partner}&apos;s apology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whenever you are ready; there is no hurry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished on {day}. Thank you both for staying with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw this proposal?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conversation disappears for you and for {partner}. You can start a new one whenever you like.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui.repair.page</name>
    <message>
        <source>Repair conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After a fight or a breach of trust: slow down, take turns, and find the way back to each other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How answers stay sealed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conversations yet. When something needs mending, start one above: it only proposes a time, nothing more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} · started by {partner} {day} · {status} · {reached} of {steps} steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open {topic}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for {partner} to answer about the time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a time waits for your answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your turn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for {partner}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repair conversations are for the two of you. Once your partner has joined Toward, either of you can start one here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name what you would like to talk about and propose a time. {partner} can accept it or suggest another; nothing else is shared yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What about?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to talk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propose this time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui.repair.pause</name>
    <message>
        <source>Taking a break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You needed a pause. The conversation picks up again at {time}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{partner} needed a pause. The conversation picks up again at {time}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the break: {suggestion}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We&apos;re both ready to go on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heart racing, thoughts spinning? Pausing is part of repairing, not a failure of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length of the break</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>I&apos;m flooded: take a break</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>About %n minutes left</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui.repair.plan</name>
    <message>
        <source>No plan items yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New plan item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan is complete for me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make it my promise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A promise from you to your partner, with this text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make it our agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A standing agreement for the two of you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added by {partner} · became a promise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added by {partner} · became {promiser}&apos;s promise ({status})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added by {partner} · became a standing agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added by {partner}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done with the plan: {partner}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done with the plan: {first} and {second}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui.repair.time_card</name>
    <message>
        <source>Finding a time to talk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You proposed {day} at {time}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for {partner} to accept or suggest another time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw this proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{partner} proposed {day} at {time}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept this time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggest this time instead</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui.sections</name>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For therapy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui.settings.backup</name>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup is one file holding your household exactly as it is stored here: still encrypted, so it is safe on a USB stick or in a cloud folder. Restoring it needs your password or your partner&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up every day into a folder, keeping the last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved and checked: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was not made. {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No folder chosen yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder: {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily backups are off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Latest daily backup: {name} (%n kept).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The first daily backup is made within the hour.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui.settings.language</name>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system ({language})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates and amounts follow the language too. Your partner chooses their own.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui.settings.page</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For {name}. Your partner has their own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing it does not change your recovery code, and your partner&apos;s password is not affected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock Toward after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-lock delay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n minutes without use</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Lock at any time with Ctrl+L or the Lock button.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gentle reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind me to check in with each other every day at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While Toward is open, a small notice appears. It never shows what you wrote, names a topic or says whose reminder it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You and {name} share this household. Each of you has a private space the other cannot open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toward works for one of you, and your partner can join whenever they are ready. They will choose their own password while you look away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add my partner…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tie my password to this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toward keeps a random key in this computer&apos;s keyring and mixes it into your password. A copy of the data folder (a cloud backup, a lost disk) then can&apos;t be opened by guessing your password elsewhere. Your password and your keys are never stored in the keyring. On a new computer, your recovery code gets you in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available: this computer has no keyring service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder: {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Toward {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything you write is encrypted on this computer. Honest limits: someone who can install software on your computer account (a key logger, a modified app) can defeat any app&apos;s encryption. Separate computer accounts and full-disk encryption are the stronger protection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tie your password to this computer?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untie your password?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your password to confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change your password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your new password is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your partner&apos;s private space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}, please hand over the keyboard now. Partner: choose a password only you know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create my space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui.settings.password</name>
    <message>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same password again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two new passwords are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a new password for {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the recovery code you were given at setup, then a new password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui.settings.restore</name>
    <message>
        <source>Restore from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The household in {folder} is kept as it is, moved aside beside it; nothing is deleted. A partner&apos;s password proves the backup opens before it takes its place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup is restored into {folder}. A partner&apos;s password proves the backup opens before it takes its place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup chosen yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose backup file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toward backups (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the password of the partner chosen above.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui.settings.safety</name>
    <message>
        <source>Lock Toward when the screen locks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock Toward when the computer goes to sleep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock Toward when its window is minimised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On a shared computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick exit: the Quick exit button, or Shift pressed three times, locks Toward at once (for both of you in together mode) and hides its window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Text you copy from Toward is marked to stay out of clipboard history where the system respects that, and is cleared after %n seconds or when Toward locks.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Screenshots</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui.settings.your_data</name>
    <message>
        <source>Your data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take everything you can read out of Toward: your private space and the shared space, as a JSON document, a Markdown file per journal entry and spreadsheet tables. Your partner&apos;s private space is never in it. Your partner will see in the shared history that you exported, never what.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protect it with a password (one encrypted zip file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive password (8 characters or more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same password again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export my data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a journal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two archive passwords are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toward export {day}.zip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zip (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toward export {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled. Nothing was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring your writing in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From Day One (its JSON export zip), jrnl (jrnl --export json) or a Toward export. Entries from other apps go into your private journal; nothing is shared. Entries already here are left out, so importing twice is safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the import holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From {source}: {counts} to add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing new to add from {source}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First entries:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Will be left out (%n):</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Remarks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n records to {path}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui.setup_wizard</name>
    <message>
        <source>Your private space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with the partner at the keyboard. Your password opens your private space and your shared one; nobody else can open your private space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create my space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to Toward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quiet place for the two of you to notice each other, keep your word, talk about money openly and repair after hard moments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each of you gets a private space that only you can open, with your own password. You also share a space together. Nothing moves from private to shared unless its author chooses to share it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything is encrypted on this computer. Anyone who can install software on it could still watch what is typed, so a separate computer account for each of you, and disk encryption, make it safer still.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>And your partner?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your partner gets their own private space and password. If they are here, hand them the keyboard and look away while they choose a password. If not, they can join later from Settings — Toward works for one of you too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add my partner now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your partner&apos;s private space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}, please hand over the keyboard now. Partner: choose a password only you know.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui.talks.knowing</name>
    <message>
        <source>How well do we know each other?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once your partner has joined, you can play.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answer and guess are sealed until {partner} has written theirs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{partner} has answered; both appear once you have too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(a question)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answer, about yourself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your guess at {partner}&apos;s answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your guess</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seal my answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{partner} said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appears when {partner} next opens Toward.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{partner} guessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appears soon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any surprises? Ask each other about them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui.talks.page</name>
    <message>
        <source>Talks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned conversations about the big things: what you count on, how you disagree, closeness, money, family, fun, meaning and dreams.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conversations planned yet. Pick a topic above and propose a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open {topic}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>had on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{status} · proposed for {day}, {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{status} · {day}, {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan a conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to talk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propose this time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui.talks.talk</name>
    <message>
        <source>your partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to talk, agreed: {day} at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes, taken together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whatever you want to remember: what surprised you, what you want to come back to. {partner} sees the same notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We talked about…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One small agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. “A walk together every Sunday morning”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agree and finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You talked on {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notes were kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{agreement} — a standing agreement in Promises.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agreement was removed from Promises since.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you thought about first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To think about first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your thoughts stay in your private space; bring what you like to the conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only you see this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep my thoughts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui.therapy.checkin</name>
    <message>
        <source>Week of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your weekly check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A few questions about your own week, not about your partner. Only you see your answers; they go into a summary only if you tick them there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note for yourself (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note for yourself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this week&apos;s answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Research context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have answered for this week; you can change your answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not answered yet this week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your check-ins over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept, privately. Thank you for checking in with yourself.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui.therapy.consent</name>
    <message>
        <source>your partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{partner} may quote this in a summary for therapy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without this, {partner}&apos;s summary only counts it. Your default is in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summaries for therapy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let {partner} quote my shared entries, replies and repair answers in full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When this is off, {partner}&apos;s summary shows only how many you wrote. You can still decide for each shared entry and reply where you read it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui.therapy.entry_checklist</name>
    <message>
        <source>{title} · {day} · {partner}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} · {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing in this period.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui.therapy.page</name>
    <message>
        <source>printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Therapy summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A partner who has left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{partner} · {kind} · {day}, {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{format}, protected with a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holds words {partner} wrote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holds none of {partner}&apos;s words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For therapy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A calm summary of a period to bring to your couples therapist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a period and what to include: what you practised, bids, promises, the ledger, repair conversations, journal entries and a note about what you want to talk about. You see it before you save or print it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your partner&apos;s shared writing is quoted only where they allowed it. You decide the same for yours, in Settings and on each shared entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a summary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every summary for a couples session or data export either of you makes is listed here, so nothing you wrote leaves Toward unseen: who made it, when, and whether the other&apos;s words are in it, never the content. A summary for an individual session holds only its maker&apos;s own words and is not listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No exports yet. When one of you makes a summary, it appears here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>And %n earlier.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui.therapy.practices</name>
    <message>
        <source>Meant {how_often} · not yet practised so far this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Meant {how_often} · practised %n times so far this week</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Practices from therapy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What your therapist suggested trying between sessions. Either of you can add one and note each time you practised it; the summary shows it as “what we practised”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. a 20-minute stress-reducing conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A practice to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No practices yet. When your therapist suggests something to try, write it here so you both remember.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{partner}, {day}: {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{partner}, {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it went (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note on {practice}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We practised it today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop showing it; it stays in your history and past summaries</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui.therapy.questions</name>
    <message>
        <source>Questions for our therapist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Things you want to bring up in a session. Only you see this list. Share one with {partner} when you want them to know it is coming. When you make a summary, you tick which of them go in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Things you want to bring up in a session. Only you see this list. When you make a summary, you tick which of them go in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. how do we talk about money?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A question to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing on your list yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared by {partner}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share with {partner}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared with {partner}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop sharing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talked about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take it off the list once it has been brought up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{partner} can see this question now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is private again. {partner} may already have seen it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked as talked about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this question?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui.therapy.summary_dialog</name>
    <message>
        <source>The last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since the last summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates of my choosing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For an individual session, only your own words go in: your notes, your private entries you tick, your own shared entries and answers, and counts and dates. Nothing your partner wrote leaves, so this summary is not noted in the export history your partner sees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A summary for a couples session is noted in the export history you both see: who made it, when, and whether your partner&apos;s words are in it. Never what it covers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An exported file can be read by anyone who gets it, unless you protect it with a password. Keep it somewhere only you can reach, and delete it when you no longer need it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview of the summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a summary for therapy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only what you can read in Toward goes in. Your partner&apos;s shared writing is quoted only where they allowed it; otherwise it is counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For which session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With my partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Just me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who sees that this summary was made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since the last summary ({day})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <comment>before the first day of a period</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <comment>before the last day of a period</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What I want to talk about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What I want to talk about ({partner})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note ({partner})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A few lines for the therapist to read first. Optional.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared journal entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared entries to include</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your private entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{partner}&apos;s private entries ({partner} ticks their own)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None go in unless ticked here, one by one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{partner}&apos;s private entries to include</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your questions for the therapist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{partner}&apos;s questions for the therapist ({partner} ticks their own)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{partner}&apos;s questions to include</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None on your list. Add them on the For therapy page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include my weekly check-ins (private until ticked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include {partner}&apos;s weekly check-ins (private until ticked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protect the PDF with a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same password again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning about exported files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Markdown…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints the preview, once it shows your latest choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A summary covers days {range}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n more shared entries are counted, not quoted: their author has not chosen to bring them to therapy.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a period and at least one section.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n pages · {period}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Type the same password twice to protect the PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is protected with your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is not noted in the shared export history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preview is not ready yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ui.today.page</name>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a bid for connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bid is any reach for attention: a comment, a question, a touch, a sigh. Ctrl+B logs one from anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emotional bank account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turning toward a bid is a deposit; turning away or against is a withdrawal. The line is the running balance over the last twelve weeks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Research context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your bids, answered by {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}&apos;s bids, answered by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No bids logged yet this week. Noticing one is the first step — the small ones count most.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} · {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No bids logged yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n not yet answered</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n turned against</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n turned away</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n turned toward later</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{toward} of %n turned toward ({share})</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>vault.errors</name>
    <message numerus="yes">
        <source>Too many wrong passwords. Try again in %n seconds.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>That amount is too large to be a household purchase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{code}&apos; is not a currency code Toward knows (like USD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An amount must be an exact decimal number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{code} amounts have at most %n decimal places; {amount} has more.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot add {other} to {code} without a rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not an amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is missing from the data folder; nothing was backed up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} kept changing while it was copied. Close Toward elsewhere and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backup was made by a newer version of Toward. Update Toward to restore it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a Toward backup, or its list of files is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backup lists files Toward does not make.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backup holds no household file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toward could not use {path}: {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The household file in this backup cannot be used: {exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{folder} is not empty. Toward restores only into an empty or new folder, so that nothing is ever overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{parent} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backup&apos;s household file belongs to another household.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No partner called {partner} in this backup ({names}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} in this backup fails its integrity check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was restored into {fresh}, but it could not take the place of {folder} ({strerror}). Start Toward with --data-dir {fresh}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{folder} is no longer empty; nothing was overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a Toward backup: it has no list of files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a Toward backup: its list of files is far too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backup is damaged: its list of files cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not a Toward backup, or it is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backup&apos;s files do not match its list of files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} in this backup is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} in this backup is damaged: it is not the file that was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backup is missing {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} in this backup is not encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} in this backup is cut short.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} in this backup fails its integrity check: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} in this backup is from a newer version of Toward.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A household already lives in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{folder} holds Toward databases without a household file. Choose an empty folder, or restore the household file from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a partner called {cleaned}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a partner called {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A household has two partners; both are already here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding the second partner needs the first partner&apos;s unlocked session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has no recovery code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no keyring, so the household cannot be bound to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} needs updating for this version of Toward, which cannot be done while {folder} is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{folder} is open read-only: nothing can be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{folder} now holds a different household.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That session belongs to another household.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not in this household.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}&apos;s password is bound to the computer it was set on, and this computer&apos;s keyring does not have that key. Use your recovery code to get in and set your password again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No partner called {name_or_id} in this household.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That {what} doesn&apos;t open {name}&apos;s space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password needs at least {MIN_PASSWORD_LENGTH} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please give a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name can be at most {MAX_NAME_LENGTH} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name cannot contain control or formatting characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
