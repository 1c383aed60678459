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
</context>
<context>
    <name>core.period</name>
    <message>
        <source>{start} to {end}</source>
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
    <name>ui.kit.errors</name>
    <message>
        <source>Something went wrong inside Toward. Nothing you wrote was lost. Please report this problem ({kind}).</source>
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
</context>
</TS>
