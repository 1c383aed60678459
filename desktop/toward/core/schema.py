"""The schema of both spaces, one step per version; never edit a step once released.

The private and the shared databases have the same tables, so one record mechanism serves
both (DESIGN §3). Every record table starts with the same bookkeeping columns:
id, author_id, created_at, updated_at, and the share links origin_id (in a shared copy:
the private original), shared_id / shared_at / unshared_at (in a private original).
"""

from __future__ import annotations

from toward.core.capture import capture_step

STEPS: tuple[str, ...] = (
    # 1: settings, journal entries, read marks
    """
    CREATE TABLE meta (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
    ) WITHOUT ROWID;

    CREATE TABLE journal_entries (
        id TEXT PRIMARY KEY,
        author_id TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        origin_id TEXT,
        shared_id TEXT,
        shared_at TEXT,
        unshared_at TEXT,
        title TEXT NOT NULL DEFAULT '',
        body TEXT NOT NULL DEFAULT '',
        mood INTEGER CHECK (mood BETWEEN 1 AND 5),
        trust_kinds TEXT NOT NULL DEFAULT '',
        tags TEXT NOT NULL DEFAULT '',
        prompt_id TEXT
    );
    CREATE INDEX journal_entries_by_time ON journal_entries (created_at);
    CREATE UNIQUE INDEX journal_entries_by_origin ON journal_entries (origin_id)
        WHERE origin_id IS NOT NULL;

    CREATE TABLE read_marks (
        record_id TEXT NOT NULL,
        partner_id TEXT NOT NULL,
        read_at TEXT NOT NULL,
        PRIMARY KEY (record_id, partner_id)
    ) WITHOUT ROWID;
    """,
    # 2: journal search, pictures, replies, drafts
    """
    -- Full-text index over the entries, kept in step by triggers. It is an external-
    -- content index keyed by rowid: after any VACUUM it must be rebuilt.
    CREATE VIRTUAL TABLE journal_fts USING fts5(
        title, body, tags,
        content = 'journal_entries', content_rowid = 'rowid',
        tokenize = 'unicode61 remove_diacritics 2'
    );
    CREATE TRIGGER journal_fts_insert AFTER INSERT ON journal_entries BEGIN
        INSERT INTO journal_fts (rowid, title, body, tags)
        VALUES (new.rowid, new.title, new.body, new.tags);
    END;
    CREATE TRIGGER journal_fts_delete AFTER DELETE ON journal_entries BEGIN
        INSERT INTO journal_fts (journal_fts, rowid, title, body, tags)
        VALUES ('delete', old.rowid, old.title, old.body, old.tags);
    END;
    CREATE TRIGGER journal_fts_update AFTER UPDATE OF title, body, tags ON journal_entries
    BEGIN
        INSERT INTO journal_fts (journal_fts, rowid, title, body, tags)
        VALUES ('delete', old.rowid, old.title, old.body, old.tags);
        INSERT INTO journal_fts (rowid, title, body, tags)
        VALUES (new.rowid, new.title, new.body, new.tags);
    END;
    INSERT INTO journal_fts (journal_fts) VALUES ('rebuild');
    -- Deleted and replaced text is scrubbed from the index's pages too, not only marked.
    INSERT INTO journal_fts (journal_fts, rank) VALUES ('secure-delete', 1);

    CREATE TABLE journal_images (
        id TEXT PRIMARY KEY,
        entry_id TEXT NOT NULL REFERENCES journal_entries (id) ON DELETE CASCADE,
        position INTEGER NOT NULL DEFAULT 0,
        name TEXT NOT NULL DEFAULT '',
        mime TEXT NOT NULL,
        data BLOB NOT NULL,
        created_at TEXT NOT NULL
    );
    CREATE INDEX journal_images_by_entry ON journal_images (entry_id, position);

    CREATE TABLE journal_replies (
        id TEXT PRIMARY KEY,
        author_id TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        origin_id TEXT,
        shared_id TEXT,
        shared_at TEXT,
        unshared_at TEXT,
        entry_id TEXT NOT NULL REFERENCES journal_entries (id) ON DELETE CASCADE,
        body TEXT NOT NULL
    );
    CREATE INDEX journal_replies_by_entry ON journal_replies (entry_id, created_at);

    -- Unsaved editor text, always in the writer's private space.
    CREATE TABLE journal_drafts (
        id TEXT PRIMARY KEY,
        space TEXT NOT NULL,
        entry_id TEXT,
        title TEXT NOT NULL DEFAULT '',
        body TEXT NOT NULL DEFAULT '',
        mood INTEGER,
        trust_kinds TEXT NOT NULL DEFAULT '',
        tags TEXT NOT NULL DEFAULT '',
        prompt_id TEXT,
        updated_at TEXT NOT NULL
    );

    CREATE INDEX journal_entries_by_shared ON journal_entries (shared_id)
        WHERE shared_id IS NOT NULL;
    """,
    # 3: bids for connection
    """
    CREATE TABLE bids (
        id TEXT PRIMARY KEY,
        author_id TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        origin_id TEXT,
        shared_id TEXT,
        shared_at TEXT,
        unshared_at TEXT,
        -- who made the bid: a partner id, or 'partner' for a partner not in Toward yet
        bidder_id TEXT NOT NULL,
        kind TEXT NOT NULL,
        description TEXT NOT NULL DEFAULT '',
        made_at TEXT NOT NULL,
        answer TEXT NOT NULL CHECK (answer IN ('toward', 'away', 'against', 'missed')),
        note TEXT NOT NULL DEFAULT '',
        mood_after INTEGER CHECK (mood_after BETWEEN 1 AND 5),
        late_toward_at TEXT,
        late_note TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX bids_by_time ON bids (made_at);
    CREATE INDEX bids_by_origin ON bids (origin_id) WHERE origin_id IS NOT NULL;
    """,
    # 4: one covering index for the bid statistics (read in time order, no table visits)
    """
    CREATE INDEX bids_for_patterns ON bids
        (made_at, answer, kind, bidder_id, author_id, origin_id, late_toward_at);
    DROP INDEX bids_by_time;
    """,
    # 5: the money ledger: drafts (private) and disclosures (shared), responses, agreements
    """
    -- A draft in its author's private space, or a disclosure in the shared one (origin_id
    -- names the draft it came from). A disclosure is never edited: a correction is a new
    -- disclosure naming the one it corrects, which then names its replacement.
    CREATE TABLE ledger_lines (
        id TEXT PRIMARY KEY,
        author_id TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        origin_id TEXT,
        shared_id TEXT,
        shared_at TEXT,
        unshared_at TEXT,
        occurred_on TEXT NOT NULL,           -- local date of the purchase, YYYY-MM-DD
        amount_minor INTEGER NOT NULL,       -- whole minor units of the currency
        currency TEXT NOT NULL,
        account TEXT NOT NULL DEFAULT '',
        payee TEXT NOT NULL DEFAULT '',
        category TEXT NOT NULL DEFAULT '',
        purpose TEXT NOT NULL DEFAULT 'personal' CHECK (purpose IN ('business', 'personal')),
        why TEXT NOT NULL DEFAULT '',
        why_withheld INTEGER NOT NULL DEFAULT 0,
        import_key TEXT,                     -- a digest of an imported statement row
        disclosed_at TEXT,
        days_taken INTEGER,                  -- local days from purchase to disclosure
        agreed_days INTEGER,                 -- the agreement's days, when it applied
        corrects_id TEXT,
        superseded_by TEXT,
        correction_note TEXT NOT NULL DEFAULT ''
    );
    -- Covers the ledger's views and totals: they read current disclosures only.
    CREATE INDEX ledger_lines_current ON ledger_lines
        (occurred_on, currency, amount_minor, category, account, purpose, author_id, id)
        WHERE disclosed_at IS NOT NULL AND superseded_by IS NULL;
    CREATE INDEX ledger_lines_late ON ledger_lines (occurred_on)
        WHERE days_taken > agreed_days AND superseded_by IS NULL;
    CREATE INDEX ledger_lines_by_import ON ledger_lines (import_key)
        WHERE import_key IS NOT NULL;
    CREATE UNIQUE INDEX ledger_lines_by_origin ON ledger_lines (origin_id)
        WHERE origin_id IS NOT NULL;

    -- A "why" its author kept private when disclosing, in the author's private space.
    CREATE TABLE ledger_withheld (
        disclosure_id TEXT PRIMARY KEY,
        why TEXT NOT NULL
    ) WITHOUT ROWID;

    CREATE TABLE ledger_responses (
        id TEXT PRIMARY KEY,
        author_id TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        origin_id TEXT,
        shared_id TEXT,
        shared_at TEXT,
        unshared_at TEXT,
        disclosure_id TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('acknowledged', 'question', 'discussed', 'answer')),
        text TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX ledger_responses_by_disclosure
        ON ledger_responses (disclosure_id, author_id, kind, created_at);
    CREATE INDEX ledger_responses_questions ON ledger_responses (disclosure_id)
        WHERE kind = 'question';

    -- The standing agreement: a proposal until the other partner confirms it; a confirmed
    -- one stays in force until a newer one is confirmed.
    CREATE TABLE ledger_agreements (
        id TEXT PRIMARY KEY,
        author_id TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        origin_id TEXT,
        shared_id TEXT,
        shared_at TEXT,
        unshared_at TEXT,
        threshold_minor INTEGER NOT NULL,
        currency TEXT NOT NULL,
        days INTEGER NOT NULL CHECK (days >= 0),
        confirmed_by TEXT,
        confirmed_at TEXT,
        withdrawn_at TEXT
    );
    """,
    # 6: promises and standing agreements (kept in the shared space)
    """
    CREATE TABLE promises (
        id TEXT PRIMARY KEY,
        author_id TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        origin_id TEXT,
        shared_id TEXT,
        shared_at TEXT,
        unshared_at TEXT,
        promiser_id TEXT NOT NULL,
        to_id TEXT NOT NULL,
        what TEXT NOT NULL,
        due_on TEXT,  -- a local date, YYYY-MM-DD
        made_at TEXT NOT NULL,
        status TEXT NOT NULL DEFAULT 'open'
            CHECK (status IN ('open', 'kept', 'missed', 'renegotiated', 'released')),
        status_at TEXT,
        status_on TEXT,  -- the local date the status was set, for months of follow-through
        status_note TEXT NOT NULL DEFAULT '',
        -- new terms the promiser asked for, waiting for the other partner's answer
        proposed_at TEXT,
        proposed_what TEXT,
        proposed_due_on TEXT,
        proposal_note TEXT NOT NULL DEFAULT '',
        renegotiated_from TEXT,  -- the promise whose terms these replace
        repair_id TEXT  -- the repair conversation whose plan made it
    );
    CREATE INDEX promises_by_status ON promises (status, due_on);
    CREATE INDEX promises_for_follow_through ON promises (status_on, promiser_id, status);
    CREATE INDEX promises_by_made ON promises (made_at);

    CREATE TABLE agreements (
        id TEXT PRIMARY KEY,
        author_id TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        origin_id TEXT,
        shared_id TEXT,
        shared_at TEXT,
        unshared_at TEXT,
        text TEXT NOT NULL,
        ended_at TEXT,
        repair_id TEXT
    );

    CREATE TABLE agreement_moments (
        id TEXT PRIMARY KEY,
        author_id TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        origin_id TEXT,
        shared_id TEXT,
        shared_at TEXT,
        unshared_at TEXT,
        agreement_id TEXT NOT NULL REFERENCES agreements (id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('honoured', 'broken')),
        note TEXT NOT NULL DEFAULT '',
        happened_at TEXT NOT NULL
    );
    CREATE INDEX agreement_moments_by_agreement ON agreement_moments (agreement_id, happened_at);
    CREATE INDEX agreement_moments_by_time ON agreement_moments (happened_at);
    """,
    # 7: repair conversations. The conversation, its plan and content-free marks (who has
    # submitted which step) live in the shared space; each answer is written in its
    # author's private space and copied to the shared one only once both partners have
    # submitted that step (DESIGN §3: sealed until both are ready).
    """
    CREATE TABLE repairs (
        id TEXT PRIMARY KEY,
        author_id TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        origin_id TEXT,
        shared_id TEXT,
        shared_at TEXT,
        unshared_at TEXT,
        topic TEXT NOT NULL,
        kind TEXT NOT NULL,
        proposed_by TEXT NOT NULL,
        proposed_time TEXT NOT NULL,  -- when to talk, as the last proposal put it
        agreed_at TEXT,  -- when the other partner accepted that time
        paused_by TEXT,
        paused_at TEXT,
        resume_at TEXT,
        finished_at TEXT
    );
    CREATE INDEX repairs_by_time ON repairs (created_at);

    CREATE TABLE repair_marks (
        repair_id TEXT NOT NULL,
        step TEXT NOT NULL,
        partner_id TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('submitted', 'accepted')),
        marked_at TEXT NOT NULL,
        PRIMARY KEY (repair_id, step, partner_id, kind)
    ) WITHOUT ROWID;

    CREATE TABLE repair_answers (
        id TEXT PRIMARY KEY,
        author_id TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        origin_id TEXT,
        shared_id TEXT,
        shared_at TEXT,
        unshared_at TEXT,
        repair_id TEXT NOT NULL,
        step TEXT NOT NULL,
        body TEXT NOT NULL,
        submitted_at TEXT  -- NULL while it is a draft
    );
    CREATE INDEX repair_answers_by_repair ON repair_answers (repair_id, step);

    CREATE TABLE repair_plan_items (
        id TEXT PRIMARY KEY,
        author_id TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        origin_id TEXT,
        shared_id TEXT,
        shared_at TEXT,
        unshared_at TEXT,
        repair_id TEXT NOT NULL,
        text TEXT NOT NULL,
        promise_id TEXT,
        agreement_id TEXT
    );
    CREATE INDEX repair_plan_items_by_repair ON repair_plan_items (repair_id, created_at);
    """,
    # 8: the export history, and which shared texts their authors let go to therapy
    """
    CREATE TABLE export_log (
        id TEXT PRIMARY KEY,
        author_id TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        origin_id TEXT,
        shared_id TEXT,
        shared_at TEXT,
        unshared_at TEXT,
        kind TEXT NOT NULL,
        file_format TEXT NOT NULL,
        period_start TEXT,
        period_end TEXT,
        sections TEXT NOT NULL DEFAULT '',
        protected INTEGER NOT NULL DEFAULT 0
    );
    CREATE INDEX export_log_by_time ON export_log (created_at);

    -- An author's per-item choice for a shared text of theirs (an entry, a reply, a
    -- repair answer): whether it may appear in full in the partner's therapy summary.
    CREATE TABLE therapy_consent (
        record_id TEXT PRIMARY KEY,
        author_id TEXT NOT NULL,
        allowed INTEGER NOT NULL CHECK (allowed IN (0, 1)),
        updated_at TEXT NOT NULL
    ) WITHOUT ROWID;
    """,
    # 9: the journal's tag filter lists its tags from this index, not by reading every entry
    """
    CREATE INDEX journal_entries_by_tags ON journal_entries (tags);
    """,
    # 10: the export history says whether the partner's words left in an export
    """
    ALTER TABLE export_log ADD COLUMN partner_words INTEGER CHECK (partner_words IN (0, 1));
    """,
    # 11: practices from therapy and each time one was practised (kept in the shared space)
    """
    CREATE TABLE practices (
        id TEXT PRIMARY KEY,
        author_id TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        origin_id TEXT,
        shared_id TEXT,
        shared_at TEXT,
        unshared_at TEXT,
        what TEXT NOT NULL,
        times_per_week INTEGER NOT NULL CHECK (times_per_week BETWEEN 1 AND 14),
        ended_at TEXT
    );

    CREATE TABLE practice_times (
        id TEXT PRIMARY KEY,
        author_id TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        origin_id TEXT,
        shared_id TEXT,
        shared_at TEXT,
        unshared_at TEXT,
        practice_id TEXT NOT NULL REFERENCES practices (id) ON DELETE CASCADE,
        practised_on TEXT NOT NULL,  -- a local date, YYYY-MM-DD
        note TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX practice_times_by_day ON practice_times (practised_on, practice_id);
    CREATE INDEX practice_times_by_practice ON practice_times (practice_id, practised_on);
    """,
    # 12: questions for the therapist, written privately; shared only by their author
    """
    CREATE TABLE therapist_questions (
        id TEXT PRIMARY KEY,
        author_id TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        origin_id TEXT,
        shared_id TEXT,
        shared_at TEXT,
        unshared_at TEXT,
        text TEXT NOT NULL,
        talked_about_at TEXT
    );
    CREATE UNIQUE INDEX therapist_questions_by_origin ON therapist_questions (origin_id)
        WHERE origin_id IS NOT NULL;
    """,
    # 13: the weekly check-in on one's own experience (private spaces only)
    """
    CREATE TABLE checkins (
        id TEXT PRIMARY KEY,
        author_id TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        origin_id TEXT,
        shared_id TEXT,
        shared_at TEXT,
        unshared_at TEXT,
        week_of TEXT NOT NULL,  -- the Monday of the week it is about, YYYY-MM-DD
        close INTEGER CHECK (close BETWEEN 1 AND 5),
        safe INTEGER CHECK (safe BETWEEN 1 AND 5),
        hopeful INTEGER CHECK (hopeful BETWEEN 1 AND 5),
        note TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX checkins_by_week ON checkins (week_of);
    """,
    # 14: repair conversations gain a step, "what it touched in you", between perspective
    # and owning one's part. A mark may now say a step was skipped: a conversation that
    # had already moved past that point passes the new step for both partners, so it goes
    # on where it was (and a finished one stays complete).
    """
    CREATE TABLE repair_marks_v14 (
        repair_id TEXT NOT NULL,
        step TEXT NOT NULL,
        partner_id TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('submitted', 'accepted', 'skipped')),
        marked_at TEXT NOT NULL,
        PRIMARY KEY (repair_id, step, partner_id, kind)
    ) WITHOUT ROWID;
    INSERT INTO repair_marks_v14 SELECT repair_id, step, partner_id, kind, marked_at
        FROM repair_marks;
    DROP TABLE repair_marks;
    ALTER TABLE repair_marks_v14 RENAME TO repair_marks;

    INSERT OR IGNORE INTO repair_marks (repair_id, step, partner_id, kind, marked_at)
        SELECT repair_id, 'touched', partner_id, 'skipped', marked_at
        FROM repair_marks AS seen
        WHERE step = 'perspective' AND kind = 'submitted' AND EXISTS (
            SELECT 1 FROM repair_marks AS later
            WHERE later.repair_id = seen.repair_id
              AND later.step IN ('own_part', 'apology', 'plan')
        );
    """,
    # 15: planned conversations on the big topics of a shared life. The conversation, its
    # time and its notes are shared; each partner's preparation stays in their private space.
    """
    CREATE TABLE talks (
        id TEXT PRIMARY KEY,
        author_id TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        origin_id TEXT,
        shared_id TEXT,
        shared_at TEXT,
        unshared_at TEXT,
        topic TEXT NOT NULL,
        proposed_by TEXT NOT NULL,
        proposed_time TEXT NOT NULL,
        agreed_at TEXT,
        notes TEXT NOT NULL DEFAULT '',
        agreement_id TEXT,  -- the standing agreement it ended with
        finished_at TEXT
    );
    CREATE INDEX talks_by_time ON talks (created_at);
    CREATE INDEX talks_by_finish ON talks (finished_at) WHERE finished_at IS NOT NULL;

    CREATE TABLE talk_prep (
        id TEXT PRIMARY KEY,
        author_id TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        origin_id TEXT,
        shared_id TEXT,
        shared_at TEXT,
        unshared_at TEXT,
        talk_id TEXT NOT NULL,
        prompt_id TEXT NOT NULL,
        body TEXT NOT NULL
    );
    CREATE INDEX talk_prep_by_talk ON talk_prep (talk_id, prompt_id);
    """,
    # 16: how well do we know each other: rounds (shared), each partner's answer and guess
    # (private, copied to the shared space once both have answered), and content-free marks.
    """
    CREATE TABLE knowing_rounds (
        id TEXT PRIMARY KEY,
        author_id TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        origin_id TEXT,
        shared_id TEXT,
        shared_at TEXT,
        unshared_at TEXT,
        prompt_id TEXT NOT NULL
    );
    CREATE INDEX knowing_rounds_by_time ON knowing_rounds (created_at);

    CREATE TABLE knowing_answers (
        id TEXT PRIMARY KEY,
        author_id TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        origin_id TEXT,
        shared_id TEXT,
        shared_at TEXT,
        unshared_at TEXT,
        round_id TEXT NOT NULL,
        mine TEXT NOT NULL,
        guess TEXT NOT NULL,
        submitted_at TEXT NOT NULL
    );
    CREATE INDEX knowing_answers_by_round ON knowing_answers (round_id);
    CREATE UNIQUE INDEX knowing_answers_by_origin ON knowing_answers (origin_id)
        WHERE origin_id IS NOT NULL;

    CREATE TABLE knowing_marks (
        round_id TEXT NOT NULL,
        partner_id TEXT NOT NULL,
        marked_at TEXT NOT NULL,
        PRIMARY KEY (round_id, partner_id)
    ) WITHOUT ROWID;
    """,
    # 17: the operation log of changes across files (vault/oplog.py, DESIGN §3). A private
    # space records its partner's operations; the shared space notes which it has applied.
    """
    CREATE TABLE oplog (
        id TEXT PRIMARY KEY,
        kind TEXT NOT NULL,
        author_id TEXT NOT NULL,
        stamp TEXT NOT NULL,  -- hybrid logical clock
        payload TEXT,  -- JSON, erased once the operation is settled
        state TEXT NOT NULL CHECK (state IN ('pending', 'done', 'refused')),
        note TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL
    );
    CREATE INDEX oplog_pending ON oplog (stamp) WHERE state = 'pending';
    CREATE INDEX oplog_by_stamp ON oplog (stamp);

    CREATE TABLE oplog_applied (
        op_id TEXT PRIMARY KEY,
        kind TEXT NOT NULL,
        author_id TEXT NOT NULL,
        stamp TEXT NOT NULL,
        applied_at TEXT NOT NULL
    ) WITHOUT ROWID;
    """,
    # 18: two computers (SYNC.md): an outbox filled by triggers on every travelling table,
    # and the bookkeeping of what was sent, applied, kept waiting or refused.
    capture_step(),
)
