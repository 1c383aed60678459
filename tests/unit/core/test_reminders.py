from datetime import datetime, time, timedelta, timezone

from toward.core.reminders import (
    REMINDER_TEXT,
    ReminderKind,
    ReminderPlan,
    load_plan,
    save_plan,
)

ZONE = timezone(timedelta(hours=1))
EVENING = datetime(2026, 11, 22, 19, 59, tzinfo=ZONE)


def test_a_check_in_is_due_once_its_time_has_come_and_once_a_day():
    plan = ReminderPlan(check_in=time(20, 0))
    assert plan.due(EVENING, {}) == []
    at_eight = EVENING + timedelta(minutes=1)
    assert plan.due(at_eight, {}) == [ReminderKind.CHECK_IN]
    shown = {ReminderKind.CHECK_IN: at_eight}
    assert plan.due(at_eight + timedelta(hours=3), shown) == []
    assert plan.due(at_eight + timedelta(days=1), shown) == [ReminderKind.CHECK_IN]


def test_switched_off_means_never():
    assert ReminderPlan(check_in=None).due(EVENING + timedelta(hours=1), {}) == []


def test_reminder_words_name_no_one_and_no_topic():
    for text in REMINDER_TEXT.values():
        assert "Maya" not in text and "Sam" not in text
        assert len(text) < 80


def test_the_plan_is_kept_in_the_private_settings(maya, sam):
    assert load_plan(maya.settings).check_in is None
    save_plan(maya.settings, ReminderPlan(check_in=time(21, 30)))
    assert load_plan(maya.settings).check_in == time(21, 30)
    assert load_plan(sam.settings).check_in is None
    save_plan(maya.settings, ReminderPlan(check_in=None))
    assert load_plan(maya.settings).check_in is None


def test_a_damaged_stored_time_reads_as_off(maya):
    maya.settings.set_text("reminder_check_in", "25:99")
    assert load_plan(maya.settings).check_in is None
